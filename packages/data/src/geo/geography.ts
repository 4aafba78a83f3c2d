/**
 * Where the located records lie against the district polygons: every record with a point (a
 * settlement's `centre`, a deposit's or heritage site's `location`) should fall inside the
 * polygon of its region (the nearest region up its `parent` chain that has a `boundary`).
 * Exceptions are declared here with their reason, never silently tolerated.
 */
import type { ReadonlyDataset, Location, Region } from "@karabakh-atlas/domain/vocabulary";
import { containsPoint, regionBoundary, type BoundaryCollection, type BoundaryFeature } from "./boundaries.js";

export interface LocatedRecord {
  kind: "region" | "deposit" | "heritage-site";
  id: string;
  location: Location;
  /** The region whose polygon should hold the point. */
  region: string;
}

/** A point outside the polygon it should be in, with its distance from that polygon's edge. */
export interface GeographyMiss {
  kind: LocatedRecord["kind"];
  id: string;
  region: string;
  point: [number, number];
  /** Kilometres from the point to the nearest edge of the polygon (roughly, on a local plane). */
  distanceKm: number;
}

export interface GeographyException {
  kind: LocatedRecord["kind"];
  id: string;
  reason: string;
}

/**
 * Points known to lie outside their region's polygon, and why. A mine across the state border
 * (as Soyudlu/Zod) would be declared here if its point fell in Armenia; the point the atlas has
 * for Soyudlu (its infobox point) lies inside the Kalbajar polygon, so it needs no exception. An exception for a record whose
 * point lies inside its polygon is stale (the geography test fails on it); one for a record
 * without a point waits for the point.
 */
export const GEOGRAPHY_EXCEPTIONS: readonly GeographyException[] = [
  {
    kind: "region",
    id: "shusha-city",
    reason:
      "Coarse simplified outline: Shusha's town point (39.758 N, 46.748 E) lies about 0.2 km outside the simplified 'Shusha City' polygon of geoBoundaries.",
  },

];

/** The polygon a region's points should lie in: its own, or the nearest ancestor's. */
export function enclosingBoundary(collection: BoundaryCollection, regions: ReadonlyMap<string, Region>, id: string): { region: string; shape: BoundaryFeature } | undefined {
  const seen = new Set<string>();
  let current = regions.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const shape = regionBoundary(collection, current);
    if (shape) return { region: current.id, shape };
    current = current.parent ? regions.get(current.parent) : undefined;
  }
  return undefined;
}

/** Every record with a point, and the region whose polygon should hold it. */
export function locatedRecords(dataset: ReadonlyDataset): LocatedRecord[] {
  const out: LocatedRecord[] = [];
  for (const r of dataset.regions) if (r.centre) out.push({ kind: "region", id: r.id, location: r.centre, region: r.id });
  for (const d of dataset.deposits) if (d.location) out.push({ kind: "deposit", id: d.id, location: d.location, region: d.region });
  for (const h of dataset["heritage-sites"]) if (h.location) out.push({ kind: "heritage-site", id: h.id, location: h.location, region: h.region });
  return out;
}

function distanceToRingKm(point: [number, number], ring: number[][]): number {
  const k = Math.cos((point[1] * Math.PI) / 180);
  const px = point[0] * k;
  const py = point[1];
  let best = Infinity;
  for (let i = 1; i < ring.length; i++) {
    const [ax, ay] = ring[i - 1] as [number, number];
    const [bx, by] = ring[i] as [number, number];
    const x1 = ax * k;
    const x2 = bx * k;
    const dx = x2 - x1;
    const dy = by - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - ay) * dy) / len));
    const d = Math.hypot(px - (x1 + t * dx), py - (ay + t * dy));
    if (d < best) best = d;
  }
  return best * 111.32;
}

/** Kilometres from a point to the nearest edge of a polygon. */
export function distanceToEdgeKm(shape: BoundaryFeature, point: [number, number]): number {
  const polys = shape.geometry.type === "Polygon" ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  return Math.min(...polys.flatMap((p) => p.map((ring) => distanceToRingKm(point, ring))));
}

/**
 * Located records outside their region's polygon. Records whose region (and its ancestors) has
 * no polygon are not tested and are returned in `untested`.
 */
export function checkGeography(dataset: ReadonlyDataset, collection: BoundaryCollection): { misses: GeographyMiss[]; tested: LocatedRecord[]; untested: LocatedRecord[] } {
  const regions = new Map(dataset.regions.map((r) => [r.id, r]));
  const misses: GeographyMiss[] = [];
  const tested: LocatedRecord[] = [];
  const untested: LocatedRecord[] = [];
  for (const rec of locatedRecords(dataset)) {
    const enclosing = enclosingBoundary(collection, regions, rec.region);
    if (!enclosing) {
      untested.push(rec);
      continue;
    }
    tested.push(rec);
    const point: [number, number] = [rec.location.lon, rec.location.lat];
    if (!containsPoint(enclosing.shape, point)) {
      misses.push({ kind: rec.kind, id: rec.id, region: enclosing.region, point, distanceKm: distanceToEdgeKm(enclosing.shape, point) });
    }
  }
  return { misses, tested, untested };
}
