import { reflow } from "./reflow";

/**
 * A fiche value for reading, in the report's French (lang="fr" whatever the page's language): wrapped lines joined, bullets kept at line starts
 * (see ./reflow). Plain text only: values are never HTML.
 */
export function FieldValue({ value, className = "" }: { value: string; className?: string }) {
  return (
    <div lang="fr" className={`break-words ${className}`}>
      {reflow(value).map((line, i) => (
        <p key={i} className={/^(?:o\s)/.test(line) ? "pl-4" : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}
