/** The GeoJSON point layers: regions (their centre) and deposits (their location). */
import { LOCATION_PRECISION, type Dataset, type Location } from "@karabakh-atlas/domain/vocabulary";
import { currentStatus } from "../atlas.js";

export interface GeoJsonFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | string[] | null>;
}
export interface GeoJsonFeatureCollection {
  type: "FeatureCollection";
  features: GeoJsonFeature[];
}
export type GeoLayer = "regions" | "deposits";

function pointFeature(id: string, location: Location, properties: GeoJsonFeature["properties"]): GeoJsonFeature {
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
    },
  };
}

/**
 * Points of the regions (their `centre`) or deposits (their `location`) as a GeoJSON
 * FeatureCollection (RFC 7946: WGS 84, `[lon, lat]`). Each point carries its precision; records
 * without coordinates are left out (see `withoutCoordinates`).
 */
export function toGeoJSON(dataset: Dataset, layer: GeoLayer): GeoJsonFeatureCollection {
  if (layer !== "regions" && layer !== "deposits") throw new Error(`unknown layer '${String(layer)}'; expected regions or deposits`);
  const features =
    layer === "regions"
      ? dataset.regions.flatMap((r) =>
          r.centre
            ? [pointFeature(r.id, r.centre, { kind: "region", name: r.names.en, name_az: r.names.az ?? null, region_kind: r.kind, parent: r.parent ?? null })]
            : [],
        )
      : dataset.deposits.flatMap((d) =>
          d.location
            ? [
                pointFeature(d.id, d.location, {
                  kind: "deposit",
                  name: d.names.en,
                  name_az: d.names.az ?? null,
                  region: d.region,
                  commodities: [...d.commodities],
                  status: currentStatus(d) ?? null,
                }),
              ]
            : [],
        );
  return { type: "FeatureCollection", features };
}

/** Ids of the records of a layer that have no coordinates and so are not in its GeoJSON. */
export function withoutCoordinates(dataset: Dataset, layer: GeoLayer): string[] {
  return layer === "regions" ? dataset.regions.filter((r) => !r.centre).map((r) => r.id) : dataset.deposits.filter((d) => !d.location).map((d) => d.id);
}
