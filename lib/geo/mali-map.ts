/**
 * Mali's regions as SVG path data, projected once per process and cached
 * (docs/decisions/0007-map.md). The geometry is the vendored amCharts file
 * (./data/amcharts); d3-geo projects it, topojson simplifies it without opening
 * gaps between neighbours (shared borders are simplified once), and the path
 * coordinates are rounded. No map code reaches the browser: pages render the
 * paths into an inline <svg>.
 */
import { geoConicEqualArea, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from "geojson";
import { feature, mesh } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import source from "./data/amcharts/maliLow.json";
import { processMemo } from "../runtime/process-memo";

interface SourceProperties {
  name: string;
  /** ISO 3166-2 code. */
  id: string;
}

export interface MapRegion {
  /** ISO 3166-2 code, e.g. "ML-4". */
  code: string;
  /** The geometry's own name of the outline ("Ségou"). */
  name: string;
  /** SVG path data in the map's coordinates. */
  d: string;
  /** Where a label fits: the outline's centroid, rounded. */
  centroid: [number, number];
  /** Area in square map units: tiny outlines (Bamako) need a marker to be seen and clicked. */
  area: number;
}

export interface MaliMap {
  width: number;
  height: number;
  regions: MapRegion[];
  /** The country's border alone (no internal borders), to draw over the fills. */
  border: string;
}

export type MapVariant = "choropleth" | "locator";

/** Width in map units, share of points kept, decimals: the locator is small, so coarser. */
const VARIANTS: Record<MapVariant, { width: number; keep: number; digits: number }> = {
  choropleth: { width: 560, keep: 0.3, digits: 0 },
  locator: { width: 200, keep: 0.12, digits: 0 },
};

function build({ width, keep, digits }: (typeof VARIANTS)[MapVariant]): MaliMap {
  const collection = source as unknown as FeatureCollection<Polygon | MultiPolygon, SourceProperties>;
  const topo = presimplify(topology({ regions: collection }) as Topology<{ regions: GeometryCollection<SourceProperties> }>);
  const simplified = simplify(topo, quantile(topo, keep));
  const regions = feature(simplified, simplified.objects.regions) as FeatureCollection<
    Polygon | MultiPolygon,
    SourceProperties
  >;

  // Equal-area, so that the choropleth's colours are not weighted by the projection;
  // parallels and rotation centred on Mali.
  const projection = geoConicEqualArea().parallels([12, 22]).rotate([4, 0]).precision(0).fitWidth(width, regions);
  const path = geoPath(projection).digits(digits);
  const [, [, bottom]] = path.bounds(regions);
  const round = (n: number) => Math.round(n * 10 ** digits) / 10 ** digits;

  return {
    width,
    height: Math.ceil(bottom),
    border: path(mesh(simplified, simplified.objects.regions, (a, b) => a === b)) ?? "",
    regions: regions.features.map((f: Feature<Polygon | MultiPolygon, SourceProperties>) => {
      const [x, y] = path.centroid(f);
      return { code: f.properties.id, name: f.properties.name, d: path(f) ?? "", centroid: [round(x), round(y)], area: path.area(f) };
    }),
  };
}

/** The projected map of one variant, computed on first use. */
export const maliMap = processMemo((variant: MapVariant): MaliMap => build(VARIANTS[variant]), 8);
