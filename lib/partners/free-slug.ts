import type { Prisma } from "../db/generated/client";
import { freeSlug } from "../fiches/values/slug";

/**
 * A slug for a new partner (an admin's, or an edition's new fiche): `base`, else
 * "-2", "-3"…, never one another partner has nor a route's (lib/fiches/values/slug.ts).
 */
export async function freePartnerSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const root = base || "partenaire";
  const rows = await tx.partner.findMany({ where: { slug: { startsWith: root } }, select: { slug: true } });
  return freeSlug(root, new Set(rows.map((p) => p.slug)));
}
