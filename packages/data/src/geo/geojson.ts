/**
 * The GeoJSON layers of the exports (RFC 7946, WGS 84, `[lon, lat]`): `regions` (the polygons of
 * the districts and cities with a `boundary`, each with its label point), `places` (the points of
 * settlements, their `centre`) and `deposits` (every deposit with a `location`). Every feature
 * carries its ids, names, how precise its geometry is, and its licence: the polygons are
 * CC BY-SA 3.0 (geoBoundaries), the points CC BY 4.0 with the rest of the dataset.
 */
import { LOCATION_PRECISION, RETURN_GROUP, type ReadonlyDataset, type Location } from "@karabakh-atlas/domain/vocabulary";
import type { MultiPolygon, Polygon } from "geojson";
import { currentStatus } from "../atlas.js";
import { BOUNDARY_ATTRIBUTION, BOUNDED_KINDS, BOUNDARY_LICENCE, regionBoundary, returnGroup, type BoundaryCollection } from "./boundaries.js";

type Properties = Record<string, string | number | boolean | string[] | null>;

export interface GeoJsonFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] } | Polygon | MultiPolygon;
  properties: Properties;
}
export interface GeoJsonFeatureCollection {
  type: "FeatureCollection";
  features: GeoJsonFeature[];
}
export const GEO_LAYERS = ["regions", "places", "deposits"] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];

/** The licence of the dataset's own records (points, names, ids). */
const DATA_LICENCE = "CC-BY-4.0";

function pointFeature(id: string, location: Location, properties: Properties, licence: string): GeoJsonFeature {
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [location.lon, location.lat] },
    properties: {
      id,
      ...properties,
      precision: location.precision,
      precision_label: LOCATION_PRECISION.labels[location.precision],
      location_sources: [...new Set(location.citations.map((c) => c.source))],
      licence,
    },
  };
}

/**
 * One layer as a FeatureCollection. The `regions` layer needs the boundaries (the data
 * package's `@karabakh-atlas/data/geo` entry exports them as `boundaries`).
 */
export function toGeoJSON(dataset: ReadonlyDataset, layer: GeoLayer, boundaries?: BoundaryCollection): GeoJsonFeatureCollection {
  if (!GEO_LAYERS.includes(layer)) throw new Error(`unknown layer '${String(layer)}'; expected ${GEO_LAYERS.join(", ")}`);
  if (layer === "regions") {
    if (!boundaries) throw new Error("the regions layer needs the boundaries (import { boundaries } from '@karabakh-atlas/data/geo')");
    const features = dataset.regions.flatMap((r): GeoJsonFeature[] => {
      const shape = regionBoundary(boundaries, r);
      if (!shape) return [];
      const group = returnGroup(r);
      return [
        {
          type: "Feature",
          id: r.id,
          geometry: shape.geometry,
          properties: {
            id: r.id,
            kind: "region",
            name: r.names.en,
            name_az: r.names.az ?? null,
            region_kind: r.kind,
            parent: r.parent ?? null,
            admin_centre: r.adminCentre ?? null,
            shape_id: shape.properties.shapeId,
            shape_name: shape.properties.shapeName,
            label_lon: shape.properties.label[0],
            label_lat: shape.properties.label[1],
            return_group: group,
            return_group_label: RETURN_GROUP.labels[group],
            precision: "boundary",
            precision_label: "Simplified administrative boundary (geoBoundaries ADM2); the label point is the polygon's pole of inaccessibility",
            licence: BOUNDARY_LICENCE,
            attribution: BOUNDARY_ATTRIBUTION,
          },
        },
      ];
    });
    return { type: "FeatureCollection", features };
  }
  if (layer === "places") {
    const features = dataset.regions.flatMap((r) =>
      r.centre ? [pointFeature(r.id, r.centre, { kind: "region", name: r.names.en, name_az: r.names.az ?? null, region_kind: r.kind, parent: r.parent ?? null }, DATA_LICENCE)] : [],
    );
    return { type: "FeatureCollection", features };
  }
  const features = dataset.deposits.flatMap((d) =>
    d.location
      ? [
          pointFeature(
            d.id,
            d.location,
            { kind: "deposit", name: d.names.en, name_az: d.names.az ?? null, region: d.region, commodities: [...d.commodities], status: currentStatus(d) ?? null },
            DATA_LICENCE,
          ),
        ]
      : [],
  );
  return { type: "FeatureCollection", features };
}

/**
 * Ids of the records a layer leaves out: districts and cities without a polygon, settlements
 * without a point, deposits without a location.
 */
export function withoutCoordinates(dataset: ReadonlyDataset, layer: GeoLayer, boundaries?: BoundaryCollection): string[] {
  if (layer === "regions") {
    return dataset.regions.filter((r) => BOUNDED_KINDS.includes(r.kind) && !(boundaries ? regionBoundary(boundaries, r) : r.boundary)).map((r) => r.id);
  }
  if (layer === "places") return dataset.regions.filter((r) => ["town", "village", "settlement"].includes(r.kind) && !r.centre).map((r) => r.id);
  return dataset.deposits.filter((d) => !d.location).map((d) => d.id);
}
