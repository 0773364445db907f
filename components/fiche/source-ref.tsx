import { useTranslations } from "@/lib/i18n/server-hooks";
import type { SourceLines } from "@/lib/directory/source-lines";

/** "FP" for a partner fiche, "FA" for an actor (donor) fiche, as the report numbers them. */
export type FichePrefix = "FP" | "FA";

interface SourceRefProps {
  prefix: FichePrefix;
  number: number | null;
  lines: SourceLines;
  /** The stored label and value, shown on demand exactly as the report has them. */
  original?: { label: string; value: string };
}

/**
 * Where a value comes from in the report ("FP 12 · l. 3381–3420"), with the
 * original text behind a <details> so the page stays readable and needs no JS.
 */
export function SourceRef({ prefix, number, lines, original }: SourceRefProps) {
  const t = useTranslations("partner.source");
  if (!lines) return <span className="text-xs text-slate-600">{t("manual")}</span>;
  const [start, end] = lines;
  const ref =
    start === end
      ? number == null
        ? t("refOneNoNumber", { start })
        : t("refOne", { prefix, number, start })
      : number == null
        ? t("refNoNumber", { start, end })
        : t("ref", { prefix, number, start, end });
  if (!original) return <span className="text-xs text-slate-600">{ref}</span>;
  return (
    // A toggle means nothing on paper: the printed fiche keeps the section's lines and its colophon (issue 12).
    <details className="group text-xs text-slate-600 print:hidden">
      <summary className="cursor-pointer select-none rounded hover:text-brand-800">
        {ref}
        <span className="sr-only"> — {t("showOriginal")}</span>
      </summary>
      <div className="mt-1 rounded border border-slate-200 bg-slate-50 p-2">
        <p className="mb-1 font-medium text-slate-700">{t("original", { start, end })}</p>
        <pre className="whitespace-pre-wrap font-mono text-[0.75rem] text-slate-800" lang="fr">
          {original.label ? `${original.label}\n` : ""}
          {original.value}
        </pre>
      </div>
    </details>
  );
}
