/**
 * Helpers for the data package's tests (not exported by the package): copy a fixture folder
 * to a temporary folder, mutate the copy's files as text, find the line of a snippet.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "test-fixtures");
export const VALID_FIXTURE = join(FIXTURES, "valid");

const made: string[] = [];

/** A fresh copy of a fixture folder in the system's temporary folder. */
export function copyFixture(name = "valid"): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  made.push(dir);
  return dir;
}

/** Removes every copy made so far (call from `afterAll`). */
export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces `from` with `to` in a file of the copy; throws when `from` is not there exactly once. */
export function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`fixture edit: expected exactly one '${from}' in ${file}`);
  }
  writeFileSync(path, text.slice(0, at) + to + text.slice(at + from.length));
}

/** Writes (or overwrites) a file of the copy. */
export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

/** The 1-based line of the only line of a file that contains `snippet`. */
export function lineOf(dir: string, file: string, snippet: string): number {
  const lines = readFileSync(join(dir, file), "utf8").split("\n");
  const found = lines.flatMap((line, i) => (line.includes(snippet) ? [i + 1] : []));
  if (found.length !== 1) throw new Error(`lineOf: '${snippet}' is on ${found.length} lines of ${file}`);
  return found[0] as number;
}

/** Whitespace folded and typographic quotes made plain, so YAML authoring cannot break a match. */
export function normaliseQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
