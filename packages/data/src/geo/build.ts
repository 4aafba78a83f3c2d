/**
 * Turns the vendored boundary file (TopoJSON) into the GeoJSON the package ships, with a label
 * point for each polygon. Used at build time (scripts/build-geo.ts) and by tests; not part of
 * the package's runtime API, so topojson-client and polylabel are build dependencies only.
 */
import polylabel from "polylabel";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { BoundaryCollection, BoundaryFeature } from "./boundaries.js";

interface ShapeProperties {
  shapeID: string;
  shapeName: string;
}

/** Decimal places kept in coordinates: 5 is about 1 m, far finer than the simplified outline. */
const DIGITS = 5;

const round = (n: number) => Number(n.toFixed(DIGITS));

function roundRing(ring: Position[]): [number, number][] {
  return ring.map(([x, y]) => [round(x as number), round(y as number)]);
}

function polygons(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Shoelace area of a ring in squared degrees (only compared between rings of one shape). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    sum += (xj - xi) * (yj + yi);
  }
  return Math.abs(sum / 2);
}

/**
 * The label point of a shape: the pole of inaccessibility (polylabel) of its largest polygon,
 * the point inside farthest from its edges, found in a plane where a degree of longitude is
 * shrunk by cos(latitude) so that "farthest" is measured in roughly equal units. Always inside
 * the polygon, unlike a centroid, and never a town's coordinates.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const largest = polygons(geometry).reduce((best, p) => (ringArea(p[0] ?? []) > ringArea(best[0] ?? []) ? p : best));
  const outer = largest[0] ?? [];
  const meanLat = outer.reduce((s, p) => s + (p[1] as number), 0) / Math.max(outer.length, 1);
  const k = Math.cos((meanLat * Math.PI) / 180);
  const scaled = largest.map((ring) => ring.map(([x, y]) => [(x as number) * k, y as number] as [number, number]));
  const [x, y] = polylabel(scaled, 0.0005);
  return [round(x / k), round(y)];
}

/** Every polygon of a geoBoundaries TopoJSON as a feature with its id, name and label point. */
export function boundariesFromTopology(topology: Topology, meta: { dataset: string; attribution: string; licence: string }): BoundaryCollection {
  const [objectName] = Object.keys(topology.objects);
  if (objectName === undefined) throw new Error("the topology has no object");
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection<ShapeProperties>) as FeatureCollection<Polygon | MultiPolygon, ShapeProperties>;
  const features = collection.features.map((f: Feature<Polygon | MultiPolygon, ShapeProperties>): BoundaryFeature => {
    const geometry: Polygon | MultiPolygon =
      f.geometry.type === "Polygon"
        ? { type: "Polygon", coordinates: f.geometry.coordinates.map(roundRing) }
        : { type: "MultiPolygon", coordinates: f.geometry.coordinates.map((p) => p.map(roundRing)) };
    return {
      type: "Feature",
      id: f.properties.shapeID,
      properties: { shapeId: f.properties.shapeID, shapeName: f.properties.shapeName, label: labelPoint(geometry) },
      geometry,
    };
  });
  return { type: "FeatureCollection", dataset: meta.dataset, attribution: meta.attribution, licence: meta.licence, features };
}
