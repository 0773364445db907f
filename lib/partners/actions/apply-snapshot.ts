/**
 * Writing a snapshot to the partner's rows: scalars in place, and each child
 * collection that changed replaced as a whole (children have no identity of
 * their own worth keeping: the audit trail keeps their history).
 */
import type { Prisma } from "../../db/generated/client";
import { searchTextsOfSnapshot } from "../search-index";
import type { Changes, CollectionField, PartnerSnapshot } from "../history";

type Tx = Prisma.TransactionClient;

export class UnknownReferenceError extends Error {
  constructor(
    readonly field: "regions" | "fundings",
    readonly slugs: string[],
  ) {
    super(`Unknown ${field}: ${slugs.join(", ")}`);
  }
}

async function regionIds(tx: Tx, slugs: string[]): Promise<Map<string, { id: number; name: string }>> {
  const rows = await tx.region.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } });
  const map = new Map(rows.map((r) => [r.slug, { id: r.id, name: r.name }]));
  const missing = slugs.filter((s) => !map.has(s));
  if (missing.length) throw new UnknownReferenceError("regions", missing);
  return map;
}

async function funderIds(tx: Tx, slugs: string[]): Promise<Map<string, { id: number; name: string }>> {
  const rows = await tx.funder.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, name: true } });
  const map = new Map(rows.map((r) => [r.slug, { id: r.id, name: r.name }]));
  const missing = slugs.filter((s) => !map.has(s));
  if (missing.length) throw new UnknownReferenceError("fundings", missing);
  return map;
}

/** Nested writes for the collections named in `fields`, replacing their rows. */
async function collectionWrites(tx: Tx, s: PartnerSnapshot, fields: Set<CollectionField>, replace: boolean) {
  const wrap = <T>(rows: T[]) => (replace ? { deleteMany: {}, create: rows } : { create: rows });
  const data: Record<string, unknown> = {};
  if (fields.has("regions")) {
    const ids = await regionIds(tx, s.regions);
    data.regions = wrap(s.regions.map((slug) => ({ regionId: ids.get(slug)!.id })));
  }
  if (fields.has("capacities")) data.capacities = wrap(s.capacities.map((c) => ({ ...c })));
  if (fields.has("trainings")) data.trainings = wrap(s.trainings.map((t, position) => ({ position, ...t })));
  if (fields.has("fundings")) {
    const ids = await funderIds(tx, [...new Set(s.fundings.map((f) => f.funder))]);
    data.fundings = wrap(
      s.fundings.map((f, position) => ({
        position,
        funderId: ids.get(f.funder)!.id,
        text: f.text,
        current: f.current,
        programme: f.programme,
        inferred: f.inferred,
      })),
    );
  }
  if (fields.has("contacts")) {
    data.contacts = wrap(
      s.contacts.map((c, position) => ({
        position,
        name: c.name,
        role: c.role,
        emails: c.emails,
        phones: { create: c.phones.map((p, i) => ({ position: i, text: p.text, number: p.number })) },
      })),
    );
  }
  if (fields.has("sections")) {
    data.sections = wrap(
      s.sections.map((sec, position) => ({
        position,
        key: sec.key,
        heading: sec.heading,
        startLine: sec.startLine,
        endLine: sec.endLine,
        fields: { create: sec.fields.map((f, i) => ({ position: i, ...f })) },
      })),
    );
  }
  return data;
}

/** The search columns of a snapshot (lib/partners/search-index.ts, as the seed builds them). */
async function searchColumns(tx: Tx, s: PartnerSnapshot): Promise<{ searchText: string; contactSearchText: string }> {
  const texts = await searchTextsOfSnapshot(tx, s);
  return { searchText: texts.text, contactSearchText: texts.contactText };
}

const COLLECTIONS: CollectionField[] = ["regions", "capacities", "trainings", "fundings", "contacts", "sections"];

/** Update an existing partner to `after`, touching only what `changes` names. */
export async function applySnapshot(
  tx: Tx,
  partnerId: number,
  after: PartnerSnapshot,
  changes: Changes,
  editedFields: string[],
): Promise<number> {
  const changed = new Set(Object.keys(changes));
  const collections = new Set(COLLECTIONS.filter((c) => changed.has(c)));
  const scalars: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after.scalars)) if (changed.has(key)) scalars[key] = value;
  const updated = await tx.partner.update({
    where: { id: partnerId },
    data: {
      ...scalars,
      ...(changed.has("status") ? { status: after.status } : {}),
      ...(await collectionWrites(tx, after, collections, true)),
      editedFields: [...new Set([...editedFields, ...changed])].sort(),
      ...(await searchColumns(tx, after)),
      version: { increment: 1 },
    },
    select: { version: true },
  });
  return updated.version;
}

/** Create a partner from a snapshot (admin-created partners have no fiche number). */
export async function createFromSnapshot(tx: Tx, slug: string, s: PartnerSnapshot, categoryHeading: string): Promise<number> {
  const all = new Set<CollectionField>(COLLECTIONS);
  const created = await tx.partner.create({
    data: {
      slug,
      ...s.scalars,
      categoryHeading,
      sectionHeading: categoryHeading,
      status: s.status,
      ...(await collectionWrites(tx, s, all, false)),
      editedFields: [],
      ...(await searchColumns(tx, s)),
    } as Prisma.PartnerUncheckedCreateInput,
    select: { id: true },
  });
  return created.id;
}
