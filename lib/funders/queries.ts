import "server-only";
import type { Viewer } from "../auth/roles";
import { getDb } from "../db/client";
import { activeFiches, isVisibleTo } from "../directory/visibility";
import { isSlug } from "../directory/slug";
import { groupFundedPartners } from "../donors/serializers";
import type { FundedPartnerView } from "../donors/types";
import { categorySlug } from "../fiches/values/categories";
import { inFrenchOrder } from "../regions/order";
import { funderFigures, type FunderFigures } from "./summary";

/**
 * Every funder the partner fiches name (not only the report's donor fiches),
 * with what it funds where. Only active partners count; a donor fiche is linked
 * when this viewer may open it.
 */

export interface FunderSummary extends FunderFigures {
  slug: string;
  name: string;
  fullName: string | null;
  /** multilateral, bilateral, public-mali, ngo, private, other (lib/fiches/values/funder-vocabulary.ts). */
  kind: string;
  /** The report's donor fiche ("fiche acteur") about this funder, when there is one. */
  donor: { slug: string; name: string } | null;
}

export interface FunderDirectory {
  activePartners: number;
  regions: { slug: string; name: string }[];
  funders: FunderSummary[];
}

export interface FunderDetail extends FunderSummary {
  partners: FundedPartnerView[];
  activePartners: number;
}

const activeFundings = {
  where: { partner: activeFiches },
  select: {
    text: true,
    current: true,
    programme: true,
    inferred: true,
    partner: {
      select: {
        id: true,
        slug: true,
        name: true,
        displayName: true,
        acronym: true,
        category: true,
        national: true,
        regions: { select: { region: { select: { id: true, slug: true, name: true } } } },
      },
    },
  },
} as const;

const funderSelect = {
  slug: true,
  name: true,
  fullName: true,
  kind: true,
  donor: { select: { slug: true, displayName: true, status: true } },
  fundings: activeFundings,
} as const;

type FunderRow = {
  slug: string;
  name: string;
  fullName: string | null;
  kind: string;
  donor: { slug: string; displayName: string; status: string } | null;
  fundings: Array<{
    current: boolean;
    partner: { id: number; category: Parameters<typeof categorySlug>[0]; national: boolean; regions: { region: { id: number } }[] };
  }>;
};

async function context() {
  const db = getDb();
  const [regions, activePartners] = await Promise.all([
    db.region.findMany({ select: { id: true, slug: true, name: true } }),
    db.partner.count({ where: activeFiches }),
  ]);
  return { regions: inFrenchOrder(regions), activePartners };
}

function summarize(row: FunderRow, ctx: Awaited<ReturnType<typeof context>>, viewer: Viewer): FunderSummary {
  const figures = funderFigures(
    row.fundings.map((f) => ({
      id: f.partner.id,
      category: categorySlug(f.partner.category),
      national: f.partner.national,
      regionIds: f.partner.regions.map((r) => r.region.id),
      current: f.current,
    })),
    ctx.regions,
    ctx.activePartners,
  );
  const donorVisible = row.donor && isVisibleTo(row.donor.status as "active" | "archived", viewer);
  return {
    slug: row.slug,
    name: row.name,
    fullName: row.fullName,
    kind: row.kind,
    donor: donorVisible ? { slug: row.donor!.slug, name: row.donor!.displayName } : null,
    ...figures,
  };
}

/** Every funder, most partners first, then by name. */
export async function listFunders(viewer: Viewer): Promise<FunderDirectory> {
  const [ctx, rows] = await Promise.all([context(), getDb().funder.findMany({ select: funderSelect })]);
  const funders = rows
    .map((row) => summarize(row, ctx, viewer))
    .sort((a, b) => b.partnerCount - a.partnerCount || a.name.localeCompare(b.name, "fr", { sensitivity: "base" }));
  return { activePartners: ctx.activePartners, regions: ctx.regions.map(({ slug, name }) => ({ slug, name })), funders };
}

/** One funder with the partners it funds; null for an unknown slug. */
export async function getFunderBySlug(slug: string, viewer: Viewer): Promise<FunderDetail | null> {
  if (!isSlug(slug)) return null;
  const [ctx, row] = await Promise.all([context(), getDb().funder.findUnique({ where: { slug }, select: funderSelect })]);
  if (!row) return null;
  return {
    ...summarize(row, ctx, viewer),
    activePartners: ctx.activePartners,
    // Region ids serve the figures only: the partners carry slug and name, like everywhere else.
    partners: groupFundedPartners(
      row.fundings.map((f) => ({ ...f, partner: { ...f.partner, regions: f.partner.regions.map(({ region: { slug, name } }) => ({ region: { slug, name } })) } })),
    ),
  };
}
