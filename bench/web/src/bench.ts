/**
 * Web dashboard benchmark, printed as a report:
 *  1. first-load JavaScript per route: the scripts each prerendered page's HTML loads, raw and gzipped;
 *  2. Lighthouse (mobile) performance and accessibility of the pages issues 13, 15 and 17 name, the
 *     median of five runs each, beside their targets, with the median run's metrics;
 *  3. `npm start`'s throughput on a detail page as a ratio to nginx serving the same prerendered
 *     HTML, both measured in this run with autocannon on loopback (bench/load is the figure of record).
 *
 *   BENCH_PAGES=/,/timeline   only these pages (comma-separated paths; default: all six, /az last)
 *   BENCH_RUNS=1              Lighthouse runs per page (default 5; BENCH_QUICK=1 makes it 1)
 *   BENCH_LOAD=0              skip the throughput part (skipped too when BENCH_PAGES is set)
 *   BENCH_QUICK=1             one Lighthouse run per page and short load runs
 * Nothing here is a pass/fail test: a target not met is printed as such.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { CHROMIUM, CHROMIUM_ARGS, dashboardArgs, freePort } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);
const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
const appDir = join(webDir, ".next", "server", "app");
const staticRoot = join(webDir, ".next");
const QUICK = process.env.BENCH_QUICK === "1";

interface PageTargets {
  path: string;
  /** Lighthouse performance targets (median of five), with the issue that sets each. */
  performance: { min: number; issue: string }[];
  /**
   * A target set against another page of this run: at most `points` below that page's median.
   * Issue 17 asks that the Azerbaijani overview be "within 2 points" of the English one, so that
   * the translation costs no speed; a translated page that scores higher is not what it guards
   * against, and the difference is printed either way.
   */
  near?: { path: string; points: number; issue: string };
}

/** The pages issue 15 names (≥ 97 performance, 100 accessibility); issue 13 adds ≥ 95 on two. */
const ALL_PAGES: PageTargets[] = [
  { path: "/", performance: [{ min: 97, issue: "issue 15" }, { min: 95, issue: "issue 13" }] },
  { path: "/statistics", performance: [{ min: 97, issue: "issue 15" }] },
  { path: "/regions/kalbajar", performance: [{ min: 97, issue: "issue 15" }, { min: 95, issue: "issue 13" }] },
  { path: "/deposits/gyzylbulag", performance: [{ min: 97, issue: "issue 15" }] },
  { path: "/timeline", performance: [{ min: 97, issue: "issue 15" }] },
  // Issue 17: the Azerbaijani overview within 2 points of the English one (not more than 2 below
  // it), measured in the same run.
  { path: "/az", performance: [], near: { path: "/", points: 2, issue: "issue 17" } },
];

function selectedPages(): PageTargets[] {
  const wanted = process.env.BENCH_PAGES?.split(",").map((p) => p.trim()).filter(Boolean);
  if (!wanted) return ALL_PAGES;
  return wanted.map((path) => ALL_PAGES.find((p) => p.path === path) ?? { path, performance: [{ min: 97, issue: "issue 15" }] });
}

const PAGES = selectedPages();
const RUNS = (() => {
  const raw = process.env.BENCH_RUNS ?? (QUICK ? "1" : "5");
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_RUNS must be a whole number from 1 up (got "${raw}").`);
  return n;
})();
const LOAD = process.env.BENCH_LOAD !== "0" && !process.env.BENCH_PAGES;
const CHROME_FLAGS = CHROMIUM_ARGS.join(" ");

const children: ChildProcess[] = [];
const temps: string[] = [];

function cleanup() {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanup);
process.on("SIGINT", () => process.exit(130));

async function waitFor(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer on ${url}`);
}

