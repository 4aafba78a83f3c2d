/**
 * Benchmarks of @karabakh-atlas/data, each reported as a ratio to bare Node start-up
 * (`node -e 0`, same binary, measured in the same run, interleaved with the subjects):
 *
 * 1. import + first query: a fresh node process imports the BUILT package and runs one search
 *    (which builds the search index); wall time from spawn to exit.
 * 2. search latency: many queries in one process, after the index is built; median and p95.
 *
 * Each on the real dataset and on a synthetic one 100 times its size (see synthetic.ts).
 * BENCH_QUICK=1 runs fewer repetitions (for CI smoke runs); figures are then rougher.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { foldText, type ReadonlyDataset } from "@karabakh-atlas/domain";
import { createAtlas, dataset as realDataset } from "@karabakh-atlas/data";
import { checkIntegrity } from "@karabakh-atlas/data/validate";
import { recordCount, syntheticDataset } from "./synthetic.js";

const QUICK = Boolean(process.env.BENCH_QUICK && process.env.BENCH_QUICK !== "0");
const PROCESS_RUNS = QUICK ? 5 : 15;
const QUERY_COUNT = QUICK ? 150 : 600;
const QUERY_PASSES = QUICK ? 2 : 5;
const FACTOR = 100;
const here = dirname(fileURLToPath(import.meta.url));
const node = process.execPath;

// ---- statistics ----------------------------------------------------------------------------

function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}
const median = (samples: readonly number[]) => quantile(samples, 0.5);
const p95 = (samples: readonly number[]) => quantile(samples, 0.95);

// ---- fresh processes -----------------------------------------------------------------------

/** Wall time of one node process, spawn to exit, in ms; throws when it fails. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(node, args, { cwd: here, encoding: "utf8", env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

const IMPORT_REAL = `
const { atlas } = await import("@karabakh-atlas/data");
if (atlas.search(process.env.BENCH_QUERY).length === 0) process.exit(2);
`;

const IMPORT_SYNTHETIC = `
const { createAtlas } = await import("@karabakh-atlas/data");
const { readFileSync } = await import("node:fs");
const atlas = createAtlas(JSON.parse(readFileSync(process.env.BENCH_DATASET, "utf8")));
if (atlas.search(process.env.BENCH_QUERY).length === 0) process.exit(2);
`;

// ---- queries -------------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so every run asks the same queries. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Queries a user might type, drawn from the real records' names, aliases and titles: the name
 * as written, folded, upper case, a 4-letter prefix, a one-letter typo, and a few misses.
 */
function makeQueries(dataset: ReadonlyDataset, count: number): string[] {
  const names = new Set<string>();
  for (const list of [dataset.regions, dataset.deposits, dataset.companies, dataset["heritage-sites"], dataset.programmes]) {
    for (const record of list) {
      for (const name of Object.values(record.names)) if (name) names.add(name);
      for (const alias of record.aliases) names.add(alias.name);
    }
  }
  for (const list of [dataset.resolutions, dataset.events, dataset.sources]) for (const record of list) names.add(record.title);
  const pool = [...names];
  const next = random(2020);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const variants: ((name: string) => string)[] = [
    (name) => name,
    (name) => foldText(name),
    (name) => name.toUpperCase(),
    (name) => name.split(/\s+/)[0]?.slice(0, 4) ?? name,
    (name) => {
      const word = name.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? name;
      const at = Math.max(1, Math.floor(word.length / 2));
      return word.length >= 5 ? `${word.slice(0, at)}${word[at + 1] ?? ""}${word[at] ?? ""}${word.slice(at + 2)}` : word;
    },
    () => pick(["zqxw", "nothing here", "1234567"]),
  ];
  return Array.from({ length: count }, () => pick(variants)(pick(pool))).filter((q) => q.trim().length > 0);
}

interface SearchFigures {
  firstMs: number;
  samples: number[];
}

/** Builds the atlas and its index with the first query, then times every query QUERY_PASSES times. */
function measureSearch(dataset: ReadonlyDataset, queries: readonly string[]): SearchFigures {
  const started = performance.now();
  const atlas = createAtlas(dataset);
  atlas.search(queries[0] ?? "a");
  const firstMs = performance.now() - started;
  for (const query of queries) atlas.search(query); // warm-up pass
  const samples: number[] = [];
  for (let pass = 0; pass < QUERY_PASSES; pass++) {
    for (const query of queries) {
      const t0 = performance.now();
      atlas.search(query);
      samples.push(performance.now() - t0);
    }
  }
  return { firstMs, samples };
}

// ---- run -----------------------------------------------------------------------------------

function ms(value: number): string {
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
}

