import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { containsPattern, type DocumentSort, type InterviewSort } from "./schemas";
import { readSort, type SortValue } from "../table-sort";
import { sourceLines, type SourceLines } from "../directory/source-lines";

/**
 * The report's two tables: people met (section 1) and documents consulted
 * (section 5). Search is accent- and case-insensitive (f_unaccent(lower(...)),
 * see docs/decisions/0003-search.md); sort columns come from a fixed list.
 */

export interface InterviewRow {
  position: number;
  actorType: string;
  organisation: string;
  jobTitle: string;
  /** yyyy-mm-dd; null when the report gives no date. */
  date: string | null;
  /** The report repeats this row under a wrong actor type. */
  duplicate: boolean;
  lines: SourceLines;
}

export interface DocumentRow {
  position: number;
  author: string;
  year: number | null;
  title: string;
  lines: SourceLines;
}

interface Query<S extends string> {
  q: string;
  /** lib/table-sort.ts: `date` ascending, `-date` descending. */
  sort: SortValue<S>;
}

const INTERVIEW_COLUMNS: Record<InterviewSort, Prisma.Sql> = {
  position: Prisma.sql`"position"`,
  actorType: Prisma.sql`f_unaccent(lower("actorType"))`,
  organisation: Prisma.sql`f_unaccent(lower("organisation"))`,
  jobTitle: Prisma.sql`f_unaccent(lower("jobTitle"))`,
  date: Prisma.sql`"date"`,
};

const DOCUMENT_COLUMNS: Record<DocumentSort, Prisma.Sql> = {
  position: Prisma.sql`"position"`,
  author: Prisma.sql`f_unaccent(lower("author"))`,
  year: Prisma.sql`"year"`,
  title: Prisma.sql`f_unaccent(lower("title"))`,
};

function orderBy<S extends string>(columns: Record<S, Prisma.Sql>, sort: SortValue<S>): Prisma.Sql {
  const { id, desc } = readSort(sort);
  // Rows without a value go last either way; position breaks ties so the order is stable.
  return Prisma.sql`ORDER BY ${columns[id]} ${desc ? Prisma.sql`DESC` : Prisma.sql`ASC`} NULLS LAST, "position" ASC`;
}

export async function listInterviews({ q, sort }: Query<InterviewSort>): Promise<{ total: number; items: InterviewRow[] }> {
  const db = getDb();
  const where = q
    ? Prisma.sql`WHERE f_unaccent(lower(concat_ws(' ', "actorType", "organisation", "jobTitle", to_char("date", 'DD/MM/YYYY')))) LIKE f_unaccent(lower(${containsPattern(q)}))`
    : Prisma.empty;
  const [rows, total] = await Promise.all([
    db.$queryRaw<Array<Omit<InterviewRow, "lines"> & { startLine: number | null; endLine: number | null }>>`
      SELECT "position", "actorType", "organisation", "jobTitle", to_char("date", 'YYYY-MM-DD') AS "date",
             "duplicate", "startLine", "endLine"
      FROM "interview" ${where} ${orderBy(INTERVIEW_COLUMNS, sort)}`,
    db.interview.count(),
  ]);
  return { total, items: rows.map(({ startLine, endLine, ...r }) => ({ ...r, lines: sourceLines(startLine, endLine) })) };
}

export async function listDocuments({ q, sort }: Query<DocumentSort>): Promise<{ total: number; items: DocumentRow[] }> {
  const db = getDb();
  const where = q
    ? Prisma.sql`WHERE f_unaccent(lower(concat_ws(' ', "author", "year"::text, "title"))) LIKE f_unaccent(lower(${containsPattern(q)}))`
    : Prisma.empty;
  const [rows, total] = await Promise.all([
    db.$queryRaw<Array<Omit<DocumentRow, "lines"> & { startLine: number | null; endLine: number | null }>>`
      SELECT "position", "author", "year", "title", "startLine", "endLine"
      FROM "source_document" ${where} ${orderBy(DOCUMENT_COLUMNS, sort)}`,
    db.sourceDocument.count(),
  ]);
  return { total, items: rows.map(({ startLine, endLine, ...r }) => ({ ...r, lines: sourceLines(startLine, endLine) })) };
}
