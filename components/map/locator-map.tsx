import { useTranslations } from "@/lib/i18n/server-hooks";
import { locatorCodes, locatorHref, locatorSize } from "@/lib/geo/locator";
import { maliMap } from "@/lib/geo/mali-map";
import { placeRegion } from "@/lib/geo/regions";
import { MapAttribution } from "./map-attribution";

interface LocatorMapProps {
  regions: { name: string }[];
  national: boolean;
}

/**
 * Where one partner works, at a glance: its regions filled on Mali's outline,
 * the whole country lightly when its coverage is national. A picture with a text
 * alternative; the region links are the fiche's chips next to it. The picture
 * is an image of its own (lib/geo/locator.ts), shared by every fiche with the
 * same regions: the page carries its URL, not its path data.
 */
export function LocatorMap({ regions, national }: LocatorMapProps) {
  const t = useTranslations("map");
  const map = maliMap("locator");
  const drawn = locatorCodes();
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
      {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG of our own: nothing for next/image to optimise */}
      <img src={locatorHref({ filled: [...filled], national })} alt={label} {...locatorSize()} className="h-auto w-full" />
      <figcaption className="mt-1 space-y-1 text-xs text-slate-600">
        {notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
        <MapAttribution />
      </figcaption>
    </figure>
  );
}
