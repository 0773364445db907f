import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/fiche/print-button";

/** Back to the list the visitor came from, compare, print: never printed themselves. */
export async function FicheActions({ slug, backHref }: { slug: string; backHref: string | null }) {
  const t = await getTranslations("partner");
  return (
    <nav aria-label={t("actionsLabel")} className="no-print mb-4 flex flex-wrap items-center gap-3 text-sm">
      <Link href={backHref ?? "/partners"} className="text-brand-700 underline">
        ← {backHref ? t("backToResults") : t("backToList")}
      </Link>
      <Link href={`/compare?partners=${slug}`} className="rounded border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50">
        {t("compare")}
      </Link>
      <PrintButton label={t("print")} />
    </nav>
  );
}
