/**
 * Every CSV table (one per kind of record, then the long tables) as CSV text or plain rows, and
 * described for documentation: RFC 4180, UTF-8, a header row.
 */
import { stringify } from "csv-stringify/sync";
import { FIELDS, type ReadonlyDataset, type FieldRegistry } from "@karabakh-atlas/domain/vocabulary";
import type { ExportFieldType, ExportForeignKey, ExportTable } from "./columns.js";
import {
  companiesTable,
  depositsTable,
  eventsTable,
  heritageTable,
  programmesTable,
  regionsTable,
  resolutionsTable,
  sourcesTable,
  statisticsTable,
} from "./entity-tables.js";
import { citationsTable, claimsTable, figuresTable, linksTable, recordsTable } from "./long-tables.js";

/*
 * Every CSV table: one per kind of record (named after its folder, e.g. `regions`), then the
 * long tables `records`, `figures`, `links`, `claims` and `citations`.
 */
export const EXPORT_TABLES = [
  regionsTable,
  depositsTable,
  companiesTable,
  resolutionsTable,
  statisticsTable,
  heritageTable,
  eventsTable,
  programmesTable,
  sourcesTable,
  recordsTable,
  figuresTable,
  linksTable,
  claimsTable,
  citationsTable,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each table has its own row type
] as readonly ExportTable<any>[];

export type ExportTableName =
  | "regions"
  | "deposits"
  | "companies"
  | "resolutions"
  | "statistics"
  | "heritage-sites"
  | "events"
  | "programmes"
  | "sources"
  | "records"
  | "figures"
  | "links"
  | "claims"
  | "citations";

export const EXPORT_TABLE_NAMES = EXPORT_TABLES.map((t) => t.name) as readonly ExportTableName[];

/** What a table holds, for documentation: columns with their types and descriptions, keys. */
export interface ExportTableInfo {
  name: ExportTableName;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: readonly ExportForeignKey[];
  columns: { name: string; type: ExportFieldType; description: string }[];
}

/** Every CSV table, described (no data). */
export function describeTables(): ExportTableInfo[] {
  return EXPORT_TABLES.map((t) => ({
    name: t.name as ExportTableName,
    title: t.title,
    description: t.description,
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys,
    columns: t.columns.map(({ name, type, description }) => ({ name, type, description })),
  }));
}

function tableByName(name: string): ExportTable<unknown> {
  const table = EXPORT_TABLES.find((t) => t.name === name) as ExportTable<unknown> | undefined;
  if (!table) throw new Error(`unknown table '${name}'; expected one of: ${EXPORT_TABLE_NAMES.join(", ")}`);
  return table;
}

/** The rows of one table as plain objects (column name → value; missing values omitted). */
export function toRows(dataset: ReadonlyDataset, table: ExportTableName, fields: FieldRegistry = FIELDS): Record<string, string | number | boolean>[] {
  const spec = tableByName(table);
  return spec.rows(dataset, fields).map((row) => {
    const out: Record<string, string | number | boolean> = {};
    for (const column of spec.columns) {
      const value = column.value(row);
      if (value !== undefined) out[column.name] = value;
    }
    return out;
  });
}

/**
 * One table as CSV text: RFC 4180 (fields quoted when needed, CRLF line ends), UTF-8 without a
 * byte-order mark, a header row, empty cells for missing values, `true`/`false` for booleans.
 */
export function toCsv(dataset: ReadonlyDataset, table: ExportTableName, fields: FieldRegistry = FIELDS): string {
  const spec = tableByName(table);
  const header = spec.columns.map((c) => c.name);
  const rows = spec.rows(dataset, fields).map((row) =>
    spec.columns.map((c) => {
      const value = c.value(row);
      return value === undefined ? "" : typeof value === "boolean" ? String(value) : value;
    }),
  );
  return stringify([header, ...rows], { record_delimiter: "\r\n" });
}
