/**
 * Open-data exports of a dataset: CSV tables (RFC 4180, UTF-8, header row), GeoJSON point
 * layers, JSON Schemas and a Frictionless Data Package descriptor. Pure functions: a dataset
 * in, text or plain objects out; no I/O. The data package's build writes them to
 * `generated/exports/`; the CLI and the web app call the same functions.
 */
export { CSV_LIST_SEPARATOR } from "./exports/columns.js";
export type { ExportFieldType, ExportForeignKey } from "./exports/columns.js";
export { EXPORT_TABLE_NAMES, describeTables, toCsv, toRows } from "./exports/csv.js";
export type { ExportTableInfo, ExportTableName } from "./exports/csv.js";
export { GEO_LAYERS, toGeoJSON, withoutCoordinates } from "./geo/geojson.js";
export type { GeoJsonFeature, GeoJsonFeatureCollection, GeoLayer } from "./geo/geojson.js";
export { toDatapackage, toJsonSchemas } from "./exports/datapackage.js";
