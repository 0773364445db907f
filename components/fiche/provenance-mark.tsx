import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "@/lib/i18n/server-hooks";
import { useFormatter } from "@/lib/i18n/formats-server";
import type { FieldProvenance } from "@/lib/provenance/provenance";

export interface ProvenanceContext {
  slug: string;
  /** The fiche's number in its edition (null for a partner an admin created). */
  number: number | null;
  /** The fiche's edition title ("Cartographie 2022"). */
  edition: string | null;
  /** Admins may open the history entry an edit links to. */
  canSeeHistory: boolean;
  /** Signed-in users may suggest a correction of a card's field. */
  canSuggest: boolean;
}

/** "Suggest a correction" of one card's field, for signed-in viewers. */
export function SuggestLink({ field, label, context }: { field: string; label: string; context: ProvenanceContext }) {
  const t = useTranslations("partner");
  if (!context.canSuggest) return null;
  return (
    <Link href={`/partners/${context.slug}/suggest?field=${encodeURIComponent(field)}`} className="no-print mt-1 inline-block text-xs text-brand-700 underline">
      {t("suggestShort")}
      <span className="sr-only"> : {label}</span>
    </Link>
  );
}

/**
 * Where a card's value comes from, said discreetly under it (issue 10): "d'après
 * Cartographie 2022, fiche 1, l. 120–122, p. 14", or "modifié le 3 mars 2027 par
 * …" linked to that change in the history; and a clear mark when the value
 * shown is not what the report says.
 */
export function ProvenanceMark({ origin, context }: { origin: FieldProvenance | null; context: ProvenanceContext }) {
  const t = useTranslations("partner.provenance");
  const format = useFormatter();
  if (!origin) return null;
  const differs = origin.differsFromReport === true && (
    <span className="ml-1 inline-block rounded bg-amber-100 px-1.5 font-medium text-amber-900">{t("differs")}</span>
  );
  if (origin.source === "edit") {
    const date = origin.editedAt ? format.dateTime(new Date(origin.editedAt), { dateStyle: "long" }) : null;
    const text = [
      date ? t("editedOn", { date }) : t("edited"),
      origin.editedBy ? t("by", { name: origin.editedBy }) : null,
      origin.suggestedBy ? t("suggestedBy", { name: origin.suggestedBy }) : null,
    ]
      .filter(Boolean)
      .join(" ");
    return (
      <p data-provenance="edit">
        <span aria-hidden="true">✎ </span>
        {context.canSeeHistory && origin.version !== null ? (
          <Link href={`/admin/partners/${context.slug}/history#v${origin.version}`} className="underline hover:text-brand-800">
            {text}
          </Link>
        ) : (
          text
        )}
        {differs}
      </p>
    );
  }
  const edition = origin.edition ?? context.edition;
  if (!edition) return null;
  const parts = [
    t("from", { edition }),
    context.number !== null ? t("fiche", { number: context.number }) : null,
    origin.lines ? (origin.lines[0] === origin.lines[1] ? t("line", { line: origin.lines[0] }) : t("lines", { from: origin.lines[0], to: origin.lines[1] })) : null,
    origin.page !== undefined ? t("page", { page: origin.page }) : null,
  ].filter(Boolean);
  return (
    <p data-provenance="report">
      {parts.join(", ")}
      {differs}
    </p>
  );
}
