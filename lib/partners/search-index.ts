/**
 * Keeping the search texts of the partners (lib/partners/search-text.ts) in
 * step with their fiches: an admin edit rewrites them with the edit; a
 * migration that changes what the texts hold empties "searchText", and
 * `refreshSearchTexts` (run by `npm start` and `npm run db:migrate` after the
 * migrations) rebuilds every emptied row from the database. An empty search
 * text never leaks anything: the row is then found by its name only.
 */
import type { Prisma } from "../db/generated/client";
import type { Db } from "../db/client";
import { loadSnapshot, type PartnerSnapshot } from "./history";
import { buildSearchText, type SearchTexts } from "./search-text";

type Tx = Prisma.TransactionClient;

/** The search texts of a partner's snapshot (edits, restores, refreshes). */
export async function searchTextsOfSnapshot(tx: Tx, s: PartnerSnapshot): Promise<SearchTexts> {
  const regions = await tx.region.findMany({ where: { slug: { in: s.regions } }, select: { name: true } });
  return buildSearchText({
    name: s.scalars.name,
    displayName: s.scalars.displayName,
    acronym: s.scalars.acronym,
    sections: s.sections,
    trainings: s.trainings,
    funders: s.fundings.flatMap((f) => [f.funderName, f.text, f.programme ?? ""]),
    regions: regions.map((r) => r.name),
    cities: s.scalars.cities,
    contacts: s.contacts,
  });
}

/** Rebuilds the search texts of the partners whose "searchText" is empty; returns how many. */
export async function refreshSearchTexts(db: Db): Promise<number> {
  const stale = await db.partner.findMany({ where: { searchText: "" }, select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of stale) {
    await db.$transaction(async (tx) => {
      const snapshot = await loadSnapshot(tx, id);
      if (!snapshot) return;
      const texts = await searchTextsOfSnapshot(tx, snapshot);
      // Raw: a derived index is not an edit (no version, no updatedAt change).
      await tx.$executeRaw`UPDATE "organization" SET "searchText" = ${texts.text}, "contactSearchText" = ${texts.contactText} WHERE "id" = ${id}`;
    });
  }
  return stale.length;
}
