import type { Dataset } from "@karabakh-atlas/domain/vocabulary";
import raw from "../generated/dataset.json";
import { createAtlas } from "./atlas.js";

/** Every record of the atlas, validated at build time. */
export const dataset: Dataset = raw as unknown as Dataset;

/** The query API over the bundled dataset. */
export const atlas = createAtlas(dataset);

export { createAtlas, currentStatus, resolutionDate } from "./atlas.js";
export type {
  AnyRecord,
  Atlas,
  DepositFilter,
  EventFilter,
  HeritageFilter,
  OwnershipNode,
  RegionFilter,
  ResolutionFilter,
  SourceUse,
  StatisticFilter,
} from "./atlas.js";
export { createSearchIndex } from "./search.js";
export type { SearchDocument, SearchHit, SearchIndex, SearchOptions } from "./search.js";
export { didYouMean, nearest } from "./suggest.js";
export {
  CSV_LIST_SEPARATOR,
  EXPORT_TABLE_NAMES,
  describeTables,
  toCsv,
  toDatapackage,
  toGeoJSON,
  toJsonSchemas,
  toRows,
  withoutCoordinates,
} from "./exports.js";
export type {
  ExportFieldType,
  ExportForeignKey,
  ExportTableInfo,
  ExportTableName,
  GeoJsonFeature,
  GeoJsonFeatureCollection,
  GeoLayer,
} from "./exports.js";
