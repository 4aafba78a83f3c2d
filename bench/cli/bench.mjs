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

// ---- keystroke to frame under tmux --------------------------------------------------------

const KEY_PRESSES = quick ? 20 : 60;
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/**
 * Starts `command` under tmux, waits for `ready`, then presses keys one at a time: each time from
 * `send-keys` until the screen shows what `expected(i)` says that key brings (polling
 * `capture-pane`). The same for a bare Node script that reads keys in raw mode and prints a
 * line per key, so that tmux's and the polling's own share is measured in the same run.
 */
function keystrokes(command, ready, keyFor, expected) {
  const socket = `karabakh-atlas-keys-${process.pid}-${sessions++}`;
  const tmux = (...args) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
  tmux("new-session", "-d", "-s", "b", "-x", "80", "-y", "24", "-e", "NO_COLOR=1", ...command);
  const out = [];
  try {
    const waitFor = (test, what) => {
      const start = process.hrtime.bigint();
      for (;;) {
        const screen = tmux("capture-pane", "-p", "-t", "b");
        if (test(screen)) return;
        if (Number(process.hrtime.bigint() - start) > 20e9) throw new Error(`no ${what} on screen after 20 s:\n${screen}`);
      }
    };
    waitFor((s) => s.includes(ready), `'${ready}'`);
    // Keys sent before the program reads the terminal in raw mode are lost: probe until one lands.
    for (let i = 0; ; i++) {
      tmux("send-keys", "-t", "b", keyFor(0));
      try {
        const start = process.hrtime.bigint();
        for (;;) {
          if (expected(0).test(tmux("capture-pane", "-p", "-t", "b"))) break;
          if (Number(process.hrtime.bigint() - start) > 300e6) throw new Error("not yet");
        }
        break;
      } catch (error) {
        if (i > 50) throw error;
      }
    }
    for (let i = 1; i <= KEY_PRESSES; i++) {
      const start = process.hrtime.bigint();
      tmux("send-keys", "-t", "b", keyFor(i));
      waitFor((s) => expected(i).test(s), `${expected(i)}`);
      out.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    spawnSync("tmux", ["-L", socket, "kill-server"]);
  }
  return out;
}

const keys = { bare: [], browser: [] };
const frames = { bare: [], browser: [] };
if (tmuxAvailable()) {
  // The browser: down the regions list and back up (j, k), each key moving the footer's position.
  const rows = 20;
  const rowAfter = (i) => 1 + (i % (2 * rows) <= rows ? i % (2 * rows) : 2 * rows - (i % (2 * rows)));
  keys.browser = keystrokes(
    [node, bin],
    "? keys",
    (i) => (i === 0 ? "g" : i % (2 * rows) <= rows && i % (2 * rows) !== 0 ? "j" : "k"),
    (i) => new RegExp(`^${i === 0 ? 1 : rowAfter(i)}/\\d+ ·`, "m"),
  );
  const echo = "process.stdin.setRawMode(true); let n = 0; console.log('ready'); process.stdin.on('data', (d) => { if (String(d) === 'q') process.exit(0); console.log('key ' + n++); });";
  keys.bare = keystrokes([node, "-e", echo], "ready", () => "x", (i) => new RegExp(`^key ${i}$`, "m"));

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

if (keys.browser.length > 0) {
  for (const [name, xs] of [
    ["tmux: bare node echoes a key", keys.bare],
    ["tmux: browser keystroke to frame", keys.browser],
  ]) {
    const ref = percentile(keys.bare, 95);
    rows.push({ case: `${name} (p95)`, compileCache: true, medianMs: +percentile(xs, 95).toFixed(1), ratio: +(percentile(xs, 95) / ref).toFixed(2) });
    rows.push({ case: `${name} (median)`, compileCache: true, medianMs: +median(xs).toFixed(1), ratio: +(median(xs) / median(keys.bare)).toFixed(2) });
  }
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
const frameVsNode = rows.find((r) => r.case === "first frame vs node -e 0");
const keyP95 = rows.find((r) => r.case === "tmux: browser keystroke to frame (p95)");
if (frameVsNode && keyP95) console.log(`target: first frame within 3× bare node (${frameVsNode.ratio}×), keystroke to frame within 50 ms at p95 (${keyP95.medianMs} ms)`);

if (process.env.ARTIFACTS_DIR) {
  mkdirSync(process.env.ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(process.env.ARTIFACTS_DIR, "bench-cli.json"), JSON.stringify({ node: process.version, runs: RUNS, frameRuns: FRAME_RUNS, keyPresses: KEY_PRESSES, rows }, null, 2));
}
