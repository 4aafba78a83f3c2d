/**
 * Load on the dashboard's server — `npm start`'s (apps/web/server/main.ts) or, with `server: "next
 * start"`, Next.js's own — and, as the reference measured in the same run, on nginx serving the
 * same bytes: for each route, a warm-up and then a fixed-length run of wrk (one thread, on
 * loopback) against the dashboard, then the same against nginx. The result holds requests/s, p50
 * and p99 latency, errors and non-2xx answers per run, and dashboard/nginx ratios per route.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { findBin, get, killAllSync, nginxVersion, startDashboard, startNginx, tempDir, track, treeCpuSeconds, webDir, type Server, type StaticFile } from "./servers.ts";
import type { DashboardServer } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);

/** The routes of issue 7: the overview, a deposit page, and a filtered API list. */
export const ROUTES = ["/", "/deposits/gyzylbulag", "/api/v1/deposits?commodity=gold"] as const;

export interface LoadOptions {
  routes?: readonly string[];
  /** The dashboard's server to load: `npm start`'s (the default) or `next start`. */
  server?: DashboardServer;
  connections: number;
  /** Seconds of measured load per route and server. */
  duration: number;
  /** Seconds of unmeasured load before each measured run. */
  warmup: number;
  /** nginx worker processes (1: the dashboard serves from one JavaScript thread). */
  nginxWorkers?: number;
  /**
   * Ask for gzip, as a browser does (`Accept-Encoding: gzip` on every request): the dashboard
   * compresses each answer, nginx sends the dashboard's compressed bytes as saved (gzip_static).
   * Off by default: neither asks nor compresses.
   */
  gzip?: boolean;
  /** Abort and clean up after this many ms; default: budgetMs(options). */
  timeoutMs?: number;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface Run {
  route: string;
  server: "next" | "nginx";
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds (wrk keeps microseconds). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Socket errors: connect, read, write and timeouts (a request unanswered after 10 s). */
  errors: number;
  timeouts: number;
  /** Answers with a status other than 2xx (wrk counts 3xx here too). */
  non2xx: number;
  /** Response bytes per request, headers included; checked against the saved body's size. */
  bytesPerRequest: number;
  /** CPU used by the server's process tree, as a share of one core (1 = one core busy). */
  serverCpu: number;
  /** CPU used by wrk, as a share of one core (sampled every 250 ms). */
  clientCpu: number;
}

export interface Ratio {
  route: string;
  /** Whether the dashboard serves this route from its prerendered pages (issue 15's targets apply). */
  prerendered: boolean;
  /** next req/s ÷ nginx req/s: below 1, the dashboard serves fewer requests per second. */
  throughput: number;
  /** next p50 ÷ nginx p50: above 1, the dashboard answers more slowly. */
  p50: number;
  /** next p99 ÷ nginx p99. */
  p99: number;
  /** the dashboard's slowest request, in milliseconds. */
  nextMaxMs: number;
}

/** Issue 15's targets for a prerendered page: throughput ≥ 0.1 × nginx's, no request over 200 ms at 32 connections. */
export const TARGETS = { throughput: 0.1, maxMs: 200, connections: 32 } as const;

export interface LoadReport {
  startedAt: string;
  options: { routes: string[]; server: DashboardServer; connections: number; duration: number; warmup: number; nginxWorkers: number; wrkThreads: number; timeoutSeconds: number; gzip: boolean };
  machine: { cpus: number; cpuModel: string; loadavgBefore: number[]; loadavgAfter: number[] };
  versions: { node: string; next: string; nginx: string; wrk: string };
  /** What each route answered on the dashboard, and the copy nginx served. */
  bodies: { route: string; contentType: string; contentEncoding: string; bytes: number; sameFromNginx: boolean; unchangedAfterLoad: boolean }[];
  runs: Run[];
  ratios: Ratio[];
  /** Errors, non-2xx and short answers over every measured and warm-up run; the requirement is 0. */
  failures: number;
}

/** One wrk thread: on two cores the server gets one and the load generator the other. */
const WRK_THREADS = 1;
/** Seconds before wrk gives up on a request and counts a timeout (its default is 2). */
const REQUEST_TIMEOUT = 10;

/** wrk's summary as one JSON line, from its `done` hook (no per-response Lua, which would slow it). */
const WRK_SCRIPT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH-LOAD {"durationUs":%.0f,"requests":%.0f,"bytes":%.0f,"connect":%.0f,"read":%.0f,"write":%.0f,"status":%.0f,"timeout":%.0f,"p50Us":%.0f,"p99Us":%.0f,"maxUs":%.0f}\\n',
    summary.duration, summary.requests, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
`;

interface WrkSummary {
  durationUs: number;
  requests: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
}

function version(pkg: string, from: string): string {
  const path = require.resolve(`${pkg}/package.json`, { paths: [from] });
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

function wrkVersion(bin: string): string {
  const r = spawnSync(bin, ["--version"], { encoding: "utf8" });
  return (/^wrk (\S+)/m.exec(`${r.stdout}${r.stderr}`)?.[1] ?? "unknown").trim();
}

/** Upper bound on a whole run: servers' start-up, every warm-up and run, and slack for a busy machine. */
export function budgetMs(options: LoadOptions): number {
  const routes = (options.routes ?? ROUTES).length;
  return 120_000 + routes * 2 * (options.duration + options.warmup + REQUEST_TIMEOUT + 15) * 1000 * 1.5;
}

interface Shot {
  run: Run;
  failures: number;
}

/** One wrk run as a child process, bounded: killed if it outlives its duration by 30 s. */
function wrk(bin: string, script: string, url: string, connections: number, duration: number, gzip: boolean, signal: AbortSignal): Promise<{ summary: WrkSummary; cpu: number; wall: number }> {
  signal.throwIfAborted();
  return new Promise((done, fail) => {
    const args = [`-t${WRK_THREADS}`, `-c${connections}`, `-d${duration}s`, `--timeout`, `${REQUEST_TIMEOUT}s`, ...(gzip ? ["-H", "Accept-Encoding: gzip"] : []), "-s", script, url];
    const child = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    const output = track(child);
    const start = process.hrtime.bigint();
    let cpu = 0;
    const sampler = setInterval(() => (cpu = Math.max(cpu, treeCpuSeconds(child.pid ?? 0))), 250);
    const abort = () => child.kill("SIGKILL");
    signal.addEventListener("abort", abort, { once: true });
    const limit = setTimeout(abort, (duration + 30) * 1000);
    child.on("error", fail);
    child.on("exit", (code, sig) => {
      clearInterval(sampler);
      clearTimeout(limit);
      signal.removeEventListener("abort", abort);
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      if (signal.aborted) return fail(signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason)));
      const line = /^BENCH-LOAD (.*)$/m.exec(output())?.[1];
      if (code !== 0 || !line) return fail(new Error(`wrk ${args.join(" ")} ended with ${code ?? sig}:\n${output().slice(-4000)}`));
      done({ summary: JSON.parse(line) as WrkSummary, cpu, wall });
    });
  });
}

async function shoot(wrkBin: string, script: string, server: Server, route: string, role: Run["server"], bodyBytes: number, options: LoadOptions, duration: number, signal: AbortSignal): Promise<Shot> {
  const serverBefore = treeCpuSeconds(server.pid);
  const { summary: w, cpu, wall } = await wrk(wrkBin, script, `${server.url}${route}`, options.connections, duration, options.gzip ?? false, signal);
  const serverCpu = (treeCpuSeconds(server.pid) - serverBefore) / wall;
  const seconds = w.durationUs / 1e6;
  const errors = w.connect + w.read + w.write + w.timeout;
  const bytesPerRequest = w.requests > 0 ? w.bytes / w.requests : 0;
  // Every answer must be the whole page plus headers: a redirect or a cut answer would be short.
  const shortAnswers = bytesPerRequest < bodyBytes || bytesPerRequest > bodyBytes + 8192 ? 1 : 0;
  const run: Run = {
    route,
    server: role,
    requests: w.requests,
    seconds,
    requestsPerSecond: w.requests / seconds,
    p50Ms: w.p50Us / 1000,
    p99Ms: w.p99Us / 1000,
    maxMs: w.maxUs / 1000,
    errors,
    timeouts: w.timeout,
    non2xx: w.status,
    bytesPerRequest,
    serverCpu,
    clientCpu: cpu / wall,
  };
  return { run, failures: errors + w.status + shortAnswers + (w.requests === 0 ? 1 : 0) };
}

/** Starts both servers, loads every route on each, stops them; never leaves a child behind. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const routes = [...(options.routes ?? ROUTES)];
  const nginxWorkers = options.nginxWorkers ?? 1;
  const gzip = options.gzip ?? false;
  const server = options.server ?? "npm start";
  const log = options.log ?? (() => undefined);
  const nginxBin = findBin("nginx");
  if (!nginxBin) throw new Error("nginx not found (looked in $PATH and /usr/sbin): install it with `apt-get install nginx`.");
  const wrkBin = findBin("wrk");
  if (!wrkBin) throw new Error("wrk not found (looked in $PATH and /usr/sbin): install it with `apt-get install wrk`.");

  const controller = new AbortController();
  const budget = options.timeoutMs ?? budgetMs(options);
  const timer = setTimeout(() => controller.abort(new Error(`bench-load did not finish within ${Math.round(budget / 1000)} s`)), budget);
  const onSignal = (sig: NodeJS.Signals) => controller.abort(new Error(`interrupted by ${sig}`));
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(sig, onSignal);
  const onExit = () => killAllSync();
  process.on("exit", onExit);

  const servers: Server[] = [];
  const loadavgBefore = loadavg();
  const startedAt = new Date().toISOString();
  try {
    log(`starting ${server} (${webDir})`);
    const next = await startDashboard(server, controller.signal);
    servers.push(next);
    controller.signal.throwIfAborted();

    // The bytes nginx will serve: one GET per route with the Accept-Encoding wrk sends (none, or gzip).
    const files: (StaticFile & { route: string; prerendered: boolean; contentEncoding: string })[] = [];
    for (const route of routes) {
      const res = await get(`${next.url}${route}`, undefined, gzip);
      if (res.status !== 200) throw new Error(`${server} answered ${res.status} on ${route}; the benchmark needs 200 on every route.`);
      if (res.contentEncoding !== (gzip ? "gzip" : "")) {
        throw new Error(`${server} answered ${route} with Content-Encoding "${res.contentEncoding}" to a request that ${gzip ? "accepts gzip" : "accepts no encoding"}; the benchmark needs ${gzip ? "gzip" : "none"}.`);
      }
      files.push({ route, path: new URL(route, next.url).pathname, contentType: res.contentType, contentEncoding: res.contentEncoding, body: res.body, prerendered: res.prerendered });
    }
    log(`starting nginx (${nginxWorkers} worker${nginxWorkers === 1 ? "" : "s"}${gzip ? ", gzip_static" : ""})`);
    const nginx = await startNginx(files, nginxWorkers, controller.signal, gzip);
    servers.push(nginx);
    const sameFromNginx: boolean[] = [];
    for (const file of files) {
      const res = await get(`${nginx.url}${file.route}`, undefined, gzip);
      sameFromNginx.push(res.status === 200 && res.contentType === file.contentType && res.contentEncoding === file.contentEncoding && res.body.equals(file.body));
    }
    if (sameFromNginx.includes(false)) throw new Error(`nginx does not serve the bytes saved from ${server}:\n${nginx.output().slice(-4000)}`);

    const script = join(tempDir("bench-load-wrk-"), "summary.lua");
    writeFileSync(script, WRK_SCRIPT);
    const runs: Run[] = [];
    let failures = 0;
    for (const file of files) {
      const route = file.route;
      for (const [role, server] of [["next", next], ["nginx", nginx]] as const) {
        if (options.warmup > 0) {
          log(`${route} on ${server.name}: ${options.warmup} s warm-up`);
          failures += (await shoot(wrkBin, script, server, route, role, file.body.length, options, options.warmup, controller.signal)).failures;
        }
        log(`${route} on ${server.name}: ${options.connections} connections, ${options.duration} s`);
        const shot = await shoot(wrkBin, script, server, route, role, file.body.length, options, options.duration, controller.signal);
        failures += shot.failures;
        runs.push(shot.run);
      }
    }

    const unchangedAfterLoad: boolean[] = [];
    for (const file of files) unchangedAfterLoad.push((await get(`${next.url}${file.route}`, undefined, gzip)).body.equals(file.body));

    const ratios: Ratio[] = routes.map((route) => {
      const n = runs.find((r) => r.route === route && r.server === "next");
      const x = runs.find((r) => r.route === route && r.server === "nginx");
      if (!n || !x) throw new Error(`missing run for ${route}`);
      const prerendered = files.find((f) => f.route === route)?.prerendered ?? false;
      return { route, prerendered, throughput: n.requestsPerSecond / x.requestsPerSecond, p50: n.p50Ms / x.p50Ms, p99: n.p99Ms / x.p99Ms, nextMaxMs: n.maxMs };
    });

    return {
      startedAt,
      options: { routes, server, connections: options.connections, duration: options.duration, warmup: options.warmup, nginxWorkers, wrkThreads: WRK_THREADS, timeoutSeconds: REQUEST_TIMEOUT, gzip },
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "", loadavgBefore, loadavgAfter: loadavg() },
      versions: { node: process.version, next: version("next", webDir), nginx: nginxVersion(nginxBin), wrk: wrkVersion(wrkBin) },
      bodies: files.map((f, i) => ({ route: f.route, contentType: f.contentType, contentEncoding: f.contentEncoding, bytes: f.body.length, sameFromNginx: sameFromNginx[i] ?? false, unchangedAfterLoad: unchangedAfterLoad[i] ?? false })),
      runs,
      ratios,
      failures,
    };
  } finally {
    clearTimeout(timer);
    for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(sig, onSignal);
    await Promise.all(servers.map((s) => s.stop()));
    killAllSync();
    process.off("exit", onExit);
  }
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The report as Markdown tables: one row per run, then one ratio row per route. */
export function formatReport(report: LoadReport): string {
  const lines: string[] = [];
  const o = report.options;
  const encoding = o.gzip ? `Accept-Encoding: gzip (${o.server} sends Next.js's compressed answer; nginx sends the same bytes, precompressed)` : "no Accept-Encoding (neither compresses)";
  lines.push(`## ${o.server} vs nginx: ${o.connections} connections, ${o.duration} s per run after a ${o.warmup} s warm-up (wrk, ${o.wrkThreads} thread, loopback), ${encoding}`);
  lines.push("");
  lines.push("| route | server | req/s | p50 | p99 | max | errors | non-2xx | server CPU | server CPU per request | wrk CPU |");
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of report.runs) {
    const cpuPerRequest = r.requestsPerSecond > 0 ? (r.serverCpu * 1000) / r.requestsPerSecond : Number.NaN;
    lines.push(
      `| ${r.route} | ${r.server === "next" ? o.server : "nginx"} | ${fixed(r.requestsPerSecond, 0)} | ${fixed(r.p50Ms, 2)} ms | ${fixed(r.p99Ms, 2)} ms | ${fixed(r.maxMs, 1)} ms | ${r.errors} | ${r.non2xx} | ${percent(r.serverCpu)} | ${fixed(cpuPerRequest, 3)} ms | ${percent(r.clientCpu)} |`,
    );
  }
  lines.push("");
  lines.push(`| route | body | throughput ${o.server}/nginx | p50 ${o.server}/nginx | p99 ${o.server}/nginx | ${o.server} max | issue 15 (prerendered page) |`);
  lines.push("|---|---:|---:|---:|---:|---:|---|");
  for (const q of report.ratios) {
    const body = report.bodies.find((b) => b.route === q.route);
    const verdict = !q.prerendered
      ? "—"
      : [
          `throughput ≥ ${TARGETS.throughput}: ${q.throughput >= TARGETS.throughput ? "met" : "NOT met"}`,
          `max ≤ ${TARGETS.maxMs} ms: ${q.nextMaxMs <= TARGETS.maxMs ? "met" : "NOT met"}`,
          ...(o.connections === TARGETS.connections ? [] : [`(set at ${TARGETS.connections} connections)`]),
        ].join("; ");
    lines.push(`| ${q.route} | ${body ? `${(body.bytes / 1024).toFixed(1)} kB${body.contentEncoding ? ` ${body.contentEncoding}` : ""}` : "?"} | ${fixed(q.throughput, 3)} | ${fixed(q.p50, 1)} | ${fixed(q.p99, 1)} | ${fixed(q.nextMaxMs, 1)} ms | ${verdict} |`);
  }
  lines.push("");
  const m = report.machine;
  const v = report.versions;
  lines.push(
    `node ${v.node}, next ${v.next}, nginx ${v.nginx} (${o.nginxWorkers} worker), wrk ${v.wrk}; ${m.cpus} CPUs; load average ${m.loadavgBefore.map((l) => l.toFixed(1)).join(", ")} before, ${m.loadavgAfter.map((l) => l.toFixed(1)).join(", ")} after`,
  );
  const changed = report.bodies.filter((b) => !b.unchangedAfterLoad).map((b) => b.route);
  if (changed.length > 0) lines.push(`note: ${report.options.server} answered different bytes after the load on ${changed.join(", ")}`);
  lines.push(report.failures === 0 ? "0 errors, 0 non-2xx answers." : `FAILED: ${report.failures} errors, non-2xx or short answers (the requirement is 0).`);
  return lines.join("\n");
}

