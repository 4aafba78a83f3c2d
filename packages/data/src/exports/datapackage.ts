/** The JSON Schemas and the Frictionless Data Package descriptor (`datapackage.json`) of the tables. */
import type { ReadonlyDataset } from "@karabakh-atlas/domain/vocabulary";
// One copy in the package, read as a JSON module at run time (left out of the bundle: tsup.config.ts).
import schemas from "../../generated/json-schemas.json" with { type: "json" };
import { EXPORT_TABLES } from "./csv.js";

/**
 * JSON Schemas (draft 2020-12) by file name: `dataset.schema.json` and `<kind>.schema.json`.
 * They are the domain's `datasetJsonSchema()` and `entityJsonSchema(kind)`, generated at build
 * time (scripts/build-modules.ts), so that this package never loads zod; each call returns new
 * objects.
 */
export function toJsonSchemas(): Record<string, Record<string, unknown>> {
  return structuredClone(schemas) as Record<string, Record<string, unknown>>;
}

/**
 * A Frictionless Tabular Data Package descriptor (`datapackage.json`) for the CSV tables:
 * field types, primary keys and foreign keys. Paths are relative to the descriptor.
 */
export function toDatapackage(dataset: ReadonlyDataset): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "karabakh-atlas",
    title: dataset.meta.name,
    description: "Sourced records of the districts of Azerbaijan occupied in 1992–1994 and the former Nagorno-Karabakh Autonomous Oblast, which came under Azerbaijani control in 2020 and 2023: regions, deposits, companies, UN documents, statistics, heritage sites, events, programmes and sources. Every figure and relationship is cited (citations.csv).",
    version: dataset.meta.version,
    created: dataset.meta.updated,
    licenses: [{ name: dataset.meta.licence, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    citation: dataset.meta.citation,
    resources: EXPORT_TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        missingValues: [""],
        primaryKey: [t.primaryKey],
        // The Table Schema profile wants at least one foreign key where the key is given: a
        // table without any leaves it out (`foreignKeys: []` is rejected by Frictionless).
        ...(t.foreignKeys.length > 0
          ? {
              foreignKeys: t.foreignKeys.map((fk) => ({
                fields: [fk.fields],
                reference: { resource: fk.table === t.name ? "" : fk.table, fields: [fk.field] },
              })),
            }
          : {}),
      },
    })),
  };
}

