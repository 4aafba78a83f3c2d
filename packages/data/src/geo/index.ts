/**
 * `@karabakh-atlas/data/geo`: the district boundaries (GeoJSON built from the vendored
 * geoBoundaries file; geometry CC BY-SA 3.0, see geo/LICENSE.md) with the questions asked of
 * them. A separate entry so that programs that draw no map do not load the polygons.
 */
import raw from "../../generated/boundaries.json";
import type { BoundaryCollection } from "./boundaries.js";

/** Every polygon of the vendored boundary dataset, with its label point. */
export const boundaries: BoundaryCollection = raw as unknown as BoundaryCollection;

export * from "./boundaries.js";
export { checkGeography, distanceToEdgeKm, enclosingBoundary, GEOGRAPHY_EXCEPTIONS, locatedRecords } from "./geography.js";
export type { GeographyException, GeographyMiss, LocatedRecord } from "./geography.js";
