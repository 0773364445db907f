import "server-only";
/**
 * What /admin/imports shows: the staged and past imports, and one import's
 * review (its change set computed now, against the directory as it is).
 */
import type { Db } from "../db/client";
import type { ChangeSet, TableSummary } from "./change-set";
import { planEdition } from "./plan";
import { ImportFileError, readEdition } from "./source";

const person = { select: { name: true, email: true } } as const;

export function listImports(db: Db) {
  return db.editionImport.findMany({
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      sourceFile: true,
      title: true,
      status: true,
      summary: true,
      createdAt: true,
      decidedAt: true,
      createdBy: person,
      decidedBy: person,
    },
  });
}

export type ImportListItem = Awaited<ReturnType<typeof listImports>>[number];

export interface ImportReview {
  id: number;
  sourceFile: string;
  title: string | null;
  status: "staged" | "applied" | "discarded";
  summary: Record<string, TableSummary>;
  createdAt: Date;
  createdBy: { name: string | null; email: string } | null;
  decidedAt: Date | null;
  decidedBy: { name: string | null; email: string } | null;
  edition: { id: number; title: string } | null;
  /** The comparison with the directory now (staged imports only). */
  plan: { changeSet: ChangeSet; fingerprint: string } | null;
}

export async function getImportReview(db: Db, id: number): Promise<ImportReview | null> {
  const row = await db.editionImport.findUnique({
    where: { id },
    select: {
      id: true,
      sourceFile: true,
      title: true,
      status: true,
      summary: true,
      text: true,
      createdAt: true,
      decidedAt: true,
      createdBy: person,
      decidedBy: person,
      edition: { select: { id: true, title: true } },
    },
  });
  if (!row) return null;
  const { text, summary, ...rest } = row;
  let plan: ImportReview["plan"] = null;
  if (row.status === "staged") {
    try {
      const computed = await planEdition(db, readEdition(row.sourceFile, text, row.title));
      plan = { changeSet: computed.changeSet, fingerprint: computed.fingerprint };
    } catch (error) {
      // Staging refused non-reports; a parser changed since then is the only way here.
      if (!(error instanceof ImportFileError)) throw error;
      throw new Error(`import ${id} no longer parses: ${error.message}`, { cause: error });
    }
  }
  return { ...rest, summary: summary as unknown as ImportReview["summary"], plan };
}
