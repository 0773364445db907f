/**
 * A partner as an Open Referral HSDS 3 organization (lib/hsds/standard/organization.json).
 * Pure and role-aware: contact persons pass through the one gate
 * (lib/auth/contacts.ts serializeContacts), so an anonymous caller's
 * organization has no contacts, whichever format is built from it.
 *
 * Mapping (docs/decisions/0009-exchange-formats.md):
 * - organization: name, acronym as alternate_name, the category and structure as
 *   description, first website, founding year, the fiche's address as uri;
 * - funding: one per funder mention, the funder's name and the fiche's words as source;
 * - services: the courses taught (trainings) and the support offered (support types);
 * - service_areas: the partner's regions, or Mali for national coverage;
 * - organization_identifiers: the fiche number in the report, and the slug.
 * Texts from the report stay French; the few generated words are English.
 */
import { z } from "zod";
import { serializeContacts } from "../auth/contacts";
import type { Viewer } from "../auth/roles";
import { hsdsId } from "./ids";
import type { HsdsContact, HsdsOrganization, HsdsOrganizationListItem, HsdsService, HsdsServiceArea } from "./types";

export interface HsdsPartnerRecord {
  id: number;
  slug: string;
  number: number | null;
  name: string;
  displayName: string;
  acronym: string | null;
  categoryHeading: string;
  structureType: string | null;
  supportTypes: string[];
  founded: number | null;
  websites: string[];
  national: boolean;
  regions: { region: { id: number; name: string } }[];
  trainings: { id: number; name: string; durationMonths: number | null }[];
  fundings: { id: number; text: string; current: boolean; programme: string | null; inferred: boolean; funder: { name: string } }[];
  contacts: { id: number; name: string | null; role: string | null; emails: string[]; phones: { id: number; text: string; number: string | null }[] }[];
}

const email = z.email();

/** A website as an absolute URI ("www.x.org" -> "https://www.x.org"); null when it cannot be one. */
function websiteUri(text: string | undefined): string | null {
  if (!text) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, "")}`;
  try {
    const url = new URL(candidate);
    return url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Only the keys with a value: HSDS types are strict (a string field cannot be null). */
function present<T extends object>(o: T): { [K in keyof T]: null extends T[K] ? Exclude<T[K], null> | undefined : T[K] } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined && v !== "")) as never;
}

/** A service's areas: the partner's regions (b = region id), Mali (b = 0) for national coverage. */
function serviceAreas(p: HsdsPartnerRecord, serviceId: string, entity: "trainingArea" | "supportArea", c: number, a: number): HsdsServiceArea[] {
  const areas: HsdsServiceArea[] = p.regions.map(({ region }) => ({
    id: hsdsId(entity, c, a, region.id),
    service_id: serviceId,
    name: region.name,
    description: "Region of Mali named in the partner's fiche",
  }));
  if (p.national) areas.unshift({ id: hsdsId(entity, c, a, 0), service_id: serviceId, name: "Mali", description: "National coverage" });
  return areas;
}

function services(p: HsdsPartnerRecord, organizationId: string, uri: string): HsdsService[] {
  const trainings = p.trainings.map((t): HsdsService => {
    const id = hsdsId("trainingService", t.id);
    return present({
      id,
      organization_id: organizationId,
      name: t.name,
      description: t.durationMonths != null ? `Training course (${t.durationMonths} months)` : "Training course",
      url: uri,
      status: "active" as const,
      service_areas: serviceAreas(p, id, "trainingArea", t.id, 0),
    });
  });
  const support = p.supportTypes.map((name, i): HsdsService => {
    const id = hsdsId("supportService", p.id, i);
    return { id, organization_id: organizationId, name, description: "Support offered", url: uri, status: "active", service_areas: serviceAreas(p, id, "supportArea", p.id, i) };
  });
  return [...trainings, ...support];
}

function contacts(p: HsdsPartnerRecord, organizationId: string, viewer: Viewer): HsdsContact[] {
  // The gate returns the permitted contacts in input order (none for anonymous viewers).
  const { items } = serializeContacts(p.contacts, viewer);
  return items.map((c, i) => {
    const record = p.contacts[i];
    const id = hsdsId("contact", record.id);
    return present({
      id,
      organization_id: organizationId,
      name: c.name,
      title: c.role,
      email: c.emails.find((e) => email.safeParse(e).success) ?? null,
      phones: c.phones.map((phone, j) => ({ id: hsdsId("phone", record.phones[j].id), contact_id: id, number: phone.number ?? phone.text })),
    });
  });
}

/** The organization list's item (HSDS organization_list.json): the organization without nested records. */
export function toHsdsListItem(p: HsdsPartnerRecord, origin: string): HsdsOrganizationListItem {
  return present({
    id: hsdsId("organization", p.id),
    name: p.displayName || p.name,
    alternate_name: p.acronym,
    description: [p.categoryHeading, p.structureType].filter(Boolean).join(" — ") || p.name,
    website: websiteUri(p.websites[0]),
    year_incorporated: p.founded,
    legal_status: p.structureType,
    uri: `${origin}/partners/${p.slug}`,
  });
}

/** The full organization, as GET /api/hsds/organizations/{id} returns it to this viewer. */
export function toHsdsOrganization(p: HsdsPartnerRecord, viewer: Viewer, origin: string): HsdsOrganization {
  const base = toHsdsListItem(p, origin);
  const id = base.id;
  return {
    ...base,
    funding: p.fundings.map((f) => ({
      id: hsdsId("funding", f.id),
      organization_id: id,
      // A funder inferred from the programme the fiche names says so: the fiche does not name it.
      source: `${f.funder.name}${f.current ? "" : " (past funding)"}${f.programme ? (f.inferred ? ` (inferred via ${f.programme})` : `, ${f.programme}`) : ""}: ${f.text}`,
    })),
    contacts: contacts(p, id, viewer),
    phones: [],
    locations: [],
    programs: [],
    organization_identifiers: [
      ...(p.number != null
        ? [{ id: hsdsId("organizationIdentifier", p.id, 1), organization_id: id, identifier_scheme: "passerelle", identifier_type: "report fiche number", identifier: `FP ${p.number}` }]
        : []),
      { id: hsdsId("organizationIdentifier", p.id, 2), organization_id: id, identifier_scheme: "passerelle", identifier_type: "slug", identifier: p.slug },
    ],
    services: services(p, id, base.uri!),
  };
}
