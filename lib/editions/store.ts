/**
 * Edition rows: one per report edition the directory has loaded (the seed's
 * file, or an import an admin applied). The latest row is the edition the
 * directory's report facts come from.
 */
import type { Prisma } from "../db/generated/client";
import { canonical } from "../partners/history";
import type { EditionDescription } from "./describe";

type Tx = Prisma.TransactionClient;

export type EditionOrigin = "seed" | "import";

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

function columns(d: EditionDescription) {
  return {
    title: d.title,
    sourceFile: d.sourceFile,
    interviewsFrom: day(d.period.from),
    interviewsTo: day(d.period.to),
    pages: d.pages as unknown as Prisma.InputJsonValue,
    intros: d.intros as unknown as Prisma.InputJsonValue,
    counts: d.counts as unknown as Prisma.InputJsonValue,
  };
}

/** The newest edition loaded, or null before the first seed. */
export function latestEdition(tx: Tx) {
  return tx.edition.findFirst({ orderBy: { id: "desc" }, select: { id: true, sourceHash: true, origin: true, title: true } });
}

/** The edition row for this text (matched by its hash), created or brought up to date; returns its id. */
export async function syncEdition(tx: Tx, d: EditionDescription, origin: EditionOrigin): Promise<number> {
  const existing = await tx.edition.findUnique({ where: { sourceHash: d.sourceHash } });
  const data = columns(d);
  if (!existing) return (await tx.edition.create({ data: { ...data, sourceHash: d.sourceHash, origin } })).id;
  const current = {
    title: existing.title,
    sourceFile: existing.sourceFile,
    interviewsFrom: existing.interviewsFrom,
    interviewsTo: existing.interviewsTo,
    pages: existing.pages,
    intros: existing.intros,
    counts: existing.counts,
  };
  // The seed keeps a title an import gave; jsonb does not keep key order, so compare key-sorted copies.
  const wanted = { ...data, title: origin === "seed" ? existing.title : data.title };
  if (canonical(wanted) !== canonical(current)) await tx.edition.update({ where: { id: existing.id }, data: wanted });
  return existing.id;
}

