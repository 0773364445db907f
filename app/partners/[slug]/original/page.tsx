import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FicheSectionsBody } from "@/components/fiche/fiche-sections";
import { ORIGINAL_PART } from "@/components/fiche/original-part";
import { formatPeriod } from "@/lib/editions/period";
import { loadPartner } from "../_components/load";

interface Props {
  params: Promise<{ slug: string }>;
}

async function title(slug: string): Promise<string | null> {
  const partner = await loadPartner(slug);
  if (!partner) return null;
  const t = await getTranslations("partner.sections");
  const period = partner.edition ? formatPeriod(partner.edition.period, await getLocale()) : null;
  return period ? t("reportText", { period }) : t("reportTextNoPeriod");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  const partner = await loadPartner(slug);
  if (!partner) return { title: (await getTranslations("partner.notFound"))("title") };
  return { title: `${await title(slug)} · ${partner.displayName || partner.name}` };
}

/**
 * A fiche's text as the report gives it, every section with its lines: the
 * part of the fiche page loaded on demand (components/fiche/original-text.tsx
 * takes the marked part), and a page of its own for a reader without JavaScript.
 * The same viewer-aware read as the fiche: no contact for anonymous visitors.
 */
export default async function OriginalTextPage({ params }: Props) {
  const slug = (await params).slug;
  const partner = await loadPartner(slug);
  if (!partner) notFound();
  const t = await getTranslations("partner");
  const name = partner.displayName || partner.name;
  return (
    <article className="mx-auto max-w-5xl">
      <p className="no-print mb-4 text-sm">
        <Link href={`/partners/${partner.slug}`} className="text-brand-700 underline">
          ← {name}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold text-slate-900">{await title(slug)}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {name}
        {partner.number != null && <> · {t("fiche", { number: partner.number })}</>}
      </p>
      <div {...{ [ORIGINAL_PART]: "" }}>
        <FicheSectionsBody prefix="FP" number={partner.number} sections={partner.sections} />
      </div>
    </article>
  );
}
