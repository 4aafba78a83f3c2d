import "server-only";
import { geoMercator, geoPath, type GeoStream } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import topology from "world-atlas/countries-10m.json";
import { LOCATION_PRECISION, REGION_KIND } from "@karabakh-atlas/domain";
import { listDeposits, listHeritageSites, listRegions } from "./data";
import { hrefOf } from "./routes";

/** Natural Earth ids (ISO 3166-1 numeric) of the countries drawn, the first two framed. */
const FRAMED = ["031", "051"]; // Azerbaijan, Armenia
const CONTEXT = ["268", "364", "792", "643"]; // Georgia, Iran, Türkiye, Russia

export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 560;

export interface MapPoint {
  key: string;
  kind: "region" | "deposit" | "heritage-site";
  id: string;
  label: string;
  detail: string;
  href: string;
  x: number;
  y: number;
  lat: number;
  lon: number;
}

export interface MapShape {
  id: string;
  name: string;
  d: string;
  framed: boolean;
}

type CountryProps = { name: string };

/**
 * Drops projected points closer than `tolerance` pixels (2 on an 800-pixel map, which a phone shows at less than half that) to the last one kept, so the 1:10m
 * outlines do not put thousands of sub-pixel points into every page. Rings keep their ends.
 */
function thin(out: GeoStream, tolerance: number): GeoStream {
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let pendingX = Number.NaN;
  let pendingY = Number.NaN;
  let inLine = false;
  const t2 = tolerance * tolerance;
  return {
    point(x: number, y: number) {
      if (!inLine) return out.point(x, y);
      if (Number.isNaN(lastX) || (x - lastX) ** 2 + (y - lastY) ** 2 >= t2) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        pendingX = Number.NaN;
      } else {
        pendingX = x;
        pendingY = y;
      }
    },
    lineStart() {
      inLine = true;
      lastX = lastY = pendingX = pendingY = Number.NaN;
      out.lineStart();
    },
    lineEnd() {
      if (!Number.isNaN(pendingX)) out.point(pendingX, pendingY);
      inLine = false;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

let cached: { shapes: MapShape[]; project: (lon: number, lat: number) => [number, number] | null } | undefined;

function base() {
  if (cached) return cached;
  const topo = topology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, CountryProps>;
  const wanted = (f: Feature<Geometry, CountryProps>, list: string[]) => list.includes(String(f.id));
  const framed: FeatureCollection<Geometry, CountryProps> = {
    type: "FeatureCollection",
    features: all.features.filter((f) => wanted(f, FRAMED)),
  };
  const projection = geoMercator()
    .fitExtent(
      [
        [16, 16],
        [MAP_WIDTH - 16, MAP_HEIGHT - 16],
      ],
      framed,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const path = geoPath({ stream: (out) => projection.stream(thin(out, 2)) }).digits(0);
  const shapes = all.features
    .filter((f) => wanted(f, FRAMED) || wanted(f, CONTEXT))
    .map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "", framed: String(f.id) === FRAMED[0] }))
    .filter((s) => s.d.length > 0);
  cached = { shapes, project: (lon, lat) => projection([lon, lat]) };
  return cached;
}

/** Country outlines and every record that has coordinates, projected for an SVG map. */
export function mapData(): { shapes: MapShape[]; points: MapPoint[] } {
  const { shapes, project } = base();
  const points: MapPoint[] = [];
  const add = (
    kind: MapPoint["kind"],
    id: string,
    label: string,
    detail: string,
    loc: { lat: number; lon: number } | undefined,
  ) => {
    if (!loc) return;
    const xy = project(loc.lon, loc.lat);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > MAP_WIDTH || xy[1] > MAP_HEIGHT) return;
    points.push({ key: `${kind}:${id}`, kind, id, label, detail, href: hrefOf(kind, id), x: xy[0], y: xy[1], lat: loc.lat, lon: loc.lon });
  };
  for (const r of listRegions()) {
    if (r.kind === "country" || r.kind === "economic-region") continue;
    add("region", r.id, r.names.en, `${REGION_KIND.labels[r.kind]}, ${LOCATION_PRECISION.labels[r.centre?.precision ?? "approximate"].toLowerCase()} centre`, r.centre);
  }
  for (const d of listDeposits()) {
    add("deposit", d.id, d.names.en, `Deposit, location ${LOCATION_PRECISION.labels[d.location?.precision ?? "approximate"].toLowerCase()}`, d.location);
  }
  for (const h of listHeritageSites()) {
    add("heritage-site", h.id, h.names.en, "Heritage site", h.location);
  }
  return { shapes, points };
}
