// Start-up benchmark of the karabakh-atlas CLI. Every figure is a median of several runs and is
// printed as a ratio to bare `node -e 0` (same Node binary, same run), so that the numbers
// compare across machines. The interactive case is measured under tmux: time from starting the
// session until the first frame shows, against a bare Node script printing a marker the same way.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const quick = Boolean(process.env.BENCH_QUICK);
const RUNS = quick ? 5 : 15;
const FRAME_RUNS = quick ? 3 : 7;
const node = process.execPath;

const require = createRequire(import.meta.url);
// Read from inside each measured process (probe.mjs): its CPU time, which the machine's load does
// not inflate the way it inflates the time on the clock.
const PROBE = fileURLToPath(new URL("./probe.mjs", import.meta.url));
const probeDir = mkdtempSync(join(tmpdir(), "karabakh-atlas-bench-"));
let probes = 0;
/** A probe file for one process, and the node arguments and environment that load the probe. */
function probe(marker) {
  const file = join(probeDir, `probe-${probes++}.txt`);
  return { file, args: ["--import", PROBE], env: ["-e", `PROBE_FILE=${file}`, "-e", `PROBE_MARKER=${marker}`] };
}
function probed(file) {
  const lines = existsSync(file) ? readFileSync(file, "utf8").trim().split("\n") : [];
  const of = (what) => lines.filter((l) => l.startsWith(`${what} `)).map((l) => Number(l.slice(what.length + 1)));
  return { frame: of("frame")[0], keys: of("key") };
}
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
/**
 * Time from starting `node <args>` under tmux until `marker` shows, and the process's CPU time
 * when it wrote the marker (start-up included), read by the probe.
 */
function firstFrame(args, marker) {
  // A fresh server per run: reusing a socket name races with the previous server's shutdown.
  const socket = `karabakh-atlas-bench-${process.pid}-${sessions++}`;
  const p = probe(marker);
  const start = process.hrtime.bigint();
  execFileSync("tmux", ["-L", socket, "new-session", "-d", "-s", "b", "-x", "80", "-y", "24", ...p.env, node, ...p.args, ...args]);
  try {
    for (;;) {
      const screen = execFileSync("tmux", ["-L", socket, "capture-pane", "-p", "-t", "b"], { encoding: "utf8" });
      if (screen.includes(marker)) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        // The probe writes its line as the frame is written, before tmux shows it.
        return { ms, cpu: probed(p.file).frame };
      }
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
function keystrokes(args, ready, keyFor, expected, size = ["80", "24"]) {
  const socket = `karabakh-atlas-keys-${process.pid}-${sessions++}`;
  const tmux = (...a) => execFileSync("tmux", ["-L", socket, ...a], { encoding: "utf8" });
  const p = probe(ready);
  tmux("new-session", "-d", "-s", "b", "-x", size[0], "-y", size[1], "-e", "NO_COLOR=1", ...p.env, node, ...p.args, ...args);
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
  // CPU time of the measured keys (the probe's first line is the key that found the program ready).
  const cpu = probed(p.file).keys.slice(-KEY_PRESSES);
  return { ms: out, cpu };
}

const keys = { bare: [], browser: [], wide: [] };
const keysCpu = { bare: [], browser: [], wide: [] };
const frames = { bare: [], browser: [] };
const framesCpu = { bare: [], browser: [] };
if (tmuxAvailable()) {
  // The browser: down the regions list and back up (j, k), each key moving the footer's position;
  // each region is drawn for the first time on the way down (at 80×24, and again at 120×40).
  const rows = 20;
  const rowAfter = (i) => 1 + (i % (2 * rows) <= rows ? i % (2 * rows) : 2 * rows - (i % (2 * rows)));
  const keyFor = (i) => (i === 0 ? "g" : i % (2 * rows) <= rows && i % (2 * rows) !== 0 ? "j" : "k");
  const expected = (i) => new RegExp(`^${i === 0 ? 1 : rowAfter(i)}/\\d+ ·`, "m");
  for (const [name, size] of [["browser", ["80", "24"]], ["wide", ["120", "40"]]]) {
    const r = keystrokes([bin], "? keys", keyFor, expected, size);
    keys[name] = r.ms;
    keysCpu[name] = r.cpu;
  }
  const echo = "process.stdin.setRawMode(true); let n = 0; console.log('ready'); process.stdin.on('data', (d) => { if (String(d) === 'q') process.exit(0); console.log('key ' + n++); });";
  const bare = keystrokes(["-e", echo], "ready", () => "x", (i) => new RegExp(`^key ${i}$`, "m"));
  keys.bare = bare.ms;
  keysCpu.bare = bare.cpu;

  const bareArgs = ["-e", "console.log('ready'); setTimeout(() => {}, 30000)"];
  firstFrame([bin], "? keys");
  for (let i = 0; i < FRAME_RUNS; i++) {
    for (const [name, args, marker] of [["bare", bareArgs, "ready"], ["browser", [bin], "? keys"]]) {
      const r = firstFrame(args, marker);
      frames[name].push(r.ms);
      if (r.cpu !== undefined) framesCpu[name].push(r.cpu);
    }
  }
}
rmSync(probeDir, { recursive: true, force: true });

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
    ["tmux 120×40: browser keystroke to frame", keys.wide],
  ]) {
    const ref = percentile(keys.bare, 95);
    rows.push({ case: `${name} (p95)`, compileCache: true, medianMs: +percentile(xs, 95).toFixed(1), ratio: +(percentile(xs, 95) / ref).toFixed(2) });
    rows.push({ case: `${name} (median)`, compileCache: true, medianMs: +median(xs).toFixed(1), ratio: +(median(xs) / median(keys.bare)).toFixed(2) });
  }
}

