/**
 * The district boundaries as the package ships them (`generated/boundaries.json`, built from the
 * vendored geoBoundaries file, CC BY-SA 3.0) and the questions asked of them: which polygon a
 * region has, where its label goes, whether a point lies inside, when a district returned.
 * Functions take the collection as an argument so that `core` users bring their own copy.
 */
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon } from "geojson";
import type { Region, ReturnGroup } from "@karabakh-atlas/domain/vocabulary";

/** Id of the Source record of the vendored boundary dataset. */
export const BOUNDARY_DATASET = "geoboundaries-aze-adm2";

/** The attribution line every file or map drawn from the boundaries carries. */
export const BOUNDARY_ATTRIBUTION = "District boundaries: geoBoundaries (Runfola et al. 2020), gbOpen AZE-ADM2-54616110, from Wikipedia, CC BY-SA 3.0.";

/** The SPDX licence of the boundary geometry (the rest of the dataset is CC BY 4.0). */
export const BOUNDARY_LICENCE = "CC-BY-SA-3.0";

/** Kinds of region that must have a polygon or say why they have none. */
export const BOUNDED_KINDS: readonly string[] = ["district", "city", "autonomous-oblast"];

export interface BoundaryFeature {
  type: "Feature";
  id: string;
  properties: {
    shapeId: string;
    shapeName: string;
    /** Label point `[lon, lat]`: the polygon's pole of inaccessibility, always inside it. */
    label: [number, number];
  };
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryCollection {
  type: "FeatureCollection";
  dataset: string;
  attribution: string;
  licence: string;
  features: BoundaryFeature[];
}

const indexes = new WeakMap<BoundaryCollection, Map<string, BoundaryFeature>>();

function index(collection: BoundaryCollection): Map<string, BoundaryFeature> {
  let map = indexes.get(collection);
  if (!map) {
    map = new Map(collection.features.map((f) => [f.properties.shapeId, f]));
    indexes.set(collection, map);
  }
  return map;
}

/** The polygon a region links to (`boundary.shapeId`), or undefined when it has none. */
export function regionBoundary(collection: BoundaryCollection, region: Pick<Region, "boundary">): BoundaryFeature | undefined {
  if (!region.boundary || region.boundary.dataset !== collection.dataset) return undefined;
  return index(collection).get(region.boundary.shapeId);
}

/** The polygon with this shape id. */
export function boundaryById(collection: BoundaryCollection, shapeId: string): BoundaryFeature | undefined {
  return index(collection).get(shapeId);
}

/**
 * Where a region is labelled, `[lon, lat]`: from its polygon when it has one (never from its
 * town), else its own point (`centre`, a settlement's), else undefined.
 */
export function regionLabelPoint(collection: BoundaryCollection, region: Pick<Region, "boundary" | "centre">): [number, number] | undefined {
  const shape = regionBoundary(collection, region);
  if (shape) return shape.properties.label;
  return region.centre ? [region.centre.lon, region.centre.lat] : undefined;
}

/** True when the point `[lon, lat]` lies inside the polygon or on its edge (turf's point-in-polygon). */
export function containsPoint(shape: BoundaryFeature, point: [number, number]): boolean {
  return booleanPointInPolygon(point, shape.geometry);
}

/** Bounding box `[west, south, east, north]` of some polygons. */
export function boundsOf(shapes: readonly BoundaryFeature[]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (ring: number[][]) => {
    for (const [x, y] of ring as [number, number][]) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  };
  for (const shape of shapes) {
    const polys = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
    for (const poly of polys) for (const ring of poly) visit(ring);
  }
  return [w, s, e, n];
}

/**
 * When a region came back, in the groups the maps shade: from its control periods (the latest
 * period with a return), the year of its return dates and how it returned. Where the return
 * dates' sources give different years the group is `other`, not one year picked among them.
 */
export function returnGroup(region: Pick<Region, "control">): ReturnGroup {
  const periods = region.control
    .map((p) => ({ p, dates: p.returnedOn.filter((d) => d.assessment !== "erroneous").map((d) => d.date) }))
    .filter((x) => x.dates.length > 0);
  if (periods.length === 0) return "none";
  const latest = periods.reduce((a, b) => ([...b.dates].sort().at(-1)! > [...a.dates].sort().at(-1)! ? b : a));
  const years = new Set(latest.dates.map((d) => d.slice(0, 4)));
  if (years.size !== 1) return "other";
  const [year] = [...years];
  if (year === "2023") return "2023";
  if (year === "2020") {
    if (latest.p.returnMode === "trilateral-statement") return "2020-statement";
    if (latest.p.returnMode === "military-operation") return "2020-war";
  }
  return "other";
}
