import "server-only";
import type { Viewer } from "../auth/viewer";
import { getDb } from "../db/client";
import { isSlug } from "../partners/detail";
import { inFrenchOrder } from "../regions/order";
import { contactsSelect, sectionsSelect } from "../sources/fiche-sections";
import { serializeDonor, type DonorDetail, type DonorSummary } from "./serializers";

const regionsSelect = { select: { region: { select: { slug: true, name: true } } } } as const;

/** Partners whose fiche names this donor's funder: only active fiches are public. */
const fundingsOfActivePartners = { where: { partner: { status: "active" } } } as const;

/** The actor fiches in report order, with how many projects and partners each has. */
export async function listDonors(viewer: Viewer): Promise<DonorSummary[]> {
  const rows = await getDb().donor.findMany({
    where: viewer?.role === "admin" ? {} : { status: "active" },
    orderBy: [{ number: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      number: true,
      name: true,
      displayName: true,
      acronym: true,
      themes: true,
      national: true,
      regionText: true,
      regions: regionsSelect,
      _count: { select: { projects: true } },
      funder: { select: { fundings: { ...fundingsOfActivePartners, select: { partnerId: true } } } },
    },
  });
  return rows.map((d) => ({
    slug: d.slug,
    number: d.number,
    name: d.name,
    displayName: d.displayName,
    acronym: d.acronym,
    themes: d.themes,
    national: d.national,
    regions: inFrenchOrder(d.regions.map((r) => r.region)),
    regionText: d.regionText,
    projectCount: d._count.projects,
    fundedPartnerCount: new Set(d.funder?.fundings.map((f) => f.partnerId)).size,
  }));
}

/** One donor fiche with its projects and the partners it funds; null when this viewer may not see it. */
export async function getDonorBySlug(slug: string, viewer: Viewer): Promise<DonorDetail | null> {
  if (!isSlug(slug)) return null;
  const row = await getDb().donor.findUnique({
    where: { slug },
    select: {
      slug: true,
      number: true,
      name: true,
      displayName: true,
      acronym: true,
      country: true,
      national: true,
      regionText: true,
      themes: true,
      anchoring: true,
      referral: true,
      perspectives: true,
      remarks: true,
      websites: true,
      sourceStart: true,
      sourceEnd: true,
      status: true,
      regions: regionsSelect,
      funder: {
        select: {
          slug: true,
          name: true,
          fundings: {
            ...fundingsOfActivePartners,
            orderBy: { partner: { name: "asc" } },
            select: {
              text: true,
              current: true,
              partner: {
                select: {
                  slug: true,
                  name: true,
                  displayName: true,
                  acronym: true,
                  category: true,
                  national: true,
                  regions: regionsSelect,
                },
              },
            },
          },
        },
      },
      projects: {
        orderBy: { position: "asc" },
        select: {
          name: true,
          theme: true,
          summary: true,
          duration: true,
          startYear: true,
          endYear: true,
          national: true,
          zoneText: true,
          budgetAmount: true,
          budgetCurrency: true,
          budgetText: true,
          startLine: true,
          endLine: true,
          regions: regionsSelect,
        },
      },
      contacts: contactsSelect,
      sections: sectionsSelect,
    },
  });
  if (!row) return null;
  if (row.status === "archived" && viewer?.role !== "admin") return null;
  return serializeDonor(row, viewer);
}
