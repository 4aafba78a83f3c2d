// Start-up benchmark of the karabakh-atlas CLI. Every figure is a median of several runs and is
// printed as a ratio to bare `node -e 0` (same Node binary, same run), so that the numbers
// compare across machines. The interactive case is measured under tmux: time from starting the
// session until the first frame shows, against a bare Node script printing a marker the same way.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const quick = Boolean(process.env.BENCH_QUICK);
const RUNS = quick ? 5 : 15;
const FRAME_RUNS = quick ? 3 : 7;
const node = process.execPath;

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@karabakh-atlas/cli/package.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
const bin = join(dirname(manifestPath), manifest.bin["karabakh-atlas"]);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function time(args, env = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const cases = {
  "node -e 0": ["-e", "0"],
  "--help": [bin, "--help"],
  "list deposits --json": [bin, "list", "deposits", "--json"],
};
const noCache = { NODE_DISABLE_COMPILE_CACHE: "1" };

// Warm up: the first run fills Node's compile cache and the OS file cache.
for (const args of Object.values(cases)) time(args);

const samples = { cached: {}, uncached: {} };
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so that a busy moment on the machine affects every case alike.
  for (const [name, args] of Object.entries(cases)) {
    (samples.cached[name] ??= []).push(time(args));
    (samples.uncached[name] ??= []).push(time(args, noCache));
  }
}

// ---- first interactive frame under tmux -----------------------------------------------------

function tmuxAvailable() {
  const r = spawnSync("tmux", ["-V"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

let sessions = 0;
function firstFrame(command, marker) {
  // A fresh server per run: reusing a socket name races with the previous server's shutdown.
  const socket = `karabakh-atlas-bench-${process.pid}-${sessions++}`;
  const start = process.hrtime.bigint();
  execFileSync("tmux", ["-L", socket, "new-session", "-d", "-s", "b", "-x", "80", "-y", "24", ...command]);
  try {
    for (;;) {
      const screen = execFileSync("tmux", ["-L", socket, "capture-pane", "-p", "-t", "b"], { encoding: "utf8" });
      if (screen.includes(marker)) return Number(process.hrtime.bigint() - start) / 1e6;
      if (Number(process.hrtime.bigint() - start) > 20e9) throw new Error(`no '${marker}' on screen after 20 s:\n${screen}`);
    }
  } finally {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
  }
}

const frames = { bare: [], browser: [] };
if (tmuxAvailable()) {
  const bareCommand = [node, "-e", "console.log('ready'); setTimeout(() => {}, 30000)"];
  firstFrame([node, bin], "? keys");
  for (let i = 0; i < FRAME_RUNS; i++) {
    frames.bare.push(firstFrame(bareCommand, "ready"));
    frames.browser.push(firstFrame([node, bin], "? keys"));
  }
}

// ---- report ---------------------------------------------------------------------------------

const rows = [];
for (const mode of ["cached", "uncached"]) {
  const bare = median(samples[mode]["node -e 0"]);
  for (const name of Object.keys(cases)) {
    const ms = median(samples[mode][name]);
    rows.push({ case: name, compileCache: mode === "cached", medianMs: +ms.toFixed(1), ratio: +(ms / bare).toFixed(2) });
  }
}
if (frames.browser.length > 0) {
  const bare = median(frames.bare);
  const ms = median(frames.browser);
  rows.push({ case: "tmux: bare node prints a line", compileCache: true, medianMs: +bare.toFixed(1), ratio: 1 });
  rows.push({ case: "tmux: first interactive frame", compileCache: true, medianMs: +ms.toFixed(1), ratio: +(ms / bare).toFixed(2) });
  const nodeBare = median(samples.cached["node -e 0"]);
  rows.push({ case: "first frame vs node -e 0", compileCache: true, medianMs: +ms.toFixed(1), ratio: +(ms / nodeBare).toFixed(2) });
}

console.log(`karabakh-atlas CLI start-up, ${node} ${process.version}; median of ${RUNS} runs (${FRAME_RUNS} for tmux)`);
console.log("ratio = median time / median time of the reference measured in this run (node -e 0; for tmux rows, bare node under tmux)\n");
const header = ["case", "compile cache", "median ms", "ratio"];
const body = rows.map((r) => [r.case, r.compileCache ? "on" : "off", r.medianMs.toFixed(1), `${r.ratio.toFixed(2)}×`]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
for (const line of [header, ...body]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
if (frames.browser.length === 0) console.log("\n(tmux not found: first-frame time not measured)");

const target = rows.filter((r) => r.compileCache && (r.case === "--help" || r.case === "list deposits --json"));
console.log(`\ntarget: scriptable commands within 2× bare Node — ${target.map((r) => `${r.case} ${r.ratio}×`).join(", ")}`);

if (process.env.ARTIFACTS_DIR) {
  mkdirSync(process.env.ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(process.env.ARTIFACTS_DIR, "bench-cli.json"), JSON.stringify({ node: process.version, runs: RUNS, frameRuns: FRAME_RUNS, rows }, null, 2));
}
