/**
 * Load benchmark of the dashboard (issue 7, item 3; issue 15, item 6): `npm start`'s server on the
 * overview, a deposit page and an API route, 32 connections for 30 s each (BENCH_QUICK=1: 5 s),
 * each figure also as a ratio to nginx serving the same bytes in the same run, beside the targets
 * of issue 15. Exits 1 if any request failed or was answered with a non-2xx status, or if a ratio
 * could not be computed (a target not met is printed, not an exit code).
 *
 *   BENCH_SERVER="next start"           Next.js's own server instead of `npm start`'s
 *   BENCH_ROUTES=/deposits/gyzylbulag   only these routes (comma-separated)
 *   BENCH_CONNECTIONS=64                connections (default 32, as issue 15 sets its target)
 *   BENCH_GZIP=1                        ask for gzip as browsers do (Next.js compresses an answer,
 *                                       nginx sends the same compressed bytes precompressed)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { budgetMs, formatReport, ROUTES, runLoad, type LoadOptions } from "./load.ts";
import { killAllSync } from "./servers.ts";

const QUICK = process.env.BENCH_QUICK === "1";
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
if (!Number.isInteger(connections) || connections < 1) {
  console.error(`bench-load: BENCH_CONNECTIONS must be a whole number from 1 up (got "${process.env.BENCH_CONNECTIONS}")`);
  process.exit(2);
}
const server = process.env.BENCH_SERVER ?? "npm start";
if (server !== "npm start" && server !== "next start") {
  console.error(`bench-load: BENCH_SERVER must be "npm start" (the dashboard's production server, the default) or "next start" (got "${server}")`);
  process.exit(2);
}
const routes = process.env.BENCH_ROUTES?.split(",").map((r) => r.trim()).filter(Boolean) ?? [...ROUTES];
const options: LoadOptions = {
  routes,
  server,
  connections,
  duration: QUICK ? 5 : 30,
  warmup: QUICK ? 2 : 5,
  gzip: process.env.BENCH_GZIP === "1",
  log: (line) => console.error(`bench-load: ${line}`),
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? join(repoRoot, "artifacts"));

// runLoad bounds itself; this is the last resort if stopping the servers hangs as well.
setTimeout(() => {
  console.error("bench-load: hard timeout, killing the servers");
  killAllSync();
  process.exit(1);
}, budgetMs(options) + 30_000).unref();

try {
  const report = await runLoad(options);
  console.log(formatReport(report));
  mkdirSync(artifactsDir, { recursive: true });
  const file = join(artifactsDir, "bench-load.json");
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nresults: ${file}`);
  const badRatios = report.ratios.filter((r) => ![r.throughput, r.p50, r.p99].every((x) => Number.isFinite(x) && x > 0));
  if (badRatios.length > 0) console.error(`bench-load: ratios not computable for ${badRatios.map((r) => r.route).join(", ")}`);
  process.exitCode = report.failures === 0 && badRatios.length === 0 ? 0 : 1;
} catch (error) {
  console.error(`bench-load failed: ${error instanceof Error ? error.message : String(error)}`);
  killAllSync();
  process.exitCode = 1;
}
