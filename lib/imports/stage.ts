/**
 * Staging a new edition: its text and the summary of its change set are kept
 * for an admin's review at /admin/imports/[id]; nothing of the directory is
 * written. The review parses the text again, so it always compares with the
 * directory as it is then.
 */
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { type EditionPlan, planEdition } from "./plan";
import type { EditionSource } from "./source";

export interface StagedImport {
  id: number;
  plan: EditionPlan;
}

export async function stageEdition(db: Db, source: EditionSource, createdById: number | null): Promise<StagedImport> {
  const plan = await planEdition(db, source);
  const row = await db.editionImport.create({
    data: {
      sourceFile: source.file,
      sourceHash: source.edition.sourceHash,
      text: source.text,
      title: source.edition.title,
      summary: plan.changeSet.summary as unknown as Prisma.InputJsonValue,
      createdById,
    },
    select: { id: true },
  });
  return { id: row.id, plan };
}

/** Where an admin reviews a staged import. */
export function reviewUrl(id: number, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.NEXTAUTH_URL?.replace(/\/+$/, "") ?? `http://localhost:${env.PORT ?? 3000}`;
  return `${base}/admin/imports/${id}`;
}
