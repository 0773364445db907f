/**
 * The regions a fiche, a project or a funded partner names, as every page and
 * the API list them: slug and name, in French order (./order.ts).
 */
import { inFrenchOrder } from "./order";

export interface RegionRef {
  slug: string;
  name: string;
}

/** The Prisma `select` of a relation to regions (partner, donor, project), feeding {@link regionRefs}. */
export const regionRefsSelect = { select: { region: { select: { slug: true, name: true } } } } as const;

export function regionRefs(rows: readonly { region: RegionRef }[]): RegionRef[] {
  return inFrenchOrder(rows.map((r) => ({ slug: r.region.slug, name: r.region.name })));
}
