import "server-only";
import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { describeTables, type ExportTableName } from "@karabakh-atlas/data";
import { ENTITY_KINDS } from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { chartCsvRows, chartFiles } from "./charts";
import { dataPackageExports, dataset, meta } from "./data";
import { translator, type Lang, type MessageKey } from "./i18n";

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

/** Each CSV table's line (its title and what it holds, as the data package's `describeTables` says it). */
const TABLE_TEXT: Readonly<Record<ExportTableName, MessageKey>> = {
  regions: "web.downloads.table.regions",
  deposits: "web.downloads.table.deposits",
  companies: "web.downloads.table.companies",
  resolutions: "web.downloads.table.resolutions",
  statistics: "web.downloads.table.statistics",
  "heritage-sites": "web.downloads.table.heritage-sites",
  events: "web.downloads.table.events",
  programmes: "web.downloads.table.programmes",
  sources: "web.downloads.table.sources",
  records: "web.downloads.table.records",
  figures: "web.downloads.table.figures",
  links: "web.downloads.table.links",
  claims: "web.downloads.table.claims",
  citations: "web.downloads.table.citations",
};

/** The GeoJSON layers' lines. */
const LAYER_TEXT: Readonly<Record<string, MessageKey>> = {
  regions: "web.downloads.geo.regions",
  places: "web.downloads.geo.places",
  deposits: "web.downloads.geo.deposits",
};

/** The other files' lines. */
const FIXED_TEXT: Readonly<Record<string, MessageKey>> = {
  "dataset.json": "web.downloads.file.dataset-json",
  "datapackage.json": "web.downloads.file.datapackage-json",
  "karabakh-atlas-data.zip": "web.downloads.file.zip",
  "karabakh-atlas.sqlite": "web.downloads.file.sqlite",
  "README.md": "web.downloads.file.readme",
  "LICENSE-DATA.md": "web.downloads.file.licence-data",
  "LICENSE-BOUNDARIES.md": "web.downloads.file.licence-boundaries",
};

/** What each of the data package's export files holds, for the downloads page, in a language. */
function describeExport(name: string, lang: Lang): string {
  const { t } = translator(lang);
  const table = describeTables().find((x) => `${x.name}.csv` === name);
  if (table) return t(TABLE_TEXT[table.name]);
  if (name.endsWith(".schema.json")) {
    const what = name.replace(/\.schema\.json$/, "");
    const kind = ENTITY_KINDS.find((k) => k.kind === what)?.kind;
    if (what === "dataset" || !kind) return what === "dataset" ? t("web.downloads.schema-dataset") : t("web.downloads.schema-record", { kind: what });
    // In running text: lower case, but an abbreviation (`UN document`) as written.
    const label = kindLabel(lang, kind);
    return t("web.downloads.schema-record", { kind: /^\p{Lu}\p{Lu}/u.test(label) ? label : lowerFirst(lang, label) });
  }
  const layer = /^(\w+)\.geojson$/.exec(name)?.[1];
  const layerKey = layer ? LAYER_TEXT[layer] : undefined;
  if (layerKey) return t(layerKey);
  const fixed = FIXED_TEXT[name];
  return fixed ? t(fixed, { version: meta().version }) : t("web.downloads.file.other");
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
export function downloadFiles(lang: Lang = "en"): DownloadFile[] {
  const { t } = translator(lang);
  const exports = dataPackageExports();
  const files: DownloadFile[] = exports.map(({ name, file }) => {
    const flat = name.slice(name.lastIndexOf("/") + 1);
    return { name: flat, description: describeExport(flat, lang), type: typeOf(flat), body: () => new Uint8Array(readFileSync(file)) };
  });
  if (!files.some((f) => f.name === "dataset.json")) {
    files.push({ name: "dataset.json", description: describeExport("dataset.json", lang), type: "application/json", body: () => JSON.stringify(dataset(), null, 2) });
  }
  for (const k of ENTITY_KINDS) {
    files.push({ name: `${k.dir}.json`, description: t("web.downloads.kind-json", { kinds: kindLabel(lang, k.kind, true) }), type: "application/json", body: () => JSON.stringify(dataset()[k.dir], null, 2) });
  }
  for (const file of chartFiles()) {
    files.push({ name: file, description: t("web.downloads.chart"), type: "text/csv", body: () => csv(chartCsvRows(file) ?? []) });
  }
  const names = new Set(files.map((f) => f.name));
  if (names.size !== files.length) throw new Error(`Two downloads share a name: ${files.map((f) => f.name).join(", ")}`);
  return files;
}
