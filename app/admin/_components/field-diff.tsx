import type { FieldDiff } from "@/app/admin/partners/[slug]/history/_lib/format";

interface FieldDiffViewProps {
  diff: FieldDiff;
  words: { before: string; after: string; empty: string };
  /** The values' language when they are the report's own words (an import's review). */
  lang?: string;
}

/**
 * One field's change as an admin reads it, in the history and in an import's
 * review: a value side by side (before / after), a collection as its removed
 * and added lines.
 */
export function FieldDiffView({ diff, words, lang }: FieldDiffViewProps) {
  if (diff.kind === "value") {
    return (
      <div className="mt-1 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <span className="text-xs uppercase text-slate-600">{words.before}</span>
          <del lang={lang} className="block whitespace-pre-wrap bg-red-50 px-2 py-1 text-red-900">{diff.before.join("\n") || words.empty}</del>
        </div>
        <div>
          <span className="text-xs uppercase text-slate-600">{words.after}</span>
          <ins lang={lang} className="block whitespace-pre-wrap bg-green-50 px-2 py-1 text-green-900 no-underline">{diff.after.join("\n") || words.empty}</ins>
        </div>
      </div>
    );
  }
  return (
    <ul className="mt-1 space-y-0.5 text-sm" lang={lang}>
      {diff.removed.map((line, i) => (
        <li key={`r${i}`} className="whitespace-pre-wrap bg-red-50 px-2 text-red-900">
          <span aria-hidden="true">− </span>
          <del>{line}</del>
        </li>
      ))}
      {diff.added.map((line, i) => (
        <li key={`a${i}`} className="whitespace-pre-wrap bg-green-50 px-2 text-green-900">
          <span aria-hidden="true">+ </span>
          <ins className="no-underline">{line}</ins>
        </li>
      ))}
    </ul>
  );
}
