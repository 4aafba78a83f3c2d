/**
 * What the test suites and benchmarks share. Consumed as TypeScript source (Node strips the
 * types), so it has no build step.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium, type Browser, type BrowserServer } from "playwright-core";

/** A port on the loopback interface that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** Ends a child process: SIGTERM, then SIGKILL after 5 s; resolves once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

/** Debian's Chromium, or the one CHROME_PATH names. */
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";

/**
 * Headless, and no background connections: this machine's closed network refuses them, and a
 * root user needs --no-sandbox.
 */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. The browser tests need it: install it with \`apt-get install -y chromium\` or set CHROME_PATH.`);
  }
}

/** Launches Chromium through playwright-core; fails with how to install it when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Chromium as a server that several test processes connect to (`connectBrowser` with its
 * `wsEndpoint()`), each in contexts of its own; closed by its `close()`.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  assertChromium();
  return chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Connects to a Chromium that `launchBrowserServer` started; `close()` then closes this connection's contexts only. */
export const connectBrowser = (wsEndpoint: string): Promise<Browser> => chromium.connect(wsEndpoint);

export interface Server {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Which server of the built dashboard to run: its production server (`npm start`) or Next.js's `next start`. */
export type DashboardServer = "npm start" | "next start";

/**
 * The command line (after the Node.js binary) that serves a built dashboard on a loopback port:
 * `npm start`'s server (apps/web/server/main.ts) or Next.js's `next start`. The test suites and
 * the benchmarks start the dashboard with it.
 */
export function dashboardArgs(webDir: string, server: DashboardServer, port: number): string[] {
  const at = ["--hostname", "127.0.0.1", "--port", String(port)];
  return server === "next start" ? [createRequire(join(webDir, "package.json")).resolve("next/dist/bin/next"), "start", ...at] : [join(webDir, "server", "main.ts"), ...at];
}

/**
 * The built dashboard on a free loopback port, once `/about` answers 200 (at most 60 s): its
 * production server (`npm start`: apps/web/server/main.ts, Next.js's handler with the store of
 * prerendered answers in front), or with `server: "next start"` Next.js's own `next start`.
 * `distDir` names the build it needs, for a clear message when it is missing.
 */
export async function startDashboard(
  webDir: string,
  { env = process.env, distDir = ".next", server = "npm start" }: { env?: NodeJS.ProcessEnv; distDir?: string; server?: DashboardServer } = {},
): Promise<Server> {
  if (!existsSync(join(webDir, distDir, "BUILD_ID"))) {
    throw new Error(`The web app is not built (no ${join(webDir, distDir, "BUILD_ID")}). Run \`npx turbo run build --filter=@karabakh-atlas/web\` first.`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, dashboardArgs(webDir, server, port), {
    cwd: webDir,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += String(d)));
  child.stderr?.on("data", (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${server} exited with code ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/about`);
      if (res.ok) return { url, process: child, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${server} did not answer on ${url} within 60 s:\n${log}`);
}
