/**
 * The report's two tables (people interviewed, documents consulted). Rows are
 * keyed by their position in the table: a row is rewritten only when it differs,
 * and rows the report no longer has are removed.
 */
import type { Prisma } from "../db/generated/client";
import type { DocumentRef, Interview } from "../fiches/types";
import type { EntityCount } from "./counts";
import { sameValue } from "./diff";

type Tx = Prisma.TransactionClient;

interface Delegate<Row> {
  findMany(args: { orderBy: { position: "asc" } }): Promise<Array<Row & { id: number; position: number }>>;
  create(args: { data: Row & { position: number } }): Promise<unknown>;
  update(args: { where: { id: number }; data: Row }): Promise<unknown>;
  deleteMany(args: { where: { id: { in: number[] } } }): Promise<unknown>;
}

/** Sync rows by position; `shape` picks the compared columns from a database row. */
async function syncRows<Row extends Record<string, unknown>>(
  delegate: Delegate<Row>,
  desired: Row[],
  shape: (row: Row) => Row,
  count: EntityCount,
): Promise<void> {
  const current = await delegate.findMany({ orderBy: { position: "asc" } });
  const byPosition = new Map(current.map((row) => [row.position, row]));
  for (const [i, row] of desired.entries()) {
    const position = i + 1;
    const existing = byPosition.get(position);
    if (!existing) {
      await delegate.create({ data: { ...row, position } });
      count.created++;
    } else if (!sameValue(row, shape(existing))) {
      await delegate.update({ where: { id: existing.id }, data: row });
      count.updated++;
      count.changes.push(`row ${position}`);
    } else {
      count.unchanged++;
    }
  }
  const stale = current.filter((row) => row.position > desired.length).map((row) => row.id);
  if (stale.length > 0) {
    await delegate.deleteMany({ where: { id: { in: stale } } });
    count.deleted += stale.length;
  }
}

export interface InterviewRow extends Record<string, unknown> {
  actorType: string;
  organisation: string;
  jobTitle: string;
  date: Date | null;
  duplicate: boolean;
  startLine: number | null;
  endLine: number | null;
}

/** The table's rows as the seed writes them (lib/imports compares new editions with these). */
export function interviewRows(interviews: Interview[]): InterviewRow[] {
  return interviews.map((r) => ({
    actorType: r.actorType,
    organisation: r.organisation,
    jobTitle: r.position,
    date: r.date ? new Date(`${r.date}T00:00:00.000Z`) : null,
    duplicate: r.duplicate,
    startLine: r.lines[0],
    endLine: r.lines[1],
  }));
}

export const interviewShape = (r: InterviewRow): InterviewRow => ({
  actorType: r.actorType,
  organisation: r.organisation,
  jobTitle: r.jobTitle,
  date: r.date,
  duplicate: r.duplicate,
  startLine: r.startLine,
  endLine: r.endLine,
});

export async function syncInterviews(tx: Tx, interviews: Interview[], count: EntityCount): Promise<void> {
  await syncRows(tx.interview as unknown as Delegate<InterviewRow>, interviewRows(interviews), interviewShape, count);
}

export interface DocumentRow extends Record<string, unknown> {
  author: string;
  year: number | null;
  title: string;
  startLine: number | null;
  endLine: number | null;
}

export function documentRows(documents: DocumentRef[]): DocumentRow[] {
  return documents.map((d) => ({
    author: d.author,
    year: d.year,
    title: d.title,
    startLine: d.lines[0],
    endLine: d.lines[1],
  }));
}

export const documentShape = (d: DocumentRow): DocumentRow => ({
  author: d.author,
  year: d.year,
  title: d.title,
  startLine: d.startLine,
  endLine: d.endLine,
});

export async function syncDocuments(tx: Tx, documents: DocumentRef[], count: EntityCount): Promise<void> {
  await syncRows(tx.sourceDocument as unknown as Delegate<DocumentRow>, documentRows(documents), documentShape, count);
}
