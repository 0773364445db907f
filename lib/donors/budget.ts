/** A project's years; its budget is formatted with the interface's figures (lib/i18n/format.ts `money`). */

/** "2021–2026", "2021–", "–2026", or null when neither year is known. */
export function formatYears(start: number | null, end: number | null): string | null {
  if (start == null && end == null) return null;
  if (start != null && end != null && start === end) return String(start);
  return `${start ?? ""}–${end ?? ""}`;
}