/** The dashboard's production server (`npm start`: apps/web/server/main.ts), what a reader gets. */
async function startDashboard(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, dashboardArgs(webDir, "npm start", port), {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/about`, child, "npm start");
  return url;
}

/** nginx from Debian, as this process's child, with a temporary config on a loopback port. */
async function startNginx(detailPath: string, html: string): Promise<string> {
  const prefix = mkdtempSync(join(tmpdir(), "bench-web-nginx-"));
  temps.push(prefix);
  chmodSync(prefix, 0o755);
  const root = join(prefix, "root");
  mkdirSync(join(root, dirname(detailPath)), { recursive: true });
  writeFileSync(join(root, `${detailPath}.html`), html);
  chmodSync(root, 0o755);
  const port = await freePort();
  const conf = join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  types { text/html html; }
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri.html =404; }
  }
}
`,
  );
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (!nginx) throw new Error("nginx not found: install it with `apt-get install -y nginx`");
  const child = spawn(nginx, ["-p", prefix, "-c", conf, "-g", "daemon off;"], { stdio: "ignore" });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${detailPath}`, child, "nginx");
  return url;
}

async function load(url: string): Promise<{ rps: number; p99: number; errors: number; non2xx: number }> {
  const result = await autocannon({ url, connections: 10, duration: QUICK ? 3 : 10, workers: 0 });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

/**
 * One Lighthouse run. Lighthouse sometimes loses its own trace ("Something went wrong with
 * recording the trace over your page load. Please run Lighthouse again. (NO_NAVSTART)"): such a
 * run measured nothing, and is run again, up to three times; any other failure stops the bench.
 */
interface LighthouseRun {
  scores: Record<string, number> & { performance: number };
  /** Milliseconds, except CLS (unitless). */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
}

function lighthouse(url: string): LighthouseRun {
  const cli = require.resolve("lighthouse/cli/index.js");
  const out = join(mkdtempSync(join(tmpdir(), "bench-web-lh-")), "report.json");
  temps.push(dirname(out));
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(
        process.execPath,
        [cli, url, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance,accessibility,best-practices,seo", "--form-factor=mobile"],
        { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "pipe"], timeout: 180_000 },
      );
      break;
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
      if (attempt < 3 && /Please run Lighthouse again/.test(stderr)) {
        console.log(`(Lighthouse lost its trace of ${url}, attempt ${attempt}: run again)`);
        continue;
      }
      process.stderr.write(stderr);
      throw error;
    }
  }
  const report = JSON.parse(readFileSync(out, "utf8")) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const scores = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
  const audit = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: { ...scores, performance: scores.performance ?? 0 },
    metrics: {
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      si: audit("speed-index"),
    },
  };
}

/** Every prerendered page's HTML file and the route it serves. */
function prerenderedRoutes(): { route: string; file: string }[] {
  const out: { route: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".html") && !name.startsWith("_")) {
        const rel = relative(appDir, path).replace(/\.html$/, "");
        out.push({ route: rel === "index" ? "/" : `/${rel}`, file: path });
      }
    }
  };
  walk(appDir);
  return out.sort((a, b) => a.route.localeCompare(b.route));
}

function firstLoadJs(file: string): { scripts: number; raw: number; gzip: number } {
  const html = readFileSync(file, "utf8");
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="(\/_next\/[^"]+\.js)"/g)].map((m) => m[1] as string))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = readFileSync(join(staticRoot, src.replace(/^\/_next\//, "")));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { scripts: srcs.length, raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : "?");

async function main() {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) throw new Error("The web app is not built: run `npx turbo run build` first.");
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`);

  const routes = prerenderedRoutes();
  const deposits = routes.filter((r) => /^\/deposits\/[^/]+$/.test(r.route));
  const detail = deposits[0];
  if (!detail) throw new Error("No prerendered deposit page found.");

  console.log("## First-load JavaScript per prerendered route (scripts in the HTML)\n");
  console.log("| route | scripts | raw | gzip |\n|---|---:|---:|---:|");
  const seen = new Set<string>();
  for (const r of routes) {
    // One row per route pattern (e.g. /deposits/[id]) is enough; detail pages share their bundle.
    // The az and ru copies of a route (`/az/deposits/[id]`) load its English page's scripts: one
    // row per route of the three languages, under its language's prefix.
    const pattern = r.route.replace(/^((?:\/(?:az|ru))?\/[^/]+)\/[^/]+$/, (whole, dir: string) => (/^\/(az|ru)$/.test(dir) ? whole : `${dir}/[id]`));
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    const js = firstLoadJs(r.file);
    console.log(`| ${pattern === r.route ? r.route : `${pattern} (${r.route})`} | ${js.scripts} | ${kb(js.raw)} | ${kb(js.gzip)} |`);
  }

  const next = await startDashboard();

  console.log("\n## Lighthouse (mobile)\n");
  console.log(
    "| page | performance | target | accessibility | target | best practices | SEO | performance, each run | median run: FCP, LCP, TBT, CLS, SI |\n|---|---:|---|---:|---|---:|---:|---|---|",
  );
  const missed: string[] = [];
  const medians = new Map<string, number>();
  for (const page of PAGES) {
    const all = Array.from({ length: RUNS }, () => lighthouse(`${next}${page.path}`));
    // The median by performance, so the metrics printed beside it are that run's own.
    const byPerformance = [...all].sort((a, b) => a.scores.performance - b.scores.performance);
    const medianRun = byPerformance[Math.floor(byPerformance.length / 2)] as LighthouseRun;
    const median = (key: string) => {
      const values = all.map((r) => r.scores[key] ?? 0).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] as number;
    };
    const perf = median("performance");
    const a11y = median("accessibility");
    medians.set(page.path, perf);
    const targets = page.performance.map((t) => `≥ ${t.min} (${t.issue}) ${perf >= t.min ? "met" : "NOT met"}`);
    if (page.near) {
      const { path, points, issue } = page.near;
      const other = medians.get(path);
      if (other === undefined) targets.push(`at most ${points} below ${path} (${issue}): ${path} not measured in this run`);
      else {
        const met = perf >= other - points;
        const difference = perf === other ? "the same" : `${Math.abs(perf - other)} ${perf > other ? "above" : "below"}`;
        targets.push(`at most ${points} below ${path}'s ${other}: ${difference} (${issue}) ${met ? "met" : "NOT met"}`);
        if (!met) missed.push(`${page.path} performance ${perf} is more than ${points} below ${path}'s ${other} (${issue})`);
      }
    }
    const perfTarget = targets.join("; ");
    const a11yTarget = `= 100 ${a11y >= 100 ? "met" : "NOT met"}`;
    for (const t of page.performance) if (perf < t.min) missed.push(`${page.path} performance ${perf} < ${t.min} (${t.issue})`);
    if (a11y < 100) missed.push(`${page.path} accessibility ${a11y} < 100`);
    const m = medianRun.metrics;
    const metrics = `${ms(m.fcp)}, ${ms(m.lcp)}, ${ms(m.tbt)}, ${m.cls.toFixed(3)}, ${ms(m.si)}`;
    const each = all.map((r) => r.scores.performance).join(", ");
    console.log(`| ${page.path} | ${perf} | ${perfTarget} | ${a11y} | ${a11yTarget} | ${median("best-practices")} | ${median("seo")} | ${each} | ${metrics} |`);
  }
  console.log(`\n(median of ${RUNS} run${RUNS === 1 ? "" : "s"} per page; load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(", ")})`);
  console.log(missed.length === 0 ? "Every target met." : `Targets not met:\n${missed.map((m) => `- ${m}`).join("\n")}`);
  if (RUNS < 5) console.log("(fewer than five runs: the targets are set on the median of five)");

  if (!LOAD) return;

  console.log(`\n## Throughput on ${detail.route}: npm start vs nginx (same prerendered HTML)\n`);
  const html = readFileSync(detail.file, "utf8");
  const nginx = await startNginx(detail.route, html);
  // Warm both up, then measure one after the other.
  await load(`${next}${detail.route}`).catch(() => undefined);
  const nextResult = await load(`${next}${detail.route}`);
  const nginxResult = await load(`${nginx}${detail.route}`);
  console.log("| server | requests/s | p99 latency | errors | non-2xx |\n|---|---:|---:|---:|---:|");
  console.log(`| npm start | ${nextResult.rps.toFixed(0)} | ${nextResult.p99} ms | ${nextResult.errors} | ${nextResult.non2xx} |`);
  console.log(`| nginx | ${nginxResult.rps.toFixed(0)} | ${nginxResult.p99} ms | ${nginxResult.errors} | ${nginxResult.non2xx} |`);
  console.log(`\nnpm start / nginx throughput ratio: ${(nextResult.rps / nginxResult.rps).toFixed(3)}`);
  console.log(`(autocannon, 10 connections, ${QUICK ? 3 : 10} s each, loopback; load average ${loadavg().map((l) => l.toFixed(1)).join(", ")})`);
}

main()
  .then(() => {
    cleanup();
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    cleanup();
    process.exit(1);
  });
