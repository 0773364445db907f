/**
 * Which names of a "Financements" value are funders: the sub-label a name
 * stands under (clients and partners are not funders), and whether the name
 * is the fiche's own organisation.
 */
import type { FunderLink } from "../types";
import { fold, squash } from "./text";

/**
 * What a sub-label says of the names after it. Under "Financements" the
 * report also lists whom the partner works with: clients ("Clients :",
 * "Prestation de services aux entreprises privées :"), technical partners,
 * and partners grouped by sector ("Secteur privé :", "Secteur bancaire :",
 * "Partenaires privés :"), which for a service firm are its customers.
 * - "none": not funders at all;
 * - "known": only names of the funder vocabulary are funders (a bank or a
 *   telecom company named there is a partner, "PNUD" a funder);
 * - "all": a funding sub-label, every name is a funder.
 */
export type GroupKind = "none" | "known" | "all";

export function groupKind(label: string): GroupKind {
  const f = fold(label);
  if (/\bclients?\b|prestations?\b|\bpartenaires? techniques?\b(?! et financ)/.test(f)) return "none";
  if (/financ|bailleur|subvention|\bfonds\b|donateur|soutien|\bdons?\b/.test(f)) return "all";
  if (/secteur|partenai|collaboration|association|reseau|prive|public|bancaire|entreprise|institution/.test(f)) return "known";
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
