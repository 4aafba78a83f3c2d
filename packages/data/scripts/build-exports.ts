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
import type { BoundaryCollection } from "../src/geo/boundaries.js";
import {
  CSV_LIST_SEPARATOR,
  describeTables,
  toCsv,
  toDatapackage,
  toGeoJSON,
  toJsonSchemas,
  toRows,
  withoutCoordinates,
  GEO_LAYERS,
  type GeoLayer,
} from "../src/exports.js";
import { writeSqlite } from "../src/sqlite.js";

export const SQLITE_NAME = "karabakh-atlas.sqlite";

export const ZIP_NAME = "karabakh-atlas-data.zip";

/** The README of the exports folder and zip, written from the table descriptions. */
export function exportsReadme(dataset: Dataset, files: readonly string[], boundaries: BoundaryCollection): string {
  const { meta } = dataset;
  const lines: string[] = [];
  const geo = (layer: GeoLayer) => {
    const missing = withoutCoordinates(dataset, layer, boundaries);
    const shown = toGeoJSON(dataset, layer, boundaries).features.length;
    const what = {
      regions: "districts and cities as polygons (CC BY-SA 3.0, see `LICENSE-BOUNDARIES.md`), each with its label point (`label_lon`, `label_lat`) and when it returned (`return_group`)",
      places: "towns and villages as points (their `centre`)",
      deposits: "deposits as points (their `location`)",
    }[layer];
    const left = { regions: "without a polygon", places: "without a point", deposits: "without a location (known only to their district)" }[layer];
    return `- \`${layer}.geojson\`: ${shown} ${what}. ${missing.length} ${left} ${missing.length === 1 ? "is" : "are"} left out${missing.length > 0 ? `: ${missing.map((id) => `\`${id}\``).join(", ")}` : ""}.`;
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
    ...GEO_LAYERS.map(geo),
    `- \`${SQLITE_NAME}\`: every table below in one SQLite database (table names with \`_\` for \`-\`, e.g. \`heritage_sites\`), with primary keys, foreign keys, an index on every foreign key column, and \`_tables\`, \`_columns\` and \`_meta\` describing them. Open it with Datasette, DuckDB (\`ATTACH '${SQLITE_NAME}'\`) or \`sqlite3\`: \`SELECT d.name_en, r.name_en FROM deposits d JOIN regions r ON r.id = d.region\`.`,
    `- \`${ZIP_NAME}\`: all of the above but the database in one archive.`,
    "",
    "GeoJSON follows RFC 7946: WGS 84 coordinates as `[longitude, latitude]`. Each feature has its `id`, `name` (English) and `name_az`, its `licence` and a `precision`: for a point, how precise it is (exact, approximate, nearest settlement, district) with `location_sources`, the sources of the point; for a polygon, `boundary` (a simplified outline).",
    "",
    "## Licence of the boundaries",
    "",
    `The polygons of \`regions.geojson\` come from geoBoundaries and are licensed under CC BY-SA 3.0 (share-alike), unlike the rest of the dataset: ${boundaries.attribution} See \`LICENSE-BOUNDARIES.md\`. They are simplified: there is no polygon for the former Nagorno-Karabakh Autonomous Oblast or the former Aghdara district (their records say why and which districts hold them today), Fuzuli, Agdam and Tartar are drawn whole, and there is no line of contact.`,
    "",
    "## Opening the GeoJSON in QGIS",
    "",
    "In QGIS (3.x), choose Layer → Add Layer → Add Vector Layer…, pick `regions.geojson` as the source and press Add, then do the same for `places.geojson` and `deposits.geojson` (or drag the three files onto the map canvas). Each opens as one layer in WGS 84 (EPSG:4326). To shade the districts by when they returned, open the regions layer's Properties → Symbology, choose Categorized with the value `return_group` and press Classify; to label them, Properties → Labels → Single Labels with the value `name`. To place labels at each district's label point rather than where QGIS chooses, set the label placement's geometry generator to `make_point(\"label_lon\", \"label_lat\")`. Keep the attribution line above on any map you publish.",
    "",
    "## CSV conventions",
    "",
    "- RFC 4180: comma-separated, fields quoted with `\"` when needed, CRLF line ends, UTF-8 without byte-order mark, one header row.",
    "- An empty cell means the value is not given. Booleans are `true` / `false`.",
    "- Dates are given at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so they are text columns.",
    `- A cell holding several values separates them with \`${CSV_LIST_SEPARATOR}\` (e.g. \`copper${CSV_LIST_SEPARATOR}gold\`). Where sources disagree, every value is listed; which source says what is in the long tables.`,
    "- Ids are unique across all kinds. `records.csv` lists every record; `figures.csv`, `links.csv`, `claims.csv` and `citations.csv` are long tables whose `record_id` refers back to it.",
    "- Nested figures are flattened into `figures.csv`, one row per figure as one source states it (`field` is its path in `dataset.json`, e.g. `area[0]`, `observations[1]`). Competing figures are separate rows; none is merged.",
    "- `statistics.csv` is long and tidy: one row per observation, with the statistic's title, category, population and region beside its value, range, qualifier, unit, date and sources (`figure_id` joins it to `figures.csv` and `citations.csv`).",
    "- Every citation is a row of `citations.csv` with `source_id`, `locator` and `excerpt`, and `figure_id`, `link_id` or `claim_id` naming what it supports (or only `field` for other fields, e.g. `centre`, `commodityCitations`).",
    "",
    "Loading, e.g. in pandas: `stats = pd.read_csv('statistics.csv', keep_default_na=False, na_values=[''])` (`value`, `lower` and `upper` are numbers), then `stats.merge(pd.read_csv('citations.csv'), on='figure_id')` for each figure's citations. In R: `read.csv('statistics.csv', encoding = 'UTF-8', na.strings = '')`.",
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
export function exportFiles(dataset: Dataset, datasetText: string, boundaries: BoundaryCollection): Map<string, string> {
  const files = new Map<string, string>();
  files.set("dataset.json", datasetText);
  files.set("datapackage.json", `${JSON.stringify(toDatapackage(dataset), null, 2)}\n`);
  for (const table of describeTables()) files.set(`${table.name}.csv`, toCsv(dataset, table.name));
  for (const layer of GEO_LAYERS) files.set(`${layer}.geojson`, `${JSON.stringify(toGeoJSON(dataset, layer, boundaries), null, 2)}\n`);
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
  const boundaries = JSON.parse(readFileSync(join(packageRoot, "generated", "boundaries.json"), "utf8")) as BoundaryCollection;
  const files = exportFiles(dataset, datasetText, boundaries);
  files.set("LICENSE-DATA.md", readFileSync(join(packageRoot, "LICENSE-DATA.md"), "utf8"));
  files.set("LICENSE-BOUNDARIES.md", readFileSync(join(packageRoot, "geo", "LICENSE.md"), "utf8"));
  const listed = [...files.keys(), "README.md", SQLITE_NAME].sort();
  files.set("README.md", exportsReadme(dataset, listed, boundaries));

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
