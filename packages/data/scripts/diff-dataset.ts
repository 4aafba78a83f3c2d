/**
 * The delta between two versions of `dataset.json`: record ids added, changed and removed, per
 * kind. Prints it and adds an entry to packages/data/CHANGELOG.md (newest first).
 *
 *   npm run data:diff -- <old dataset.json> <new dataset.json> [--no-changelog] [--changelog <file>]
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_KINDS, type EntityDir } from "@karabakh-atlas/domain";

export interface KindDelta {
  added: string[];
  /** Ids whose record differs, with the top-level fields that differ. */
  changed: { id: string; fields: string[] }[];
  removed: string[];
}

export interface DatasetDelta {
  from: { version: string; updated: string };
  to: { version: string; updated: string };
  kinds: Record<EntityDir, KindDelta>;
}

/** A dataset's meta and, by folder name, its records (a `Dataset`, or any JSON read from a file). */
interface DatasetLike {
  meta: { version: string; updated: string };
}

/** JSON with object keys sorted, so key order never counts as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function recordsOf(dataset: DatasetLike, dir: string): Map<string, Record<string, unknown>> {
  const value = (dataset as unknown as Record<string, unknown>)[dir];
  const list = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  return new Map(list.map((r) => [String(r.id), r]));
}

/** Compares two datasets kind by kind. A kind missing from one side counts as empty. */
export function diffDatasets(before: DatasetLike, after: DatasetLike): DatasetDelta {
  const kinds = {} as Record<EntityDir, KindDelta>;
  for (const { dir } of ENTITY_KINDS) {
    const old = recordsOf(before, dir);
    const now = recordsOf(after, dir);
    const delta: KindDelta = { added: [], changed: [], removed: [] };
    for (const [id, record] of now) {
      const previous = old.get(id);
      if (!previous) {
        delta.added.push(id);
        continue;
      }
      const keys = [...new Set([...Object.keys(previous), ...Object.keys(record)])].sort();
      const fields = keys.filter((k) => canonical(previous[k]) !== canonical(record[k]));
      if (fields.length > 0) delta.changed.push({ id, fields });
    }
    for (const id of old.keys()) if (!now.has(id)) delta.removed.push(id);
    delta.added.sort();
    delta.removed.sort();
    delta.changed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    kinds[dir] = delta;
  }
  return {
    from: { version: before.meta.version, updated: before.meta.updated },
    to: { version: after.meta.version, updated: after.meta.updated },
    kinds,
  };
}

export function deltaTotals(delta: DatasetDelta): { added: number; changed: number; removed: number } {
  const all = Object.values(delta.kinds);
  return {
    added: all.reduce((n, k) => n + k.added.length, 0),
    changed: all.reduce((n, k) => n + k.changed.length, 0),
    removed: all.reduce((n, k) => n + k.removed.length, 0),
  };
}

const ids = (list: readonly string[]) => list.map((id) => `\`${id}\``).join(", ");

/** A CHANGELOG entry (Markdown, starting with a `##` heading) for the delta. */
export function formatChangelogEntry(delta: DatasetDelta): string {
  const totals = deltaTotals(delta);
  const lines = [
    `## Dataset ${delta.to.version} (${delta.to.updated})`,
    "",
    `Compared with dataset ${delta.from.version} (${delta.from.updated}): ${totals.added} added, ${totals.changed} changed, ${totals.removed} removed.`,
  ];
  if (delta.from.version === delta.to.version && totals.added + totals.changed + totals.removed > 0) {
    lines.push("", "Note: the records changed but `version` in records/meta.yaml did not; see .changeset/README.md for the versioning policy.");
  }
  for (const { dir, plural } of ENTITY_KINDS) {
    const kind = delta.kinds[dir];
    if (kind.added.length + kind.changed.length + kind.removed.length === 0) continue;
    lines.push("", `### ${plural}`, "");
    if (kind.added.length > 0) lines.push(`- Added: ${ids(kind.added)}`);
    if (kind.changed.length > 0) lines.push(`- Changed: ${kind.changed.map((c) => `\`${c.id}\` (${c.fields.join(", ")})`).join(", ")}`);
    if (kind.removed.length > 0) lines.push(`- Removed: ${ids(kind.removed)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Inserts the entry after the file's `#` title (newest entries first). */
export function insertChangelogEntry(changelog: string, entry: string, title = "# @karabakh-atlas/data"): string {
  if (!changelog.trim()) return `${title}\n\n${entry}`;
  const match = /^# .*(?:\r?\n)+/.exec(changelog);
  if (!match) return `${entry}\n${changelog}`;
  const head = changelog.slice(0, match.index + match[0].length);
  return `${head}${entry}\n${changelog.slice(head.length)}`;
}

class UsageError extends Error {}

function readDataset(path: string): DatasetLike {
  if (!existsSync(path)) throw new UsageError(`${path}: file not found (expected a dataset.json, e.g. packages/data/generated/dataset.json)`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const meta = (data as { meta?: { version?: unknown; updated?: unknown } } | null)?.meta;
  if (!data || typeof data !== "object" || typeof meta?.version !== "string" || typeof meta.updated !== "string") {
    throw new UsageError(`${path}: not a Karabakh Atlas dataset (expected an object with meta.version and meta.updated, as in dataset.json)`);
  }
  return data as DatasetLike;
}

const USAGE = "usage: npm run data:diff -- <old dataset.json> <new dataset.json> [--no-changelog] [--changelog <file>]";

export function main(argv: readonly string[], cwd: string): number {
  const positional: string[] = [];
  let changelogPath: string | undefined = join(dirname(fileURLToPath(import.meta.url)), "..", "CHANGELOG.md");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--no-changelog") changelogPath = undefined;
    else if (arg === "--changelog") {
      const next = argv[++i];
      if (!next) throw new UsageError(`--changelog needs a file name\n${USAGE}`);
      changelogPath = resolve(cwd, next);
    } else if (arg === "--help" || arg === "-h") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option '${arg}'\n${USAGE}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new UsageError(`expected two files, the old and the new dataset.json; got ${positional.length}\n${USAGE}`);
  const [before, after] = positional.map((p) => readDataset(resolve(cwd, p))) as [DatasetLike, DatasetLike];
  const entry = formatChangelogEntry(diffDatasets(before, after));
  process.stdout.write(entry);
  if (changelogPath) {
    const current = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : "";
    writeFileSync(changelogPath, insertChangelogEntry(current, entry));
    process.stdout.write(`\nadded the entry to ${changelogPath}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    // npm runs workspace scripts in the package folder; paths are relative to where it was called.
    process.exitCode = main(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`data:diff: ${error.message}\n`);
    process.exitCode = 2;
  }
}
