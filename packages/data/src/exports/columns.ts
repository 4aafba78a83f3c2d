/**
 * The building blocks of the CSV tables: a column (name, Frictionless type, description, value of
 * a row), a table, and the columns and descriptions several tables share.
 */
import { LOCATION_PRECISION, type Dataset, type DateClaim, type FieldRegistry, type Location, type Vocabulary } from "@karabakh-atlas/domain/vocabulary";

/** Separator of several values in one CSV cell (e.g. `copper | gold`). */
export const CSV_LIST_SEPARATOR = " | ";

export type Cell = string | number | boolean | undefined;
/** Frictionless Table Schema field types used by the exports. */
export type ExportFieldType = "string" | "integer" | "number" | "boolean";

export interface ExportColumn<R> {
  name: string;
  type: ExportFieldType;
  description: string;
  value: (row: R) => Cell;
}

export interface ExportForeignKey {
  fields: string;
  /** Table (CSV file name without `.csv`) and field the value refers to. */
  table: string;
  field: string;
}

/** One CSV table: its name (file `<name>.csv`), what a row is, its columns and keys. */
export interface ExportTable<R = unknown> {
  name: string;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: readonly ExportForeignKey[];
  columns: readonly ExportColumn<R>[];
  /** The rows of a dataset; the long tables find their fields through the registry. */
  rows: (dataset: Dataset, fields: FieldRegistry) => R[];
}

export const join = (values: readonly (string | number | undefined)[]): string | undefined => {
  const present = values.filter((v): v is string | number => v !== undefined && v !== "");
  return present.length > 0 ? present.map(String).join(CSV_LIST_SEPARATOR) : undefined;
};
export const dates = (claims: readonly DateClaim[]): string | undefined => join(claims.map((c) => c.date));
export const col = <R>(name: string, type: ExportFieldType, description: string, value: (row: R) => Cell): ExportColumn<R> => ({
  name,
  type,
  description,
  value,
});
export const str = <R>(name: string, description: string, value: (row: R) => Cell) => col<R>(name, "string", description, value);

/** A vocabulary's values as a description: `a, b or c`. */
export function anyOf(vocabulary: Vocabulary): string {
  const values = vocabulary.values;
  return values.length > 1 ? `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}` : (values[0] ?? "");
}

export function nameColumns<R extends { id: string; names: { en: string; az?: string; ru?: string; hy?: string }; aliases: { name: string }[] }>(): ExportColumn<R>[] {
  return [
    str("id", "Stable id of the record.", (r) => r.id),
    str("name_en", "English name.", (r) => r.names.en),
    str("name_az", "Azerbaijani name.", (r) => r.names.az),
    str("name_ru", "Russian name.", (r) => r.names.ru),
    str("name_hy", "Armenian-used name.", (r) => r.names.hy),
    str("aliases", `Other names in use, separated by '${CSV_LIST_SEPARATOR.trim()}'.`, (r) => join(r.aliases.map((a) => a.name))),
  ];
}

export function locationColumns<R>(prefix: string, get: (row: R) => Location | undefined): ExportColumn<R>[] {
  return [
    col(`${prefix}_lat`, "number", "Latitude, WGS 84.", (r) => get(r)?.lat),
    col(`${prefix}_lon`, "number", "Longitude, WGS 84.", (r) => get(r)?.lon),
    str(`${prefix}_precision`, `How precise the point is: ${LOCATION_PRECISION.values.join(", ")}.`, (r) => get(r)?.precision),
  ];
}

export const listNote = `several values are separated by '${CSV_LIST_SEPARATOR.trim()}'`;
