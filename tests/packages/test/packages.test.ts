/**
 * The packages as a consumer gets them: `npm pack` both, install the tarballs in a temporary
 * project, import them from ESM, CommonJS and type-checked TypeScript (node16, nodenext,
 * bundler), then check the shipped exports with validators this project did not write.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check as checkGeoJSON } from "@placemarkio/check-geojson";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as DataPackage from "@karabakh-atlas/data";
import type { Dataset } from "@karabakh-atlas/domain";
import { lintTarball, packAll, repoRoot } from "../scripts/lint-packages.mjs";
import ts from "typescript";
import { CJS, ESM, TS_BUNDLER, TS_CJS, TS_ESM, quickInfo, tsconfig } from "./consumer.js";
import { exampleScript, readmeBlocks } from "./readme-examples.js";
import { transformSync } from "esbuild";

type Row = Record<string, string>;
/** The installed tarball's module, loaded by path so that it is the packed copy, not the workspace. */
type DataModule = typeof DataPackage;
type Json = Record<string, unknown>;
type FeatureCollection = { type: string; features: { id?: unknown; geometry: unknown; properties: Json | null }[] };

let work: string;
let packed: Record<string, { tarball: string; files: string[]; sizes: Record<string, number>; unpackedSize: number }>;
let exportsDir: string;
let dataset: Json & { meta: { version: string } };

