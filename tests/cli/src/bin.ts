import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@karabakh-atlas/cli/package.json");
export const cliManifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { version: string; bin: Record<string, string> };

/** The built executable, as npm would link it. */
export const BIN = join(dirname(manifestPath), cliManifest.bin["karabakh-atlas"] as string);

/** The built program: `dist/main.js` exports run() for in-process tests. */
export const MAIN = join(dirname(manifestPath), "dist", "main.js");

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a run in English whatever the machine's locale: the CLI takes its language
 * from LC_ALL, LC_MESSAGES and LANG (a test of another language sets them itself).
 */
export const ENGLISH_LOCALE = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: "C.UTF-8" };

/** Runs the bin with stdin, stdout and stderr as pipes (never a terminal). */
export function cli(args: string[], env: Record<string, string | undefined> = {}): Result {
  const merged = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...ENGLISH_LOCALE, ...env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    input: "",
    // The whole dataset as JSON is over a megabyte, spawnSync's default limit (past it: status null).
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A record as it comes out of JSON.stringify: what `--json` must print. */
export const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
