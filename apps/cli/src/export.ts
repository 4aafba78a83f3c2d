/**
 * CSV and GeoJSON output. The tables and layers are the data package's open-data exports
 * (`toCsv`, `toGeoJSON`), so the CLI, the web downloads and `generated/exports/` agree; this
 * module only narrows them to the records a command selected.
 */
import { ENTITY_KIND_TABLE, type EntityKind, type ReadonlyDataset } from "@karabakh-atlas/domain/vocabulary";
import { renameSync, rmSync } from "node:fs";
import { toCsv, toGeoJSON, withoutCoordinates, type BoundaryCollection, type ExportTableName, type GeoJsonFeatureCollection, type GeoLayer } from "@karabakh-atlas/data/core";
import { writeSqlite } from "@karabakh-atlas/data/sqlite";
import { notFoundError } from "./errors.js";
import { ENGLISH, type Texts } from "./i18n.js";

/**
 * The dataset with only these records of one kind; the other kinds stay, since a row may be
 * written from them (a statistic's title names its region and event).
 */
function only(dataset: ReadonlyDataset, kind: EntityKind, records: readonly unknown[]): ReadonlyDataset {
  const dir = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
  return { ...dataset, [dir]: records } as ReadonlyDataset;
}

/**
 * Records of one kind as that kind's CSV table: one row per record, or for statistics one row
 * per observation (the data package's tidy `statistics` table).
 */
export function recordsCsv(dataset: ReadonlyDataset, kind: EntityKind, records: readonly unknown[]): string {
  const table = (ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind) as ExportTableName;
  return toCsv(only(dataset, kind, records), table);
}

/** A whole table of the dataset. */
export function tableCsv(dataset: ReadonlyDataset, table: ExportTableName): string {
  return toCsv(dataset, table);
}

/**
 * One layer (region polygons, places or deposits), or all three in one collection. A layer with
 * no feature is an error (exit 1) that says which records it lacks, never a silent empty file.
 */
export function geoJson(dataset: ReadonlyDataset, boundaries: BoundaryCollection, layer?: GeoLayer, tx: Texts = ENGLISH): GeoJsonFeatureCollection {
  const layers: GeoLayer[] = layer ? [layer] : ["regions", "places", "deposits"];
  const features = layers.flatMap((l) => toGeoJSON(dataset, l, boundaries).features);
  if (layer && features.length === 0) {
    const missing = withoutCoordinates(dataset, layer, boundaries);
    const what = { regions: tx.t("cli.export.no-polygon"), places: tx.t("cli.export.no-point"), deposits: tx.t("cli.export.no-location") }[layer];
    const ids = missing.length > 0 ? `: ${missing.slice(0, 8).join(", ")}${missing.length > 8 ? ", …" : ""}` : "";
    throw notFoundError(tx.t("cli.export.empty-layer", { what, layer, count: missing.length, ids }));
  }
  return { type: "FeatureCollection", features };
}

/**
 * The data package's SQLite database of the dataset, written to `file` (replacing it, as the
 * other formats do): built beside it under a temporary name, then renamed into place.
 */
export function exportSqlite(dataset: ReadonlyDataset, file: string, tx: Texts = ENGLISH): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    rmSync(partial, { force: true });
    writeSqlite(dataset, partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw notFoundError(tx.t("cli.error.cannot-write", { file, reason: code }));
    throw error;
  }
}
