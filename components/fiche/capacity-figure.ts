import type { CapacityPeriod } from "@/lib/db/generated/enums";
import type { CapacityView } from "@/lib/partners/capacity";

/** The interface words a capacity figure needs (each page reads them from its own translator). */
export interface CapacityWords {
  number: (n: number) => string;
  period: (p: CapacityPeriod) => string;
  /** "par groupe" / "per groupe": the part one figure counts. */
  per: (part: string) => string;
  unlimited: string;
}

/**
 * A capacity's figure in one line, as the fiche's card, the list and compare show it:
 * "100–200 jeunes par filière par an", "25 apprenants par groupe", "Pas de limite";
 * null when the fiche states no figure (its sentence is then the whole answer).
 */
export function capacityFigureText(c: Omit<CapacityView, "text">, words: CapacityWords): string | null {
  if (c.unlimited) return words.unlimited;
  if (c.min == null && c.max == null) return null;
  const range =
    c.min != null && c.max != null && c.min !== c.max ? `${words.number(c.min)}–${words.number(c.max)}` : words.number((c.max ?? c.min)!);
  return [range, c.unit, c.per ? words.per(c.per) : null, c.period ? words.period(c.period) : null].filter(Boolean).join(" ");
}
