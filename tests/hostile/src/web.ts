/**
 * The dashboard built over the hostile fixture: `next build` and `next start` with
 * `KARABAKH_ATLAS_DATASET` naming the fixture's records folder. With that variable set the app's
 * `distDir` is `.next/test-dataset` (apps/web/next.config.ts), so the real build in `.next` is
 * left as it is; `buildFixtureSite` checks that.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startDashboard, type Server } from "@karabakh-atlas/test-support";
import { FIXTURE_DIR } from "./fixture.ts";

const require = createRequire(import.meta.url);

export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
/** Where next.config.ts puts a build made with KARABAKH_ATLAS_DATASET set. */
export const FIXTURE_DIST_DIR = join(webDir, ".next", "test-dataset");
const nextBin = require.resolve("next/dist/bin/next", { paths: [webDir] });

function fixtureEnv(): NodeJS.ProcessEnv {
  return { ...process.env, KARABAKH_ATLAS_DATASET: FIXTURE_DIR, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
}

/** Runs a Node script of the web app (Next's CLI, or one of its own) with the fixture's environment. */
function run(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: webDir, env: fixtureEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += String(d)));
    child.stderr.on("data", (d) => (log += String(d)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) done(log);
      else fail(new Error(`${args.join(" ")} failed (${signal ?? `exit code ${code}`}):\n${log}`));
    });
  });
}

/** The real build's id and its file's time, to check that the fixture's build left it alone. */
function realBuild(): string | undefined {
  const file = join(webDir, ".next", "BUILD_ID");
  return existsSync(file) ? `${readFileSync(file, "utf8")} ${statSync(file).mtimeMs}` : undefined;
}

/**
 * `next build` of the dashboard over the fixture. Next rewrites `next-env.d.ts` to point at the
 * build's types; it is put back as it was (it is generated and ignored by git, but the app's
 * typecheck reads it).
 */
export async function buildFixtureSite(): Promise<{ seconds: number }> {
  const envFile = join(webDir, "next-env.d.ts");
  const envBefore = existsSync(envFile) ? readFileSync(envFile, "utf8") : undefined;
  const before = realBuild();
  const started = performance.now();
  try {
    // What the web app's `npm run build` does: next build, then the hashes its
    // Content-Security-Policy allows (without them no page would hydrate).
    await run([nextBin, "build"], 10 * 60_000);
    await run([join(webDir, "scripts", "csp-manifest.ts")], 60_000);
  } finally {
    if (envBefore === undefined) rmSync(envFile, { force: true });
    else writeFileSync(envFile, envBefore);
  }
  if (!existsSync(join(FIXTURE_DIST_DIR, "BUILD_ID"))) throw new Error(`the fixture's build is not in ${FIXTURE_DIST_DIR}`);
  if (realBuild() !== before) throw new Error("building the fixture changed the real build in apps/web/.next");
  return { seconds: Math.round((performance.now() - started) / 1000) };
}

/** The production server (`npm start`) over the fixture's build on a free loopback port, once it answers. */
export const startFixtureServer = (): Promise<Server> => startDashboard(webDir, { env: fixtureEnv(), distDir: ".next/test-dataset" });

