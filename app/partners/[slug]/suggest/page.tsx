import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { requireUser } from "@/lib/auth/guards";
import { categorySlug } from "@/lib/fiches/values/categories";
import { FIELD_CHOICES, SUGGESTION_FIELDS, fieldInput, fieldText, isSuggestionField, type SuggestionField } from "@/lib/suggestions/fields";
import { suggestionSubject } from "@/lib/suggestions/queries";
import { SuggestForm } from "./suggest-form";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("suggestions.form");
  return { title: t("title"), robots: { index: false } };
}

/**
 * Suggest a correction of one field of a fiche (issue 10): signed-in users
 * only. Choosing the field is a plain GET form, so the page works without JavaScript.
 */
export default async function SuggestPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const requested = (await searchParams).field;
  const field: SuggestionField = isSuggestionField(requested) ? requested : "name";
  await requireUser(`/partners/${slug}/suggest?field=${encodeURIComponent(field)}`);
  const partner = await suggestionSubject(slug);
  if (!partner) notFound();
  const [t, tCategory, tReturnee] = await Promise.all([getTranslations("suggestions"), getTranslations("categories"), getTranslations("partner.returnee")]);
  const label = (f: SuggestionField) => t(`fields.${f}`);
  const choiceLabel = (value: string) =>
    field === "category" ? tCategory(categorySlug(value as never)) : field === "returneeExperience" ? tReturnee(value as "yes") : t(`form.boolean.${value}`);
  const current = fieldText(partner.snapshot, field);
  const choices = FIELD_CHOICES[field]?.map((value) => ({ value, label: choiceLabel(value) }));
  const shownCurrent = choices ? (choices.find((c) => c.value === current)?.label ?? current) : current;

  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("form.title")}</h1>
        <p className="text-sm text-slate-700">
          <Link href={`/partners/${slug}`} className="text-brand-700 underline">
            {partner.name}
          </Link>
        </p>
        <p className="text-sm text-slate-700">{t("form.intro")}</p>
      </header>

      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="suggest-field" className="block text-sm font-medium">
            {t("form.field")}
          </label>
          <select id="suggest-field" name="field" defaultValue={field} className="mt-1 rounded border border-slate-300 bg-white px-2 py-1.5 text-sm">
            {SUGGESTION_FIELDS.map((f) => (
              <option key={f} value={f}>
                {label(f)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-600 px-3 py-1.5 text-sm text-brand-700 hover:bg-brand-50">
          {t("form.choose")}
        </button>
      </form>

      <section aria-labelledby="suggest-current" className="rounded border border-slate-200 bg-white p-3">
        <h2 id="suggest-current" className="text-sm font-medium text-slate-600">
          {t("form.current", { field: label(field) })}
        </h2>
        <p className="mt-1 whitespace-pre-line text-sm" lang="fr">
          {shownCurrent || <span className="text-slate-500">{t("form.empty")}</span>}
        </p>
      </section>

      <ClientMessages>
        <SuggestForm key={field} partnerId={partner.id} field={field} input={fieldInput(field)} current={current} choices={choices} />
      </ClientMessages>
    </div>
  );
}
