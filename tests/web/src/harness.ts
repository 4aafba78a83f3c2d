import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, stopChild } from "@karabakh-atlas/test-support";

export { launchBrowser } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);

/** The built web app's directory, found through its package name. */
export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? resolve(repoRoot, "artifacts"), "web");

export interface Server {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `next start` on a free loopback port and waits until it answers. */
export async function startServer(): Promise<Server> {
  if (!existsSync(resolve(webDir, ".next", "BUILD_ID"))) {
    throw new Error(`The web app is not built (no ${resolve(webDir, ".next/BUILD_ID")}). Run \`npx turbo run build\` first.`);
  }
  const port = await freePort();
  const nextBin = require.resolve("next/dist/bin/next", { paths: [webDir] });
  const child = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
    cwd: webDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += String(d)));
  child.stderr?.on("data", (d) => (log += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/about`);
      if (res.ok) return { url, process: child, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${url} within 60 s:\n${log}`);
}

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}
