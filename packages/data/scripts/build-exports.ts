/**
 * Writes the open-data exports of `generated/dataset.json` to `generated/exports/`: the dataset
 * itself, one CSV per table, GeoJSON points, JSON Schemas, a Frictionless `datapackage.json`, a
 * README and a zip of all of them. Runs in the package's `build` after build-dataset.ts.
 * Output is deterministic: the same dataset gives byte-identical files, zip included.
 * `--out <dir>` writes elsewhere (used to check reproducibility).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import type { Dataset } from "@karabakh-atlas/domain";
import {
  CSV_LIST_SEPARATOR,
  describeTables,
  toCsv,
  toDatapackage,
  toGeoJSON,
  toJsonSchemas,
  toRows,
  withoutCoordinates,
  type GeoLayer,
} from "../src/exports.js";
import { writeSqlite } from "../src/sqlite.js";

export const SQLITE_NAME = "karabakh-atlas.sqlite";

export const ZIP_NAME = "karabakh-atlas-data.zip";

/** The README of the exports folder and zip, written from the table descriptions. */
export function exportsReadme(dataset: Dataset, files: readonly string[]): string {
  const { meta } = dataset;
  const lines: string[] = [];
  const geo = (layer: GeoLayer) => {
    const missing = withoutCoordinates(dataset, layer);
    const shown = toGeoJSON(dataset, layer).features.length;
    const what = layer === "regions" ? "regions (their `centre`)" : "deposits (their `location`)";
    return `- \`${layer}.geojson\`: ${shown} ${what}. ${missing.length} without coordinates ${missing.length === 1 ? "is" : "are"} left out${missing.length > 0 ? `: ${missing.map((id) => `\`${id}\``).join(", ")}` : ""}.`;
  };
  lines.push(
    `# ${meta.name} — data exports`,
    "",
    `Version ${meta.version}, records updated ${meta.updated}. Generated from \`dataset.json\` by the build of \`@karabakh-atlas/data\`; do not edit by hand.`,
    "",
    "## Licence and attribution",
    "",
    `The data is licensed under ${meta.licence} (Creative Commons Attribution 4.0 International, https://creativecommons.org/licenses/by/4.0/).`,
    "Each figure, date and relationship is attributed to its own source in `citations.csv` (and in `dataset.json`): keep that attribution when you reuse a value.",
    "",
    `Cite the dataset as: ${meta.citation}`,
    "",
    "## Files",
    "",
    "- `dataset.json`: every record, validated, as the npm package ships it. Nested as in the schema.",
    "- `schemas/dataset.schema.json` and `schemas/<kind>.schema.json`: JSON Schema (draft 2020-12) of the dataset and of each kind of record.",
    "- `datapackage.json`: a Frictionless Tabular Data Package describing every CSV (field types, primary and foreign keys).",
    "- `*.csv`: the tables below.",
    geo("regions"),
    geo("deposits"),
    `- \`${SQLITE_NAME}\`: every table below in one SQLite database (table names with \`_\` for \`-\`, e.g. \`heritage_sites\`), with primary keys, foreign keys, an index on every foreign key column, and \`_tables\`, \`_columns\` and \`_meta\` describing them. Open it with Datasette, DuckDB (\`ATTACH '${SQLITE_NAME}'\`) or \`sqlite3\`: \`SELECT d.name_en, r.name_en FROM deposits d JOIN regions r ON r.id = d.region\`.`,
    `- \`${ZIP_NAME}\`: all of the above but the database in one archive.`,
    "",
    "GeoJSON follows RFC 7946: WGS 84 points as `[longitude, latitude]`. Each feature's `precision` says how precise the point is (exact, approximate, nearest settlement, district centroid) and `location_sources` lists the sources of the point.",
    "",
    "## CSV conventions",
    "",
    "- RFC 4180: comma-separated, fields quoted with `\"` when needed, CRLF line ends, UTF-8 without byte-order mark, one header row.",
    "- An empty cell means the value is not given. Booleans are `true` / `false`.",
    "- Dates are given at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so they are text columns.",
    `- A cell holding several values separates them with \`${CSV_LIST_SEPARATOR}\` (e.g. \`copper${CSV_LIST_SEPARATOR}gold\`). Where sources disagree, every value is listed; which source says what is in the long tables.`,
    "- Ids are unique across all kinds. `records.csv` lists every record; `figures.csv`, `links.csv`, `claims.csv` and `citations.csv` are long tables whose `record_id` refers back to it.",
    "- Nested figures are flattened into `figures.csv`, one row per figure as one source states it (`field` is its path in `dataset.json`, e.g. `area[0]`, `observations[1]`). Competing figures are separate rows; none is merged.",
    "- Every citation is a row of `citations.csv` with `source_id`, `locator` and `excerpt`, and `figure_id`, `link_id` or `claim_id` naming what it supports (or only `field` for other fields, e.g. `centre`, `commodityCitations`).",
    "",
    "Loading, e.g. in pandas: `figures = pd.read_csv('figures.csv', keep_default_na=False, na_values=[''])`, then `figures.merge(pd.read_csv('citations.csv'), on='figure_id')`. In R: `read.csv('figures.csv', encoding = 'UTF-8', na.strings = '')`.",
    "",
    "## Tables",
    "",
  );
  for (const table of describeTables()) {
    const rows = toRows(dataset, table.name).length;
    lines.push(`### ${table.name}.csv — ${table.title} (${rows} rows)`, "", table.description, "", `Primary key: \`${table.primaryKey}\`.`);
    if (table.foreignKeys.length > 0) {
      lines.push(`Foreign keys: ${table.foreignKeys.map((fk) => `\`${fk.fields}\` → \`${fk.table}.${fk.field}\``).join(", ")}.`);
    }
    lines.push("", "| column | type | description |", "| --- | --- | --- |");
    for (const c of table.columns) lines.push(`| \`${c.name}\` | ${c.type} | ${c.description.replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  lines.push("## Contents", "", ...files.map((f) => `- \`${f}\``), "");
  return lines.join("\n");
}

