import { useTranslations } from "@/lib/i18n/server-hooks";
import { maliMap } from "@/lib/geo/mali-map";
import { placeRegion } from "@/lib/geo/regions";
import { MapAttribution } from "./map-attribution";

interface LocatorMapProps {
  regions: { name: string }[];
  national: boolean;
}

const FILL = { named: "#1f6f5c", national: "#9fd0bf", other: "#e2e8f0" } as const;

/**
 * Where one partner works, at a glance: its regions filled on Mali's outline,
 * the whole country lightly when its coverage is national. A picture with a text
 * alternative; the region links are the fiche's chips next to it.
 */
export function LocatorMap({ regions, national }: LocatorMapProps) {
  const t = useTranslations("map");
  const map = maliMap("locator");
  const drawn = new Set(map.regions.map((r) => r.code));
  const filled = new Set<string>();
  const notes: string[] = [];
  for (const region of regions) {
    const place = placeRegion(region.name, drawn);
    if (place.kind === "own") filled.add(place.code);
    if (place.kind === "inside") {
      filled.add(place.container);
      notes.push(t("inside", { name: region.name, container: map.regions.find((r) => r.code === place.container)!.name }));
    }
  }
  if (filled.size === 0 && !national) return null;

  const names = regions.map((r) => r.name).join(", ");
  const label = national
    ? names
      ? t("locator.nationalAnd", { regions: names })
      : t("locator.national")
    : t("locator.regions", { regions: names });

  return (
    <figure className="w-32 shrink-0 sm:w-48">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} className="h-auto w-full" role="img" aria-label={label}>
        {map.regions.map((outline) => (
          <path
            key={outline.code}
            d={outline.d}
            fill={filled.has(outline.code) ? FILL.named : national ? FILL.national : FILL.other}
            stroke="#ffffff"
            strokeWidth={0.75}
          />
        ))}
        <path d={map.border} fill="none" stroke="#64748b" strokeWidth={0.75} />
        {map.regions
          .filter((outline) => outline.area < 20 && filled.has(outline.code))
          .map((outline) => (
            <circle key={outline.code} cx={outline.centroid[0]} cy={outline.centroid[1]} r={4} fill={FILL.named} stroke="#ffffff" strokeWidth={1} />
          ))}
      </svg>
      <figcaption className="mt-1 space-y-1 text-xs text-slate-600">
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
