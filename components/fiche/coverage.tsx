import { getTranslations } from "@/lib/i18n/server-hooks";

interface CoverageProps {
  national: boolean;
  regions: { slug: string; name: string }[];
  /** The wording of the fiche when no region could be read from it. */
  fallback?: string | null;
}

/** Where an organisation works, in one line: "Couverture nationale", "Kayes, Ségou"… */
export async function Coverage({ national, regions, fallback }: CoverageProps) {
  const t = await getTranslations("partner");
  const names = regions.map((r) => r.name).join(", ");
  if (national) return <span>{names ? `${t("national")} · ${names}` : t("national")}</span>;
  if (names) return <span>{names}</span>;
  return fallback ? (
    <span className="text-slate-600" lang="fr">
      {fallback}
    </span>
  ) : (
    <span className="text-slate-600">{t("noRegion")}</span>
  );
}
