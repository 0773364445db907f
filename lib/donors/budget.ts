/**
 * A project budget in French notation whatever the interface language: amounts
 * are quoted from a French report and compared with it ("60 000 000 $US").
 */
export function formatBudget(amount: number | null, currency: string | null): string | null {
  if (amount == null) return null;
  if (currency) {
    try {
      return new Intl.NumberFormat("fr-FR", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
    } catch {
      // Not an ISO 4217 code (a parser novelty): show the code as written after the figure.
    }
  }
  const figure = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${figure} ${currency}` : figure;
}

/** "2021–2026", "2021–", "–2026", or null when neither year is known. */
export function formatYears(start: number | null, end: number | null): string | null {
  if (start == null && end == null) return null;
  if (start != null && end != null && start === end) return String(start);
  return `${start ?? ""}–${end ?? ""}`;
}
