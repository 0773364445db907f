/**
 * Staging a new edition: its text and the summary of its change set are kept
 * for an admin's review at /admin/imports/[id]; nothing of the directory is
 * written. The review parses the text again, so it always compares with the
 * directory as it is then.
 */
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { appPort, publicOrigin } from "../env";
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

/**
 * Where an admin reviews a staged import (printed by `npm run import`): the
 * site's public origin as exports link to it (PUBLIC_URL, else NEXTAUTH_URL,
 * lib/env.ts), else this machine's server on PORT.
 */
export function reviewUrl(id: number, source?: Record<string, string | undefined>): string {
  return `${publicOrigin(`http://localhost:${appPort(source)}`, source)}/admin/imports/${id}`;
}
