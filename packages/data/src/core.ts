/**
 * The data package without its bundled records: the query API, search, exports and suggestions,
 * for a program that brings its own dataset (`createAtlas(dataset)`, or `datasetFromParts` to
 * read one kind at a time) and should not pay for parsing the bundled one.
 */
export {
  DEPOSIT_SCOPES,
  createAtlas,
  currentStatus,
  currentStatusClaims,
  datedObservations,
  hasCurrentStatus,
  inDepositScope,
  resolutionDate,
} from "./atlas.js";
export type {
  AnyRecord,
  Atlas,
  AtlasOptions,
  Backlink,
  CompanyFilter,
  Facet,
  DepositFilter,
  DepositScope,
  DistrictDepositCount,
  EventFilter,
  HeritageFilter,
  OwnershipNode,
  OwnershipStep,
  RegionFilter,
  ResolutionFilter,
  SourceFilter,
  SourceUse,
  StatisticFilter,
} from "./atlas.js";
export { FILTER_SPECS, FilterError, acceptedValues, filterSpecs } from "./filters.js";
export type { FilterOf, FilterProblemReason, FilterSpec, FilterValueType } from "./filters.js";
export { createSearchIndex } from "./search.js";
export { TIMELINE_PERIODS, eventYears, periodOf } from "./timeline.js";
export type { TimelinePeriod } from "./timeline.js";
export { depositRow, largestReserve, tonnesOf } from "./deposit-table.js";
export type { DepositRow } from "./deposit-table.js";
export { areComparable, comparisonKey, comparisons, figureNumber, headlineOf, isSeries, seriesPoints, statedInSeveralUnits, statisticUnits } from "./statistics.js";
export type { Comparison, ComparisonRow, Headline, SeriesPoint } from "./statistics.js";
export type { SearchDocument, SearchHit, SearchIndex, SearchOptions } from "./search.js";
export { didYouMean, nearest } from "./suggest.js";
export {
  CSV_LIST_SEPARATOR,
  EXPORT_TABLE_NAMES,
  GEO_LAYERS,
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
export { DATASET_PARTS, datasetFromParts, datasetParts } from "./parts.js";
export type { DatasetPart } from "./parts.js";
export {
  BOUNDARY_ATTRIBUTION,
  BOUNDARY_DATASET,
  BOUNDARY_LICENCE,
  BOUNDED_KINDS,
  boundaryById,
  boundsOf,
  containsPoint,
  regionBoundary,
  regionLabelPoint,
  returnGroup,
} from "./geo/boundaries.js";
export type { BoundaryCollection, BoundaryFeature } from "./geo/boundaries.js";
