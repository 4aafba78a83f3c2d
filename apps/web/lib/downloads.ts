import "server-only";
import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { describeTables } from "@karabakh-atlas/data";
import { ENTITY_KINDS } from "@karabakh-atlas/domain";
import { chartCsvRows, chartFiles } from "./charts";
import { dataPackageExports, dataset, meta } from "./data";

export interface DownloadFile {
  name: string;
  description: string;
  type: string;
  body: () => string | Uint8Array<ArrayBuffer>;
}

function csv(rows: Record<string, string | number | undefined>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(rows, { header: true, columns: columns.length > 0 ? columns : ["empty"], bom: false });
}

const TYPES: Record<string, string> = {
  csv: "text/csv",
  json: "application/json",
  geojson: "application/geo+json",
  zip: "application/zip",
  md: "text/markdown",
  sqlite: "application/vnd.sqlite3",
};

const typeOf = (name: string) => TYPES[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";

/** What each of the data package's export files holds, for the downloads page. */
function describeExport(name: string): string {
  const table = describeTables().find((t) => `${t.name}.csv` === name);
  if (table) return `${table.title}: ${table.description}`;
  if (name.endsWith(".schema.json")) {
    const what = name.replace(/\.schema\.json$/, "");
    return what === "dataset" ? "JSON Schema of the whole dataset" : `JSON Schema of a ${ENTITY_KINDS.find((k) => k.kind === what)?.label.toLowerCase() ?? what} record`;
  }
  const layer = /^(\w+)\.geojson$/.exec(name)?.[1];
  if (layer) return layer === "regions" ? "The districts and cities as polygons (geoBoundaries, CC BY-SA 3.0) with their label points, as GeoJSON (RFC 7946) for QGIS" : `The ${layer} that have coordinates, as GeoJSON points (RFC 7946) with their precision and sources, for QGIS`;
  const fixed: Record<string, string> = {
    "dataset.json": `The whole dataset, version ${meta().version}, as one JSON document, as the npm package ships it`,
    "datapackage.json": "Frictionless Tabular Data Package: every CSV with its field types, primary and foreign keys",
    "karabakh-atlas-data.zip": "Every file on this page but the chart data and the database, in one archive with its README",
    "karabakh-atlas.sqlite": "The whole dataset as one SQLite database: every table with its primary and foreign keys and indexes, for Datasette, DuckDB or any SQL client",
    "README.md": "What each file holds: the CSV conventions, every column, the licence and how to cite",
    "LICENSE-DATA.md": "The data's licence (CC BY 4.0) and the attribution of its sources",
    "LICENSE-BOUNDARIES.md": "The licence of the district boundaries (geoBoundaries, CC BY-SA 3.0) and how to attribute them",
  };
  return fixed[name] ?? "An export of the data package";
}

/** The answer to `GET /downloads/<name>`: the file with its type (UTF-8 for text), or a 404 body. */
export function downloadResponse(name: string): Response {
  const found = downloadFiles().find((f) => f.name === name);
  if (!found) return Response.json({ error: "not found", message: `No download named '${name}'.` }, { status: 404 });
  const charset = found.type.startsWith("text/") || found.type.includes("json") ? "; charset=utf-8" : "";
  return new Response(found.body(), {
    headers: { "content-type": `${found.type}${charset}`, "content-disposition": `inline; filename="${found.name}"` },
  });
}

/**
 * Every downloadable file: the data package's own exports (the same bytes as
 * `@karabakh-atlas/data/exports/*`, JSON Schemas flattened to `<kind>.schema.json`), each kind's
 * records as JSON, and the data behind each chart. A site built over another dataset (tests) has
 * no package exports, so its `dataset.json` is written from the dataset it shows.
 */
export function downloadFiles(): DownloadFile[] {
  const exports = dataPackageExports();
  const files: DownloadFile[] = exports.map(({ name, file }) => {
    const flat = name.slice(name.lastIndexOf("/") + 1);
    return { name: flat, description: describeExport(flat), type: typeOf(flat), body: () => new Uint8Array(readFileSync(file)) };
  });
  if (!files.some((f) => f.name === "dataset.json")) {
    files.push({ name: "dataset.json", description: describeExport("dataset.json"), type: "application/json", body: () => JSON.stringify(dataset(), null, 2) });
  }
  for (const k of ENTITY_KINDS) {
    files.push({ name: `${k.dir}.json`, description: `${k.plural}: every record as JSON`, type: "application/json", body: () => JSON.stringify(dataset()[k.dir], null, 2) });
  }
  for (const file of chartFiles()) {
    files.push({ name: file, description: "The data behind one chart on the statistics page", type: "text/csv", body: () => csv(chartCsvRows(file) ?? []) });
  }
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new Error(`Two downloads share a name: ${files.map((f) => f.name).join(", ")}`);
  return files;
}
