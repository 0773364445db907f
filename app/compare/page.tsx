import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { getPartnersForCompare, loadComparePicker, parseCompareSelection } from "@/lib/partners/compare";
import { CompareTable } from "./_components/compare-table";
import { PartnerPicker } from "./_components/partner-picker";

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

export default async function ComparePage({ searchParams }: Props) {
  const [t, params, viewer] = await Promise.all([getTranslations("compare"), searchParams, getViewer()]);
  const selection = parseCompareSelection(params.partners);
  const [picker, found] = await Promise.all([
    loadComparePicker(selection.slugs, params.find, viewer),
    selection.ok ? getPartnersForCompare(selection.slugs, viewer) : null,
  ]);

  const problems: string[] = [];
  // A visit from the navigation (nothing asked yet) gets the picker, not an error.
  const asked = [params.partners].flat().some(Boolean);
  if (!selection.ok && asked) problems.push(t(`errors.${selection.reason}`));
  if (found && found.unknown.length > 0) problems.push(t("errors.unknown", { count: found.unknown.length, slugs: found.unknown.join(", ") }));
  const partners = found && found.unknown.length === 0 ? found.partners : null;
  if (found && !partners) problems.push(t("errors.count"));

  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t("intro")}</p>
      {problems.length > 0 && (
        <div role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      {partners && <CompareTable partners={partners} />}
      <PartnerPicker
        picker={picker}
        selected={found ? found.partners.map((p) => p.slug) : selection.slugs}
        open={!partners || Boolean(params.find)}
      />
    </div>
  );
}
