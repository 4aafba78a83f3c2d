/**
 * Files of the temporary consumer project: the same checks written as an ESM module, a CommonJS
 * module and TypeScript for each module mode. Each runtime script prints one JSON line.
 */
import type TypeScript from "typescript";

/** What both runtime scripts print, computed through the public API only. */
const probe = (load: string) => `
${load}
const kalbajar = data.atlas.region("kalbajar");
const out = {
  version: data.atlas.meta.version,
  sameDataset: data.dataset.meta.version === datasetJson.meta.version && data.dataset.regions.length === datasetJson.regions.length,
  kalbajar: kalbajar ? kalbajar.names.en : null,
  search: data.atlas.search("Qizilbulaq").map((h) => h.id),
  figure: domain.formatFigure({ value: 70000, qualifier: "more-than", unit: "person" }),
  schemaOk: domain.DatasetSchema.safeParse(data.dataset).success,
  tables: data.EXPORT_TABLE_NAMES.length,
  regionsCsvHeader: data.toCsv(data.dataset, "regions").split("\\r\\n")[0],
  datapackageResources: data.toDatapackage(data.dataset).resources.length,
  validateIsFunction: typeof validate.validateDirectory === "function",
  // The browser-safe entry: an index built from the atlas's documents, sent through JSON as a site would.
  searchEntry: search.createSearchIndex(JSON.parse(JSON.stringify(data.atlas.searchDocuments()))).search("Drmbon").map((h) => h.id)[0],
  searchEntrySame:
    JSON.stringify(search.createSearchIndex(data.atlas.searchDocuments()).search("Kelbecer")) === JSON.stringify(data.atlas.search("Kelbecer")),
  // The export files (CSV, GeoJSON, Data Package) are not in the npm package: toCsv and the downloads make them.
  exportsFile: (() => {
    try {
      return resolveFile("@karabakh-atlas/data/exports/regions.csv");
    } catch (error) {
      return error.code ?? "error";
    }
  })(),
  datasetExport: resolveFile("@karabakh-atlas/data/exports/dataset.json"),
  // The exported dataset cannot be changed under the atlas: it is frozen all the way down.
  frozen: (() => {
    const before = data.atlas.deposits().length;
    try {
      data.dataset.deposits.pop();
    } catch {}
    try {
      data.dataset.deposits[0].names.en = "changed";
    } catch {}
    return data.atlas.deposits().length === before && data.dataset.deposits[0].names.en !== "changed";
  })(),
  createAtlasError: (() => {
    try {
      data.createAtlas({});
      return "no error";
    } catch (error) {
      return error.constructor.name + ": " + error.message;
    }
  })(),
};
console.log(JSON.stringify(out));
`;

export const ESM = probe(`
import * as data from "@karabakh-atlas/data";
import * as domain from "@karabakh-atlas/domain";
import * as validate from "@karabakh-atlas/data/validate";
import * as search from "@karabakh-atlas/data/search";
import datasetJson from "@karabakh-atlas/data/dataset.json" with { type: "json" };
import { fileURLToPath } from "node:url";
const resolveFile = (specifier) => fileURLToPath(import.meta.resolve(specifier));
`);

export const CJS = probe(`
const data = require("@karabakh-atlas/data");
const domain = require("@karabakh-atlas/domain");
const validate = require("@karabakh-atlas/data/validate");
const search = require("@karabakh-atlas/data/search");
const datasetJson = require("@karabakh-atlas/data/dataset.json");
const resolveFile = (specifier) => require.resolve(specifier);
`);

/**
 * Type-checked usage. The `@ts-expect-error` lines fail the compile if the types were `any`
 * or missing, so a passing tsc run shows the declarations really resolved.
 */
const typed = (header: string) => `${header}
const region: Region | undefined = atlas.region("kalbajar");
const name: string | undefined = region?.names.en;
const version: string = atlas.meta.version;
const all: ReadonlyDataset = dataset;
// @ts-expect-error the bundled dataset is read-only (and frozen at run time)
dataset.deposits.pop();
const copy: Dataset = structuredClone(dataset) as Dataset;
const deposits: Deposit[] = atlas.deposits();
const api: Atlas = atlas;
const csv: string = toCsv(dataset, "figures");
const table: ExportTableName = "citations";
const collection: GeoJsonFeatureCollection = toGeoJSON(dataset, "deposits");
const text: string = formatFigure({ value: 1, qualifier: "about", unit: "person" });
const parsed = DatasetSchema.safeParse(all);
const check = validateDirectory;
const documents: readonly SearchDocument[] = atlas.searchDocuments();
const hits: SearchHit[] = createSearchIndex(documents).search("Drmbon", { limit: 5 });
// @ts-expect-error a search document needs its key, kind, id, title, names, aliases and text
createSearchIndex([{ id: "x" }]);
// @ts-expect-error a version is a string, not a number
const wrong: number = atlas.meta.version;
// @ts-expect-error there is no table of that name
toCsv(dataset, "no-such-table");
// @ts-expect-error createAtlas needs a Dataset
createAtlas({ regions: 1 });
export const used = [name, version, csv, table, collection, text, parsed.success, check, wrong, hits, copy, deposits, api];
`;

const IMPORTS = (validatePath: string) => `import { atlas, createAtlas, dataset, toCsv, toGeoJSON, type Atlas, type ExportTableName, type GeoJsonFeatureCollection } from "@karabakh-atlas/data";
import { validateDirectory } from "${validatePath}";
import { createSearchIndex, type SearchDocument, type SearchHit } from "@karabakh-atlas/data/search";
import { DatasetSchema, formatFigure, type Dataset, type Deposit, type ReadonlyDataset, type Region } from "@karabakh-atlas/domain";`;

/** An ES module (`.mts`): checked under node16 and nodenext. */
export const TS_ESM = typed(IMPORTS("@karabakh-atlas/data/validate"));
/** A CommonJS module (`.cts`): the same imports compile to `require`, resolved through the `require` conditions. */
export const TS_CJS = typed(IMPORTS("@karabakh-atlas/data/validate"));
/** For a bundler (`.ts`, moduleResolution bundler). */
export const TS_BUNDLER = typed(IMPORTS("@karabakh-atlas/data/validate"));

export function tsconfig(mode: "node16" | "nodenext" | "bundler", files: string[]): string {
  const compilerOptions =
    mode === "bundler"
      ? { module: "esnext", moduleResolution: "bundler" }
      : { module: mode, moduleResolution: mode };
  return JSON.stringify(
    {
      compilerOptions: {
        ...compilerOptions,
        target: "es2022",
        lib: ["es2023", "dom"],
        strict: true,
        noEmit: true,
        // node16 also checks the shipped .d.ts/.d.cts files themselves; the other modes only
        // how they resolve and type the usage (zod's declarations make a full check slow).
        skipLibCheck: mode !== "node16",
        types: [],
        resolveJsonModule: true,
      },
      files,
    },
    null,
    2,
  );
}

/**
 * What an editor shows on hover (TypeScript's quick info) for `marker` in `source`, a file of the
 * consumer project `dir` that imports the installed packages.
 */
export function quickInfo(ts: typeof TypeScript, dir: string, source: string, marker: string): string {
  const file = `${dir}/hover.mts`;
  const options: TypeScript.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    types: [],
  };
  const read = (name: string) => (name === file ? source : ts.sys.readFile(name));
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = read(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: read,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const at = source.indexOf(marker);
  if (at < 0) throw new Error(`marker ${marker} not in the source`);
  const info = service.getQuickInfoAtPosition(file, at);
  return ts.displayPartsToString(info?.displayParts ?? []);
}