// CPU time, read inside each process: what the machine's load leaves alone.
const cpuRows = [];
if (framesCpu.browser.length > 0 && framesCpu.bare.length > 0) {
  const bare = median(framesCpu.bare);
  cpuRows.push({ case: "bare node: CPU to its first line", ms: bare, ratio: 1 });
  cpuRows.push({ case: "browser: CPU to its first frame", ms: median(framesCpu.browser), ratio: median(framesCpu.browser) / bare });
}
for (const [name, xs] of [
  ["bare node: CPU per echoed key", keysCpu.bare],
  ["browser 80×24: CPU per key", keysCpu.browser],
  ["browser 120×40: CPU per key", keysCpu.wide],
]) {
  if (xs.length === 0) continue;
  cpuRows.push({ case: `${name} (p95)`, ms: percentile(xs, 95) });
  cpuRows.push({ case: `${name} (median)`, ms: median(xs) });
}

console.log(`karabakh-atlas CLI start-up, ${node} ${process.version}; median of ${RUNS} runs (${FRAME_RUNS} for tmux)`);
console.log("ratio = median time / median time of the reference measured in this run (node -e 0; for tmux rows, bare node under tmux)\n");
const header = ["case", "compile cache", "median ms", "ratio"];
const body = rows.map((r) => [r.case, r.compileCache ? "on" : "off", r.medianMs.toFixed(1), `${r.ratio.toFixed(2)}×`]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
for (const line of [header, ...body]) console.log(line.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
if (frames.browser.length === 0) console.log("\n(tmux not found: first-frame time not measured)");

if (cpuRows.length > 0) {
  console.log("\nCPU time (every thread of the measured process, read inside it; medians of the runs above)\n");
  const cw = Math.max(...cpuRows.map((r) => r.case.length));
  for (const r of cpuRows) console.log(`${r.case.padEnd(cw)}  ${r.ms.toFixed(1).padStart(8)} ms${r.ratio ? `  ${r.ratio.toFixed(2)}×` : ""}`);
}

const target = rows.filter((r) => r.compileCache && (r.case === "--help" || r.case === "list deposits --json"));
console.log(`\ntarget: scriptable commands within 2× bare Node — ${target.map((r) => `${r.case} ${r.ratio}×`).join(", ")}`);
const frameTmux = rows.find((r) => r.case === "tmux: first interactive frame");
const keyP95 = rows.find((r) => r.case === "tmux: browser keystroke to frame (p95)");
const frameCpu = cpuRows.find((r) => r.case === "browser: CPU to its first frame");
const keyCpuP95 = cpuRows.find((r) => r.case === "browser 80×24: CPU per key (p95)");
// Wall-clock figures mean what they say only on a quiet machine: the load is printed beside them.
const load = loadavg()[0];
const cores = availableParallelism();
const busy = load > cores * 0.75;
const label = busy ? ` — UNDER LOAD (load average ${load.toFixed(1)} on ${cores} cores): the clock figures are inflated, the CPU-time figures are the ones to compare` : ` (load average ${load.toFixed(1)} on ${cores} cores)`;
if (frameTmux && keyP95) console.log(`target: first frame within 3× bare node under tmux (clock ${frameTmux.ratio}×), keystroke to frame within 50 ms at p95 (clock ${keyP95.medianMs} ms)${label}`);
if (frameCpu && keyCpuP95) console.log(`target, CPU time: first frame ${frameCpu.ratio.toFixed(2)}× bare node's CPU to its first line; ${keyCpuP95.ms.toFixed(1)} ms of CPU per key at p95${busy ? " (measured under load)" : ""}`);

if (process.env.ARTIFACTS_DIR) {
  mkdirSync(process.env.ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(process.env.ARTIFACTS_DIR, "bench-cli.json"), JSON.stringify({ node: process.version, runs: RUNS, frameRuns: FRAME_RUNS, keyPresses: KEY_PRESSES, loadAverage: loadavg()[0], cores: availableParallelism(), rows, cpu: cpuRows }, null, 2));
}
