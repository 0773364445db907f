import { getTranslations } from "next-intl/server";
import { CLASS_COLOURS, classify } from "@/lib/geo/choropleth";
import { maliMap } from "@/lib/geo/mali-map";
import { placeRegion } from "@/lib/geo/regions";
import { MapAttribution } from "./map-attribution";

export interface RegionCount {
  slug: string;
  name: string;
  /** Partners whose fiche names the region, national ones left out: the colour. */
  regional: number;
  /** What a click leads to (the list filtered on the region). */
  href: string;
}

interface RegionsMapProps {
  regions: RegionCount[];
  /** Partners with national coverage: shown apart, they would colour every region alike. */
  national: number;
}

/** Outlines smaller than this (map units²) get a round marker: Bamako is a few pixels wide. */
const TINY = 100;

/**
 * Mali's regions coloured by how many partners name them; each region is a link
 * to the list filtered on it. Server-rendered SVG: no map code in the browser.
 * Regions without an outline of their own (Taoudénit) are named under the map.
 */
export async function RegionsMap({ regions, national }: RegionsMapProps) {
  const t = await getTranslations("map");
  const map = maliMap("choropleth");
  const drawn = new Set(map.regions.map((r) => r.code));
  const byCode = new Map<string, RegionCount>();
  const inside: Array<{ region: RegionCount; container: string }> = [];
  for (const region of regions) {
    const place = placeRegion(region.name, drawn);
    if (place.kind === "own") byCode.set(place.code, region);
    else if (place.kind === "inside") {
      inside.push({ region, container: byCode.get(place.container)?.name ?? map.regions.find((r) => r.code === place.container)!.name });
    }
  }
  const { classes, classOf } = classify([...byCode.values()].map((r) => r.regional));
  // Small outlines last, so that their markers sit on top of their neighbours.
  const outlines = [...map.regions].sort((a, b) => b.area - a.area);

  return (
    <figure className="flex flex-col gap-4 lg:flex-row lg:items-start">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="h-auto w-full max-w-[560px] shrink-0"
        role="group"
        aria-label={t("choropleth.label")}
      >
        {outlines.map((outline) => {
          const region = byCode.get(outline.code);
          const tiny = outline.area < TINY;
          if (!region) return <path key={outline.code} d={outline.d} fill={CLASS_COLOURS[0]} stroke="#94a3b8" strokeWidth={0.5} />;
          const fill = CLASS_COLOURS[classOf(region.regional).index];
          const label = t("choropleth.region", { name: region.name, count: region.regional, national });
          return (
            <a key={outline.code} href={region.href} aria-label={label} className="group" data-region={region.slug}>
              <title>{label}</title>
              <path
                d={outline.d}
                fill={fill}
                stroke="#ffffff"
                strokeWidth={1}
                className="group-hover:opacity-80 group-focus-visible:stroke-[#b45309] group-focus-visible:[stroke-width:4]"
              />
              {tiny && (
                <circle
                  cx={outline.centroid[0]}
                  cy={outline.centroid[1]}
                  r={9}
                  fill={fill}
                  stroke="#1e293b"
                  strokeWidth={1.5}
                  className="group-hover:opacity-80 group-focus-visible:stroke-[#b45309] group-focus-visible:[stroke-width:4]"
                />
              )}
            </a>
          );
        })}
        <path d={map.border} fill="none" stroke="#64748b" strokeWidth={1} pointerEvents="none" />
        <g aria-hidden="true" pointerEvents="none" fontSize={15} fill="#0f172a" stroke="#ffffff" strokeWidth={3} paintOrder="stroke">
          {outlines.map((outline) => {
            const region = byCode.get(outline.code);
            if (!region) return null;
            const [x, y] = outline.centroid;
            const tiny = outline.area < TINY;
            return (
              <text key={outline.code} x={tiny ? x - 13 : x} y={tiny ? y + 4 : y} textAnchor={tiny ? "end" : "middle"}>
                <tspan fontWeight={600}>{region.name}</tspan>
                <tspan x={tiny ? x - 13 : x} dy={16}>
                  {region.regional}
                </tspan>
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption className="max-w-md space-y-3 text-sm text-slate-700">
        <p>{t("choropleth.caption")}</p>
        <div>
          <p className="font-medium text-slate-900">{t("legend.title")}</p>
          <ul className="mt-1 space-y-1">
            {classes.map((c) => (
              <li key={c.index} className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-4 w-6 rounded-sm border border-slate-400" style={{ backgroundColor: CLASS_COLOURS[c.index] }} />
                {c.min === c.max ? t("legend.exact", { count: c.min }) : t("legend.range", { min: c.min, max: c.max })}
              </li>
            ))}
          </ul>
        </div>
        <p className="rounded border border-slate-300 bg-white p-2">
          <span className="font-medium text-slate-900">{t("national.title")}</span> {t("national.body", { count: national })}
        </p>
        {inside.map(({ region, container }) => (
          <p key={region.slug}>
            {t("inside", { name: region.name, container })}{" "}
            <a href={region.href} className="text-brand-700 underline">
              {t("insideLink", { name: region.name, count: region.regional })}
            </a>
          </p>
        ))}
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
