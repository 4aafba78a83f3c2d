/**
 * `npm test`: one dashboard server (`npm start`'s) and one Chromium for the whole suite, then node's test runner over
 * the test files with their addresses in the environment (KARABAKH_WEB_URL and
 * KARABAKH_BROWSER_WS, read by `useWebSite()` in harness.ts). Each file used to start its own
 * server and browser: eight of each per run, about 5 CPU-seconds and, on a busy two-core
 * machine, up to 20 seconds of waiting apiece. `npm test -- map.test.ts` runs the files named;
 * a file run on its own (`node --test src/map.test.ts`) starts its own server and browser. The
 * server and the browser are stopped when the runner ends, also when it fails or is interrupted.
 */
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";
import { run } from "node:test";
import { spec, tap } from "node:test/reporters";
import { fileURLToPath } from "node:url";
import { launchBrowserServer } from "@karabakh-atlas/test-support";
import { startServer } from "./harness.ts";

const testsDir = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Every test file, the longest first: two run at a time, and a long file started last would run
 * alone at the end (web.test.ts, 178 s in a run on a busy machine, came last in name order).
 */
const LONGEST_FIRST = ["reading-phone.test.ts", "web.test.ts", "languages.test.ts", "reading-desktop.test.ts", "crawl.test.ts", "map.test.ts"];
const named = process.argv.slice(2).map((f) => basename(f));
const files = readdirSync(join(testsDir, "src"))
  .filter((f) => f.endsWith(".test.ts") && (named.length === 0 || named.includes(f)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((f) => join(testsDir, "src", f));
const unknown = named.filter((f) => !files.some((file) => basename(file) === f));
if (unknown.length > 0) throw new Error(`no test file ${unknown.join(", ")} in src/ (the files: ${readdirSync(join(testsDir, "src")).filter((f) => f.endsWith(".test.ts")).join(", ")})`);
function rank(file: string): number {
  const i = LONGEST_FIRST.indexOf(file);
  return i === -1 ? LONGEST_FIRST.length : i;
}

const [started, launched] = await Promise.allSettled([startServer(), launchBrowserServer()]);
if (started.status === "rejected" || launched.status === "rejected") {
  if (started.status === "fulfilled") await started.value.stop();
  if (launched.status === "fulfilled") await launched.value.close();
  throw started.status === "rejected" ? started.reason : (launched as PromiseRejectedResult).reason;
}
const server = started.value;
const browser = launched.value;
const stop = async () => {
  await browser.close().catch(() => undefined);
  await server.stop();
};

// Node's test runner, in this process (its command line would sort the files by name); each file
// still runs in a child process of its own, which inherits the addresses from the environment.
process.env.KARABAKH_WEB_URL = server.url;
process.env.KARABAKH_BROWSER_WS = browser.wsEndpoint();
let failed = false;
const abort = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => abort.abort());
const stream = run({ files, concurrency: 2, timeout: 600_000, signal: abort.signal });
stream.on("test:fail", () => (failed = true));
const report = process.stdout.isTTY ? stream.compose(new spec()) : stream.compose(tap);
report.pipe(process.stdout, { end: false });
await finished(report);
await stop();
// A failing run may be the server's doing: its log says.
if (failed) process.stderr.write(`the dashboard server's log:\n${server.output()}\n`);
process.exitCode = failed ? 1 : 0;