/** The environment of a child npm, without the settings of the npm script running this test. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(config|package|lifecycle)_/i.test(key) && !/^npm_config_(cache|registry)$/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env: cleanEnv() });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const readCsv = (name: string): Row[] =>
  parse(readFileSync(join(exportsDir, `${name}.csv`), "utf8"), { columns: true, bom: false, relax_quotes: false, relax_column_count: false }) as Row[];
const readJson = (name: string): Json => JSON.parse(readFileSync(join(exportsDir, name), "utf8")) as Json;

/** Follows a path such as `control[0].occupiedOn[1]` or `ownership[0].share` into an object. */
function at(value: unknown, path: string): unknown {
  if (path === "") return value;
  return path
    .split(/\.|(?=\[)/)
    .reduce<unknown>((current, part) => {
      if (current === undefined || current === null) return undefined;
      const index = /^\[(\d+)\]$/.exec(part);
      return index ? (current as unknown[])[Number(index[1])] : (current as Json)[part];
    }, value);
}

/** Every record with its kind folder, from dataset.json. */
function records(): { dir: string; record: Json }[] {
  return Object.entries(dataset)
    .filter(([key]) => key !== "meta")
    .flatMap(([dir, list]) => (list as Json[]).map((record) => ({ dir, record })));
}

/** Every citation in a value, with its path, found by walking the JSON (independent of the exporter). */
function citationsIn(value: unknown, path: string, out: { path: string; citation: Json }[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => citationsIn(v, `${path}[${i}]`, out));
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (/^citations$|Citations$/.test(key) && Array.isArray(child)) {
      child.forEach((c, i) => out.push({ path: `${childPath}[${i}]`, citation: c as Json }));
    } else citationsIn(child, childPath, out);
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "karabakh-atlas-consumer-"));
  packed = packAll(join(work, "packs"));
  const domain = packed["@karabakh-atlas/domain"];
  const data = packed["@karabakh-atlas/data"];
  if (!domain || !data) throw new Error(`npm pack did not produce both packages: ${Object.keys(packed).join(", ")}`);
  writeFileSync(
    join(work, "package.json"),
    JSON.stringify({
      name: "karabakh-atlas-consumer",
      private: true,
      dependencies: { "@karabakh-atlas/domain": `file:${domain.tarball}`, "@karabakh-atlas/data": `file:${data.tarball}` },
    }),
  );
  // zod and the other dependencies come from the npm cache that the repository's install filled.
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], work);
  // The export files as the data package's build writes them (the downloads serve these bytes);
  // they are not in the npm package, which ships the dataset once and makes them with toCsv & co.
  exportsDir = join(repoRoot, "packages", "data", "generated", "exports");
  // The dataset ships once, as generated/dataset.json (also `@karabakh-atlas/data/exports/dataset.json`).
  dataset = JSON.parse(readFileSync(join(work, "node_modules", "@karabakh-atlas", "data", "generated", "dataset.json"), "utf8")) as typeof dataset;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("CITATION.cff", () => {
  it("is CFF 1.2.0 with the required keys, and its version is the data package's and the dataset's", () => {
    const cff = parseYaml(readFileSync(join(repoRoot, "CITATION.cff"), "utf8")) as Json;
    expect(cff["cff-version"]).toBe("1.2.0");
    expect(typeof cff.message).toBe("string");
    expect(typeof cff.title).toBe("string");
    const authors = cff.authors as Json[];
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(typeof author.name === "string" || typeof author["family-names"] === "string").toBe(true);
    expect(["software", "dataset"]).toContain(cff.type);
    expect(String(cff["date-released"])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(cff.license).toEqual(expect.arrayContaining(["CC-BY-4.0", "MIT"]));
    const dataPackage = JSON.parse(readFileSync(join(repoRoot, "packages", "data", "package.json"), "utf8")) as { version: string };
    const policy = "see .changeset/README.md: CITATION.cff version, packages/data/package.json version and records/meta.yaml version move together";
    expect(cff.version, policy).toBe(dataPackage.version);
    expect(dataset.meta.version, policy).toBe(dataPackage.version);
  });
});

describe("tarballs", () => {
  it("ship only what users need", () => {
    const domainFiles = packed["@karabakh-atlas/domain"]?.files ?? [];
    const dataFiles = packed["@karabakh-atlas/data"]?.files ?? [];
    for (const files of [domainFiles, dataFiles]) {
      expect(files).toEqual(expect.arrayContaining(["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]));
      expect(files.filter((f) => /^(src|scripts|records|test)\/|tsconfig|tsup\.config|vitest\.config|\.test\./.test(f))).toEqual([]);
    }
    expect(dataFiles).toEqual(expect.arrayContaining(["LICENSE-DATA.md", "geo/LICENSE.md", "geo/geoBoundaries-AZE-ADM2_simplified.topojson", "generated/boundaries.json", "generated/dataset.json"]));
    // The export files are made from the dataset (toCsv, toGeoJSON, toDatapackage; the downloads;
    // `karabakh-atlas export`), so the package does not ship them as a second copy of the data.
    expect(dataFiles.filter((f) => f.startsWith("generated/exports/"))).toEqual([]);
  });

  it("are lean: the dataset once (not inlined in the code), no source maps, little beside the dataset", () => {
    const data = packed["@karabakh-atlas/data"];
    if (!data) throw new Error("the data package was not packed");
    for (const { files } of Object.values(packed)) expect(files.filter((f) => f.endsWith(".map") || f.startsWith("src/") || f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.endsWith(".d.cts"))).toEqual([]);
    // One copy of the records: generated/dataset.json. Not again in the exports, a zip or a database.
    expect(data.files.filter((f) => /dataset\.json$|\.zip$|\.sqlite$/.test(f))).toEqual(["generated/dataset.json"]);
    const datasetSize = data.sizes["generated/dataset.json"] ?? 0;
    expect(datasetSize).toBeGreaterThan(100_000);
    for (const f of data.files.filter((f) => f.startsWith("dist/"))) expect(data.sizes[f], `${f} holds the dataset`).toBeLessThan(datasetSize / 2);
    // The boundaries likewise once: generated/boundaries.json, imported by `./geo` at run time.
    const boundariesSize = data.sizes["generated/boundaries.json"] ?? 0;
    expect(boundariesSize).toBeGreaterThan(50_000);
    const installed = join(work, "node_modules", "@karabakh-atlas", "data");
    // Each polygon's label point, as its longitude: a file with most of them holds the polygons.
    // (The shape ids and names alone are in the validator, which checks the names without the map.)
    const labels = (JSON.parse(readFileSync(join(installed, "generated", "boundaries.json"), "utf8")) as { features: { properties: { label: [number, number] } }[] }).features.map((f) => String(f.properties.label[0]));
    expect(labels.length).toBeGreaterThan(10);
    for (const f of data.files.filter((f) => /^dist\/.*\.c?js$/.test(f))) {
      const code = readFileSync(join(installed, f), "utf8");
      expect(labels.filter((label) => code.includes(label)).length, `${f} holds the boundaries`).toBeLessThan(labels.length / 2);
    }
    // The JSON Schemas likewise once: generated/json-schemas.json, not a string in each format's code.
    expect(data.files).toContain("generated/json-schemas.json");
    for (const f of data.files.filter((f) => /^dist\/.*\.c?js$/.test(f))) expect(readFileSync(join(installed, f), "utf8"), `${f} holds the JSON Schemas`).not.toContain("draft/2020-12/schema");
    // The code and its declarations: 1.3 MB when the schemas were inlined twice and the types
    // spelled out in every declaration file; 328 kB with them named and the schemas read at run time.
    const code = data.files.filter((f) => f.startsWith("dist/")).reduce((sum, f) => sum + (data.sizes[f] ?? 0), 0);
    expect(code).toBeLessThanOrEqual(400_000);
    // 8.4 MB with the dataset inlined twice and source maps; 4.26 MB with the dataset once but the
    // CSV views, GeoJSON and Data Package beside it and every type spelled out; the plain bound
    // holds with the export files left to toCsv & co. and the downloads.
    expect(data.unpackedSize).toBeLessThanOrEqual(2.5 * 1024 * 1024);
  });

  it("name their repository, homepage and issue tracker", () => {
    for (const name of ["@karabakh-atlas/domain", "@karabakh-atlas/data", "@karabakh-atlas/cli"]) {
      const dir = name.replace("@karabakh-atlas/", "");
      const manifest = JSON.parse(readFileSync(join(repoRoot, dir === "cli" ? "apps" : "packages", dir, "package.json"), "utf8")) as Json & { repository: Json; bugs: Json };
      expect(manifest.repository.url, name).toMatch(/^git\+https:\/\/.+\.git$/);
      expect(manifest.repository.directory, name).toBe(`${dir === "cli" ? "apps" : "packages"}/${dir}`);
      expect(String(manifest.homepage), name).toMatch(/^https:\/\//);
      expect(String(manifest.bugs.url), name).toMatch(/^https:\/\/.+\/issues$/);
    }
  });

  it("pass publint (strict) and attw (strict profile) with no problems", () => {
    for (const [name, { tarball }] of Object.entries(packed)) {
      const result = lintTarball(tarball);
      expect(result.publint.status, `${name} publint:\n${result.publint.output}`).toBe(0);
      expect(result.publint.output).toContain("All good!");
      expect(result.attw.status, `${name} attw:\n${result.attw.output}`).toBe(0);
      expect(result.attw.output).toContain("No problems found");
    }
  }, 120_000);
});

describe("imported by a consumer", () => {
  it("loads the same API from ESM and CommonJS", () => {
    writeFileSync(join(work, "esm.mjs"), ESM);
    writeFileSync(join(work, "cjs.cjs"), CJS);
    const esm = JSON.parse(run(process.execPath, ["esm.mjs"], work)) as Json;
    const cjs = JSON.parse(run(process.execPath, ["cjs.cjs"], work)) as Json;
    expect(cjs).toEqual(esm);
    expect(esm).toMatchObject({
      version: dataset.meta.version,
      sameDataset: true,
      kalbajar: "Kalbajar District",
      figure: "more than 70,000 people",
      schemaOk: true,
      tables: 14,
      datapackageResources: 14,
      validateIsFunction: true,
      searchEntry: "gyzylbulag",
      searchEntrySame: true,
      exportsFile: "ERR_PACKAGE_PATH_NOT_EXPORTED",
      datasetExport: join(work, "node_modules", "@karabakh-atlas", "data", "generated", "dataset.json"),
      frozen: true,
      createAtlasError: expect.stringMatching(/^TypeError: createAtlas: the dataset has no meta, regions, .*; expected a validated dataset: `dataset` from @karabakh-atlas\/data/),
    });
    expect(esm.search).toContain("gyzylbulag");
    expect(String(esm.regionsCsvHeader)).toMatch(/^id,name_en,name_az,/);
  });

  it("editors show the types by name: Atlas, Deposit[], Region, ReadonlyDataset (not every field spelled out)", () => {
    const source = [
      'import { atlas, dataset } from "@karabakh-atlas/data";',
      "const api = atlas;",
      "const deposits = atlas.deposits();",
      'const region = atlas.region("kalbajar");',
      "const all = dataset;",
      "const kinds = dataset.statistics;",
      "export { api, deposits, region, all, kinds };",
    ].join("\n");
    const hover = (marker: string) => quickInfo(ts, work, source, marker);
    expect(hover("api =")).toBe("const api: Atlas");
    expect(hover("deposits =")).toBe("const deposits: Deposit[]");
    expect(hover("region =")).toBe("const region: Region | undefined");
    expect(hover("all =")).toBe("const all: ReadonlyDataset");
    expect(hover("kinds =")).toBe("const kinds: readonly Statistic[]");
    // A method keeps its own signature, in the names of the domain's types.
    expect(hover("deposits()")).toBe("(property) deposits: (filter?: DepositFilter) => Deposit[]");
    // The data package's declarations are lean now that the types are named: 107 kB (index.d.ts)
    // and 132 kB (core.d.ts) when each spelled out the records' fields, 32 kB at most since.
    const data = packed["@karabakh-atlas/data"];
    const declarations = (data?.files ?? []).filter((f) => /\.d\.c?ts$/.test(f)).map((f) => data?.sizes[f] ?? 0);
    expect(declarations.length).toBeGreaterThan(4);
    expect(Math.max(...declarations)).toBeLessThan(60_000);
  });

  for (const mode of ["node16", "nodenext", "bundler"] as const) {
    it(`type-checks with TypeScript, module ${mode}`, () => {
      const files = mode === "bundler" ? [`${mode}.ts`] : [`${mode}-esm.mts`, `${mode}-cjs.cts`];
      if (mode === "bundler") writeFileSync(join(work, `${mode}.ts`), TS_BUNDLER);
      else {
        writeFileSync(join(work, `${mode}-esm.mts`), TS_ESM);
        writeFileSync(join(work, `${mode}-cjs.cts`), TS_CJS);
      }
      writeFileSync(join(work, `tsconfig.${mode}.json`), tsconfig(mode, files));
      const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
      const result = spawnSync(tsc, ["-p", `tsconfig.${mode}.json`, "--listFiles"], { cwd: work, encoding: "utf8" });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
      // The declarations came from the installed tarballs, the CJS file through the `require` condition.
      const listed = result.stdout.split("\n");
      expect(listed.some((f) => f.endsWith("node_modules/@karabakh-atlas/data/dist/index.d.ts"))).toBe(true);
      if (mode !== "bundler") expect(listed.some((f) => f.endsWith("node_modules/@karabakh-atlas/data/dist/index.d.cts"))).toBe(true);
    }, 180_000);
  }
});

describe("the export files (as the data package's build writes them and the downloads serve them; the npm package makes them with toCsv & co.)", () => {
  it("dataset.json is valid against the shipped JSON Schema (ajv, draft 2020-12)", async () => {
    const { toJsonSchemas } = (await import(join(work, "node_modules", "@karabakh-atlas", "data", "dist", "index.js"))) as DataModule;
    const schemas = toJsonSchemas();
    const readJson = (name: string): Json => schemas[name.replace(/^schemas\//, "")] as Json;
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(readJson("schemas/dataset.schema.json"));
    expect(validate(dataset), ajv.errorsText(validate.errors)).toBe(true);
    // The schema is not vacuous: a record without its required names fails.
    const broken = structuredClone(dataset) as unknown as { regions: Json[] };
    delete broken.regions[0]?.names;
    expect(validate(broken)).toBe(false);
    // Each record is valid against the schema of its kind.
    const kinds: Record<string, string> = { regions: "region", deposits: "deposit", companies: "company", resolutions: "resolution", statistics: "statistic", "heritage-sites": "heritage-site", events: "event", programmes: "programme", sources: "source" };
    const checks = new Map(Object.entries(kinds).map(([dir, kind]) => [dir, ajv.compile(readJson(`schemas/${kind}.schema.json`))]));
    for (const { dir, record } of records()) {
      const check = checks.get(dir);
      if (!check) throw new Error(`no schema for ${dir}`);
      expect(check(record), `${dir}/${String(record.id)}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  });

  it("GeoJSON passes @placemarkio/check-geojson and leaves out records without coordinates", async () => {
    const regions = dataset.regions as Json[];
    const deposits = dataset.deposits as Json[];
    const readme = readFileSync(join(exportsDir, "README.md"), "utf8");
    for (const [layer, list, field, what] of [["places", regions, "centre", "towns and villages as points"], ["deposits", deposits, "location", "deposits as points"]] as const) {
      const collection = checkGeoJSON(readFileSync(join(exportsDir, `${layer}.geojson`), "utf8")) as unknown as FeatureCollection;
      expect(collection.type).toBe("FeatureCollection");
      const withPoint = list.filter((r) => r[field]);
      expect(collection.features.map((f) => f.id)).toEqual(withPoint.map((r) => r.id));
      for (const feature of collection.features) {
        const location = list.find((r) => r.id === feature.id)?.[field] as { lat: number; lon: number; precision: string };
        expect(feature.geometry).toEqual({ type: "Point", coordinates: [location.lon, location.lat] });
        expect(feature.properties?.precision).toBe(location.precision);
        expect(feature.properties?.licence).toBe("CC-BY-4.0");
      }
      expect(readme).toContain(`\`${layer}.geojson\`: ${withPoint.length} ${what}`);
    }
    expect(readme).toContain(`${deposits.filter((d) => !d.location).length} without a location`);
    // The districts and cities with a boundary, as polygons under the boundaries' own licence.
    const polygons = checkGeoJSON(readFileSync(join(exportsDir, "regions.geojson"), "utf8")) as unknown as FeatureCollection;
    expect(polygons.features.map((f) => f.id)).toEqual(regions.filter((r) => r.boundary).map((r) => r.id));
    for (const feature of polygons.features) {
      expect(["Polygon", "MultiPolygon"]).toContain((feature.geometry as { type: string }).type);
      expect(feature.properties?.licence).toBe("CC-BY-SA-3.0");
    }
    expect(readme).toContain(`\`regions.geojson\`: ${polygons.features.length} districts and cities as polygons`);
    // The exporter puts points in [lon, lat] order: checked on a dataset that has a centre.
    const { toGeoJSON } = (await import(join(work, "node_modules", "@karabakh-atlas", "data", "dist", "index.js"))) as DataModule;
    const placed = structuredClone(dataset) as never as Dataset;
    const first = placed.regions.find((r) => r.kind !== "district");
    if (!first) throw new Error("dataset has no region other than districts");
    first.centre = { lat: 40.1, lon: 46.03, precision: "approximate", citations: [{ source: "s", locator: "p. 1", excerpt: "e" }] };
    const collection = checkGeoJSON(JSON.stringify(toGeoJSON(placed, "places"))) as unknown as FeatureCollection;
    expect(collection.features.find((f) => f.id === first.id)?.geometry).toEqual({ type: "Point", coordinates: [46.03, 40.1] });
  });

  it("each kind's CSV parses back (csv-parse) to the records", async () => {
    // A statistic has no title field: its CSV row carries the title the atlas makes from its fields.
    const datapackage = readJson("datapackage.json") as { resources: { name: string }[] };
    for (const { name } of datapackage.resources.filter((r) => r.name in dataset && r.name !== "statistics")) {
      const rows = readCsv(name);
      const list = dataset[name] as Json[];
      expect(rows.map((r) => r.id), name).toEqual(list.map((r) => r.id));
      rows.forEach((row, i) => {
        const record = list[i] as Json & { names?: Record<string, string>; title?: string };
        if (record.names) {
          expect(row.name_en).toBe(record.names.en);
          expect(row.name_az).toBe(record.names.az ?? "");
        } else expect(row.title).toBe(record.title);
      });
    }
    const deposits = readCsv("deposits");
    (dataset.deposits as { commodities: string[] }[]).forEach((d, i) => expect(deposits[i]?.commodities?.split(" | ")).toEqual(d.commodities));
    const records = readCsv("records");
    expect(records.map((r) => r.id).sort()).toEqual(
      Object.entries(dataset)
        .filter(([k]) => k !== "meta")
        .flatMap(([, list]) => (list as Json[]).map((r) => String(r.id)))
        .sort(),
    );
  });

  it("statistics.csv is long and tidy: a row per observation, in clean columns (numbers where numbers are)", async () => {
    // What `pd.read_csv("statistics.csv", keep_default_na=False, na_values=[""])` reads, checked
    // with a CSV parser: the columns, one type per column, one value per cell.
    const { atlas } = (await import(join(work, "node_modules", "@karabakh-atlas", "data", "dist", "index.js"))) as DataModule;
    const text = readFileSync(join(exportsDir, "statistics.csv"), "utf8");
    const header = (parse(text, { to_line: 1 }) as string[][])[0] ?? [];
    expect(header.slice(0, 12)).toEqual(["statistic_id", "title", "category", "population", "region", "value", "lower", "upper", "qualifier", "unit", "as_of", "sources"]);
    const rows = parse(text, { columns: true, cast: (value, context) => (value === "" ? null : ["value", "lower", "upper"].includes(String(context.column)) ? Number(value) : value) }) as Record<string, string | number | null>[];
    type Statistic = { id: string; subject: string; category: string; population: string; observations: Record<string, unknown>[] };
    const statistics = dataset.statistics as Statistic[];
    const observations = statistics.flatMap((s) => s.observations.map((o, i) => ({ s, o, i })));
    expect(rows).toHaveLength(observations.length);
    observations.forEach(({ s, o, i }, n) => {
      const row = rows[n] ?? {};
      expect(row.statistic_id).toBe(s.id);
      expect(row.figure_id).toBe(`${s.id}/observations[${i}]`);
      expect(row.title).toBe(atlas.statisticTitle(s as never));
      expect([row.category, row.population, row.region]).toEqual([s.category, s.population, s.subject]);
      for (const column of ["value", "lower", "upper"]) expect(row[column], `${s.id} ${column}`).toBe(o[column] ?? null);
      expect([row.qualifier, row.unit, row.as_of]).toEqual([o.qualifier, o.unit, o.asOf ?? null]);
      expect(String(row.sources).split(" | ")).toEqual([...new Set((o.citations as { source: string }[]).map((c) => c.source))]);
    });
    // One type per column: numbers (or empty) in the value columns, never text such as "about 511".
    for (const column of ["value", "lower", "upper"]) for (const row of rows) expect(row[column] === null || Number.isFinite(row[column])).toBe(true);
    expect(rows.filter((r) => typeof r.value === "number").length).toBeGreaterThan(rows.length / 2);
    // The statistic's fields are text everywhere else, never a list squeezed into a cell.
    for (const column of ["statistic_id", "category", "population", "region", "qualifier", "unit"]) for (const row of rows) expect(String(row[column]), column).not.toContain(" | ");
    const killed = rows.find((r) => r.statistic_id === "kalbajar-civilians-killed-1993");
    expect(killed).toMatchObject({ region: "kalbajar", value: 511, unit: "person", qualifier: "exact" });
  });

  it("CSV written from awkward text (commas, quotes, line breaks, non-Latin letters) parses back unchanged", async () => {
    const { toCsv } = (await import(join(work, "node_modules", "@karabakh-atlas", "data", "dist", "index.js"))) as DataModule;
    const tricky = structuredClone(dataset) as never as Dataset;
    const first = tricky.regions[0];
    if (!first) throw new Error("dataset has no region");
    first.names = { en: 'Kalbajar, "district"\r\nline two', az: "Kəlbəcər", ru: "Кельбаджар", hy: "Քարվաճառ" };
    const rows = parse(toCsv(tricky, "regions"), { columns: true }) as Row[];
    expect(rows[0]).toMatchObject({ name_en: first.names.en, name_az: "Kəlbəcər", name_ru: "Кельбаджар", name_hy: "Քարվաճառ" });
  });

  it("figures.csv and citations.csv hold every figure and citation, with their values", () => {
    const byId = new Map(records().map(({ record }) => [String(record.id), record]));
    const figures = readCsv("figures");
    for (const row of figures) {
      const figure = at(byId.get(row.record_id ?? ""), row.field ?? "") as Json | undefined;
      expect(figure, row.figure_id).toBeDefined();
      expect(row.value).toBe(figure?.value === undefined ? "" : String(figure.value));
      expect(row.unit).toBe(figure?.unit);
      expect(row.qualifier).toBe(figure?.qualifier);
    }
    const expected: { path: string; citation: Json }[] = [];
    for (const { record } of records()) {
      const found: { path: string; citation: Json }[] = [];
      citationsIn(record, "", found);
      expected.push(...found.map((f) => ({ path: `${String(record.id)}/${f.path}`, citation: f.citation })));
    }
    const citations = readCsv("citations");
    expect(citations.map((c) => c.citation_id).sort()).toEqual(expected.map((e) => e.path).sort());
    for (const row of citations) {
      const want = expected.find((e) => e.path === row.citation_id)?.citation;
      expect([row.source_id, row.locator, row.excerpt, row.summary, row.note]).toEqual([
        want?.source,
        want?.locator,
        want?.excerpt ?? "",
        want?.summary ?? "",
        want?.note ?? "",
      ]);
      // A summary is never presented as the source's words.
      expect(row.words, row.citation_id).toBe([want?.excerpt === undefined ? "" : "excerpt", want?.summary === undefined ? "" : "summary"].filter(Boolean).join("+"));
    }
    // Every figure's citations are tied to it by figure_id.
    for (const row of figures) {
      const cited = (at(byId.get(row.record_id ?? ""), row.field ?? "") as { citations: unknown[] }).citations.length;
      expect(citations.filter((c) => c.figure_id === row.figure_id)).toHaveLength(cited);
    }
  });

  it("datapackage.json describes every CSV; its keys hold (own join over the parsed CSVs: no maintained Frictionless validator is on npm)", () => {
    type Field = { name: string; type: string };
    type Resource = { name: string; path: string; schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } };
    const datapackage = readJson("datapackage.json") as { profile: string; resources: Resource[] };
    expect(datapackage.profile).toBe("tabular-data-package");
    const csvFiles = readdirSync(exportsDir).filter((f) => f.endsWith(".csv")).sort();
    expect(datapackage.resources.map((r) => r.path).sort()).toEqual(csvFiles);
    const tables = new Map(datapackage.resources.map((r) => [r.name, readCsv(r.name)]));
    for (const resource of datapackage.resources) {
      const rows = tables.get(resource.name) ?? [];
      const header = parse(readFileSync(join(exportsDir, resource.path), "utf8"), { to_line: 1 })[0] as string[];
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
      for (const field of resource.schema.fields) {
        const pattern = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i, boolean: /^(true|false)$/, string: /^/ }[field.type];
        expect(pattern, `${resource.name}.${field.name} type ${field.type}`).toBeDefined();
        for (const row of rows) if (row[field.name] !== "") expect(row[field.name], `${resource.name}.${field.name}`).toMatch(pattern as RegExp);
      }
      const keys = rows.map((r) => resource.schema.primaryKey.map((k) => r[k]).join("\u0000"));
      expect(keys.every((k) => k !== ""), `${resource.name} primary key empty`).toBe(true);
      expect(new Set(keys).size, `${resource.name} primary key unique`).toBe(rows.length);
      // A table without foreign keys has no `foreignKeys` (the profile rejects an empty list).
      expect(resource.schema.foreignKeys, resource.name).not.toEqual([]);
      for (const fk of resource.schema.foreignKeys ?? []) {
        const target = fk.reference.resource === "" ? resource.name : fk.reference.resource;
        const values = new Set((tables.get(target) ?? []).map((r) => r[fk.reference.fields[0] ?? ""]));
        expect(tables.has(target), `${resource.name} → ${target}: no such table`).toBe(true);
        for (const row of rows) {
          const value = row[fk.fields[0] ?? ""];
          if (value) expect(values.has(value), `${resource.name}.${fk.fields[0]} = ${value} → ${target}`).toBe(true);
        }
      }
    }
  });

  it("the zip (a download, not in the npm package) holds the same files, byte for byte, and builds reproducibly", () => {
    const built = join(repoRoot, "packages", "data", "generated", "exports");
    const zipPath = join(built, "karabakh-atlas-data.zip");
    const entries = unzipSync(readFileSync(zipPath));
    const names = Object.keys(entries).sort();
    expect(names).toEqual(expect.arrayContaining(["README.md", "LICENSE-DATA.md", "dataset.json", "datapackage.json", "regions.geojson", "schemas/dataset.schema.json", "citations.csv"]));
    for (const name of names) expect(Buffer.from(entries[name] as Uint8Array).equals(readFileSync(join(built, name))), name).toBe(true);
    // Running the exporter again on the same dataset, in another time zone, gives the same zip.
    const again = join(work, "exports-again");
    execFileSync(join(repoRoot, "node_modules", ".bin", "tsx"), ["scripts/build-exports.ts", "--out", again], {
      cwd: join(repoRoot, "packages", "data"),
      env: { ...process.env, TZ: "Asia/Baku" },
    });
    const shipped = readFileSync(join(repoRoot, "packages", "data", "generated", "exports", "karabakh-atlas-data.zip"));
    expect(readFileSync(join(again, "karabakh-atlas-data.zip")).equals(shipped)).toBe(true);
  }, 30_000);
});

describe("README examples", () => {
  // Files the examples read: the dataset as text, and the dataset cut into parts in data/.
  const prelude = `
import { readFileSync as __read, mkdirSync as __mkdir, writeFileSync as __write } from "node:fs";
import { datasetParts as __parts } from "@karabakh-atlas/data/core";
globalThis.text = __read(new URL("./node_modules/@karabakh-atlas/data/generated/dataset.json", import.meta.url), "utf8");
__mkdir("data", { recursive: true });
for (const [part, value] of __parts(JSON.parse(globalThis.text))) __write("data/" + part + ".json", JSON.stringify(value));
`;

  for (const readme of ["packages/domain/README.md", "packages/data/README.md"]) {
    it(`${readme}: every example runs against the packed packages and gives what the README says`, () => {
      const blocks = readmeBlocks(readFileSync(join(repoRoot, readme), "utf8"));
      expect(blocks.length).toBeGreaterThan(3);
      const ts = exampleScript(readme, blocks, prelude);
      const file = join(work, `readme-${readme.split("/")[1]}.mjs`);
      writeFileSync(file, transformSync(ts, { loader: "ts", format: "esm", target: "node22" }).code);
      const result = spawnSync(process.execPath, [file], { cwd: work, encoding: "utf8", env: cleanEnv() });
      expect(result.status, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as { checked: number; failures: unknown[] };
      expect(report.failures).toEqual([]);
      expect(report.checked).toBeGreaterThan(5);
    }, 60_000);
  }
});
