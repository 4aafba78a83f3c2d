/**
 * Validates every record under `records/` and writes `generated/dataset.json`.
 * With `--check`, validates only. With a folder argument, validates that folder instead.
 * Exits 1 and prints each problem (file:line:column  field: message) when anything is wrong.
 */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { formatProblems, validateDirectory } from "../src/validate.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const checkOnly = args.includes("--check");
const folderArg = args.find((a) => !a.startsWith("--"));
const root = folderArg ? resolve(process.cwd(), folderArg) : join(here, "..", "records");

const started = performance.now();
const result = validateDirectory(root);
const shownRoot = relative(process.cwd(), root) || ".";

if (!result.dataset) {
  process.stderr.write(`${formatProblems(result.problems, `${shownRoot}/`)}\n`);
  process.stderr.write(`\n${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${shownRoot} (${result.files} record files read)\n`);
  process.exit(1);
}

const counts = Object.entries(result.dataset)
  .filter(([key]) => key !== "meta")
  .map(([key, list]) => `${(list as unknown[]).length} ${key}`)
  .join(", ");

if (!checkOnly) {
  const out = join(here, "..", "generated", "dataset.json");
  mkdirSync(dirname(out), { recursive: true });
  // Write then rename, so a failed run never leaves a half-written dataset behind.
  writeFileSync(`${out}.tmp`, `${JSON.stringify(result.dataset, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
}
const ms = Math.round(performance.now() - started);
process.stdout.write(`ok: ${result.files} record files valid (${counts}) in ${ms} ms${checkOnly ? "" : "; wrote generated/dataset.json"}\n`);
