/**
 * The building blocks of the CSV tables: a column (name, Frictionless type, description, value of
 * a row), a table, and the columns and descriptions several tables share.
 */
import { ASSESSMENT, LOCATION_PRECISION, QUALIFIER, type Figure, type ReadonlyDataset, type DateClaim, type FieldRegistry, type Location, type Vocabulary } from "@karabakh-atlas/domain/vocabulary";

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
  rows: (dataset: ReadonlyDataset, fields: FieldRegistry) => readonly R[];
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

/** A figure's or claim's editorial assessment, where sources disagree. */
export const assessmentColumns = <R>(get: (row: R) => { assessment?: string; assessmentReason?: string; preferred?: boolean; note?: string }): ExportColumn<R>[] => [
  str("assessment", `Editorial assessment where sources disagree (${ASSESSMENT.values.join(", ")}); empty if not assessed.`, (r) => get(r).assessment),
  str("assessment_reason", "Why the assessment was made.", (r) => get(r).assessmentReason),
  col("preferred", "boolean", "True when ranked preferred among competing values.", (r) => get(r).preferred),
  str("note", "Editorial note.", (r) => get(r).note),
];

/**
 * A table of one kind of record, a row per record, keyed by `id`; `references` maps a column to
 * the table whose `id` it holds.
 */
export function recordTable<R>(
  name: string,
  title: string,
  description: string,
  references: Readonly<Record<string, string>>,
  rows: (dataset: ReadonlyDataset, fields: FieldRegistry) => readonly R[],
  columns: readonly ExportColumn<R>[],
): ExportTable<R> {
  const foreignKeys = Object.entries(references).map(([fields, table]) => ({ fields, table, field: "id" }));
  return { name, title, description, primaryKey: "id", foreignKeys, rows, columns };
}

/**
 * A figure's number as a source states it: value or range, qualifier, unit, date (figures.csv,
 * statistics.csv).
 */
export const figureColumns = <R>(get: (row: R) => Figure): ExportColumn<R>[] => [
  col("value", "number", "The stated value; empty for a range or a word such as 'hundreds'.", (r) => get(r).value),
  col("lower", "number", "Lower bound of a range.", (r) => get(r).lower),
  col("upper", "number", "Upper bound of a range.", (r) => get(r).upper),
  str("qualifier", `How the source qualifies the value: ${QUALIFIER.values.join(", ")}.`, (r) => get(r).qualifier),
  str("unit", "Unit of the value.", (r) => get(r).unit),
  str("as_of", "Date the figure describes (YYYY, YYYY-MM or YYYY-MM-DD).", (r) => get(r).asOf),
];

/** The sources a figure cites, each once. */
export const figureSourcesColumn = <R>(get: (row: R) => Figure): ExportColumn<R> =>
  str("sources", `Ids of the sources cited for the figure; ${listNote}.`, (r) => join([...new Set(get(r).citations.map((c) => c.source))]));