function ratio(value: number, reference: number): string {
  const r = value / reference;
  return r >= 0.1 ? `${r.toFixed(2)}×` : `${r.toExponential(1)}×`;
}

function main(): void {
  const realRegion = realDataset.regions.find((r) => r.kind === "district") ?? realDataset.regions[0];
  const query = realRegion ? foldText(realRegion.names.en.split(/\s+/)[0] ?? realRegion.names.en) : "a";

  const generated = performance.now();
  const synthetic = syntheticDataset(realDataset, FACTOR);
  const generateMs = performance.now() - generated;
  const problems = checkIntegrity(synthetic);
  if (problems.length > 0) throw new Error(`the synthetic dataset fails the integrity check: ${JSON.stringify(problems.slice(0, 3))}`);
  const folder = mkdtempSync(join(tmpdir(), "atlas-bench-"));
  const syntheticFile = join(folder, "dataset.json");
  const json = JSON.stringify(synthetic);
  writeFileSync(syntheticFile, json);

  const datasets = [
    { label: "real", records: recordCount(realDataset), bytes: JSON.stringify(realDataset).length },
    { label: `synthetic ×${FACTOR}`, records: recordCount(synthetic), bytes: json.length },
  ];

  process.stdout.write(`node ${process.version} (${node})\n`);
  process.stdout.write(`${QUICK ? "BENCH_QUICK: " : ""}${PROCESS_RUNS} process runs each, ${QUERY_COUNT} queries × ${QUERY_PASSES} passes\n`);
  process.stdout.write(`synthetic dataset generated in ${ms(generateMs)}, passes checkIntegrity\n`);
  process.stdout.write(`first query in fresh processes: '${query}'\n\n`);

  const baseline: number[] = [];
  const importReal: number[] = [];
  const importSynthetic: number[] = [];
  try {
    timeProcess(["-e", "0"]); // warm the file cache
    timeProcess(["--input-type=module", "-e", IMPORT_REAL], { BENCH_QUERY: query });
    for (let run = 0; run < PROCESS_RUNS; run++) {
      baseline.push(timeProcess(["-e", "0"]));
      importReal.push(timeProcess(["--input-type=module", "-e", IMPORT_REAL], { BENCH_QUERY: query }));
      importSynthetic.push(timeProcess(["--input-type=module", "-e", IMPORT_SYNTHETIC], { BENCH_QUERY: query, BENCH_DATASET: syntheticFile }));
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const reference = median(baseline);

  const queries = makeQueries(realDataset, QUERY_COUNT);
  const searchReal = measureSearch(realDataset, queries);
  const searchSynthetic = measureSearch(synthetic, queries);

  const rows: string[][] = [
    ["node -e 0 (reference)", "—", "—", ms(reference), ms(p95(baseline)), "1.00×"],
    ["import + first query, fresh process", datasets[0]?.label ?? "", String(datasets[0]?.records), ms(median(importReal)), ms(p95(importReal)), ratio(median(importReal), reference)],
    ["import + first query, fresh process", datasets[1]?.label ?? "", String(datasets[1]?.records), ms(median(importSynthetic)), ms(p95(importSynthetic)), ratio(median(importSynthetic), reference)],
    ["createAtlas + index + first search, in-process", datasets[0]?.label ?? "", String(datasets[0]?.records), ms(searchReal.firstMs), "—", ratio(searchReal.firstMs, reference)],
    ["createAtlas + index + first search, in-process", datasets[1]?.label ?? "", String(datasets[1]?.records), ms(searchSynthetic.firstMs), "—", ratio(searchSynthetic.firstMs, reference)],
    ["search latency, in-process", datasets[0]?.label ?? "", String(datasets[0]?.records), ms(median(searchReal.samples)), ms(p95(searchReal.samples)), ratio(median(searchReal.samples), reference)],
    ["search latency, in-process", datasets[1]?.label ?? "", String(datasets[1]?.records), ms(median(searchSynthetic.samples)), ms(p95(searchSynthetic.samples)), ratio(median(searchSynthetic.samples), reference)],
  ];
  const header = ["measure", "dataset", "records", "median", "p95", "median ÷ node -e 0"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  process.stdout.write(`${line(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |\n${rows.map(line).join("\n")}\n\n`);
  process.stdout.write(
    `dataset sizes: real ${(datasets[0]?.bytes ?? 0) / 1000} kB JSON, synthetic ${((datasets[1]?.bytes ?? 0) / 1e6).toFixed(1)} MB JSON; ` +
      `search samples: ${searchReal.samples.length} per dataset (${queries.length} distinct queries)\n`,
  );
}

main();
