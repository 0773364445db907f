import "server-only";
/**
 * The directory's edition as readers are told about it (the banner on every
 * page, /about): the latest edition loaded, its own introductions, and how
 * many active fiches an admin has verified since. Plain JSON (ISO dates), so
 * the answer can be cached.
 */
import { getDb, type Db } from "../db/client";
import type { EditionIntro, EditionPeriod } from "./describe";

export type EditionCounts = { partners: number; actors: number; interviews: number; documents: number };

export interface DirectoryEdition {
  edition: {
    title: string;
    period: EditionPeriod;
    sourceFile: string;
    sourceHash: string;
    loadedAt: string;
    intros: EditionIntro[];
    counts: EditionCounts;
  } | null;
  /** Active fiches, and how many of them an admin has verified since the report. */
  partners: number;
  verified: number;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function getDirectoryEdition(db: Db = getDb()): Promise<DirectoryEdition> {
  const [edition, counts] = await Promise.all([
    db.edition.findFirst({
      orderBy: { id: "desc" },
      select: { title: true, interviewsFrom: true, interviewsTo: true, sourceFile: true, sourceHash: true, loadedAt: true, intros: true, counts: true },
    }),
    db.$queryRaw<Array<{ partners: number; verified: number }>>`
      SELECT count(*)::int AS partners, count("verifiedAt")::int AS verified FROM "organization" WHERE "status" = 'active'`,
  ]);
  return {
    edition: edition && {
      title: edition.title,
      period: { from: isoDay(edition.interviewsFrom), to: isoDay(edition.interviewsTo) },
      sourceFile: edition.sourceFile,
      sourceHash: edition.sourceHash,
      loadedAt: edition.loadedAt.toISOString(),
      intros: edition.intros as unknown as EditionIntro[],
      counts: edition.counts as unknown as EditionCounts,
    },
    partners: counts[0].partners,
    verified: counts[0].verified,
  };
}
