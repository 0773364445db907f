/**
 * Which names of a "Financements" value are funders: the sub-label a name
 * stands under (clients and partners are not funders), and whether the name
 * is the fiche's own organisation.
 */
import type { FunderLink } from "../types";
import { fold, squash } from "./text";

/**
 * What a sub-label says of the names after it. One rule for every fiche:
 * whoever the "Financements" field names is a funder of the partner, whatever
 * the sub-label (funders, "Partenaires institutionnels / privés", "Secteur
 * privé", "Collaborations"…), except under a sub-label that says the names are
 * clients or technical partners ("Clients :", "Prestation de services aux
 * entreprises privées :", "Partenaires techniques :"): those buy or give
 * services, not funding.
 * - "none": not funders;
 * - "all": every organisation named is a funder.
 */
export type GroupKind = "none" | "all";

export function groupKind(label: string): GroupKind {
  const f = fold(label);
  if (/\bclients?\b|prestations?\b|\bpartenaires? techniques?\b(?! et financ)/.test(f)) return "none";
  return "all";
}

/** Folded words between spaces, so a name is found whole: " reseau jokkolabs " holds " jokkolabs ". */
const wordForm = (s: string) => ` ${squash(fold(s).replace(/[^\p{L}\p{N}&]+/gu, " "))} `;

/** Whole names, and the parts of a "FAMIB / CIRTIC" title; shorter than 4 characters they are too ambiguous. */
export function selfForms(self: string[]): string[] {
  const parts = self.flatMap((s) => [s, ...s.split(/\s+\/\s+/)]).map(wordForm);
  return [...new Set(parts.filter((p) => p.trim().length >= 4))];
}

export function isSelf(link: FunderLink, self: string[]): boolean {
  if (self.length === 0) return false;
  const names = [wordForm(link.name), wordForm(link.text)];
  return self.some((s) => names.some((n) => n.includes(s)));
}
