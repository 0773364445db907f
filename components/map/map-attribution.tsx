import { useTranslations } from "@/lib/i18n/server-hooks";

/**
 * The geometry's licence (lib/geo/data/amcharts/LICENSE, "linkware") asks for a
 * visible link to amCharts wherever the outlines are shown: every map renders this.
 */
export function MapAttribution({ className = "" }: { className?: string }) {
  const t = useTranslations("map");
  return (
    <p className={`text-xs text-slate-600 ${className}`}>
      {t("attribution.prefix")}{" "}
      <a href="https://www.amcharts.com/" className="text-brand-700 underline" rel="noopener">
        amCharts
      </a>{" "}
      {t("attribution.licence")}
    </p>
  );
}
