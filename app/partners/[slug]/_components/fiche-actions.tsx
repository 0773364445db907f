import { Link } from "@/lib/i18n/navigation";
import { compareHref } from "@/lib/partners/compare-link";
import { useTranslations } from "@/lib/i18n/server-hooks";
import { PrintButton } from "@/components/fiche/print-button";

/** Back to the list the visitor came from, compare, print, and for admins edit and history: never printed themselves. */
export function FicheActions({ slug, backHref, canEdit, canSuggest }: { slug: string; backHref: string | null; canEdit: boolean; canSuggest: boolean }) {
  const t = useTranslations("partner");
  return (
    <nav aria-label={t("actionsLabel")} className="no-print mb-4 flex flex-wrap items-center gap-3 text-sm">
      <Link href={backHref ?? "/partners"} className="text-brand-700 underline">
        ← {backHref ? t("backToResults") : t("backToList")}
      </Link>
      <Link href={compareHref([slug])} className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50">
        {t("compare")}
      </Link>
      <PrintButton label={t("print")} />
      {canSuggest && (
        <Link href={`/partners/${slug}/suggest`} className="text-brand-700 underline">
          {t("suggest")}
        </Link>
      )}
      {canEdit && (
        <>
          <Link href={`/admin/partners/${slug}/edit`} className="rounded bg-brand-700 px-3 py-1 text-white hover:bg-brand-800">
            {t("edit")}
          </Link>
          <Link href={`/admin/partners/${slug}/verify`} className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50">
            {t("verify")}
          </Link>
          <Link href={`/admin/partners/${slug}/history`} className="text-brand-700 underline">
            {t("history")}
          </Link>
        </>
      )}
    </nav>
  );
}