/** Every export file by relative path, in a stable order (the zip and the README excepted). */
export function exportFiles(dataset: Dataset, datasetText: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set("dataset.json", datasetText);
  files.set("datapackage.json", `${JSON.stringify(toDatapackage(dataset), null, 2)}\n`);
  for (const table of describeTables()) files.set(`${table.name}.csv`, toCsv(dataset, table.name));
  for (const layer of ["regions", "deposits"] as const) files.set(`${layer}.geojson`, `${JSON.stringify(toGeoJSON(dataset, layer), null, 2)}\n`);
  for (const [name, schema] of Object.entries(toJsonSchemas())) files.set(`schemas/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  return files;
}

/** A zip of the files with a fixed timestamp (the dataset's update day), so builds are reproducible. */
export function zipFiles(files: Map<string, string>, updated: string): Uint8Array {
  const [year, month, day] = updated.split("-").map(Number);
  // Zip stores local time; building the date from local parts gives the same bytes in any time zone.
  const mtime = new Date(year ?? 1980, (month ?? 1) - 1, day ?? 1, 0, 0, 0);
  const encoder = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const name of [...files.keys()].sort()) entries[name] = [encoder.encode(files.get(name)), { mtime }];
  return zipSync(entries, { level: 9 });
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const packageRoot = join(here, "..");
  const datasetPath = join(packageRoot, "generated", "dataset.json");
  if (!existsSync(datasetPath)) {
    process.stderr.write("generated/dataset.json is missing: run `tsx scripts/build-dataset.ts` first (npm run build does both)\n");
    process.exit(1);
  }
  const started = performance.now();
  const datasetText = readFileSync(datasetPath, "utf8");
  const dataset = JSON.parse(datasetText) as Dataset;
  const files = exportFiles(dataset, datasetText);
  files.set("LICENSE-DATA.md", readFileSync(join(packageRoot, "LICENSE-DATA.md"), "utf8"));
  const listed = [...files.keys(), "README.md", SQLITE_NAME].sort();
  files.set("README.md", exportsReadme(dataset, listed));

  const outArg = process.argv.indexOf("--out");
  const out = outArg > 0 && process.argv[outArg + 1] ? resolve(process.argv[outArg + 1] as string) : join(packageRoot, "generated", "exports");
  rmSync(out, { recursive: true, force: true });
  for (const [name, text] of files) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), text);
  }
  const zip = zipFiles(files, dataset.meta.updated);
  writeFileSync(join(out, ZIP_NAME), zip);
  writeSqlite(dataset, join(out, SQLITE_NAME));
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`ok: wrote ${files.size + 2} export files to ${out} (zip ${Math.round(zip.length / 1024)} KiB) in ${ms} ms\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
