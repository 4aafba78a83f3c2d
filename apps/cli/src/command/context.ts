/**
 * What every command shares: the program's name, the global flags, loading the atlas (bundled
 * or `--data <dir>`), choosing the output format and printing a list. Each command is one module
 * beside this one (`list.ts`, `show.ts`, …); `main.ts` registers them and is the error boundary.
 */
import { join } from "node:path";
import type { Command } from "commander";
import type { EntityKind } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import { notFoundError, usageError } from "../errors.js";
import { csvText, printJson, stdoutOut, type Io, type Out } from "../output.js";
import type * as Commands from "../commands.js";
import type { Texts } from "../i18n.js";

/** What commands need (option parsers, the dataset, the writers): loaded only when a command runs, not for `--help`. */
export type Vocab = typeof Commands;

export const NAME = "karabakh-atlas";

export interface Globals {
  json?: boolean;
  csv?: boolean;
  color?: boolean;
  data?: string;
}

/** What a command module gets from the registry in main.ts. */
export interface CommandContext {
  /** A new subcommand of the program, with the shared help and error handling. */
  command: (name: string) => Command;
  /** The loaded command helpers; undefined when only the top-level help is built. */
  v: Vocab | undefined;
  /** The language of help, messages and text output (`--lang`, or the environment's). */
  tx: Texts;
  /** The loaded command helpers, when the command runs. */
  opt: () => Vocab;
  io: Io;
  /** The exit code of a command that ran to the end. */
  status: { exitCode: number };
}

/**
 * The bundled dataset, or with `--data <dir>` the records of that folder, read and checked by
 * the data package's validator (as `validate` does); records with problems are not shown.
 */
export async function loadAtlas(c: Vocab, tx: Texts, dir?: string): Promise<Atlas> {
  if (dir === undefined) return c.bundledAtlas();
  const { validateDirectory, formatProblems } = await import("@karabakh-atlas/data/validate");
  const result = validateDirectory(dir);
  if (!result.dataset) {
    const [first] = result.problems;
    // The validator's own messages (file, line, field) stay as it writes them.
    const where = first ? tx.t("cli.error.data-first-problem", { problem: formatProblems([{ ...first, file: first.file === dir ? dir : join(dir, first.file) }]) }) : "";
    const params = { dir, count: result.problems.length, command: `${NAME} validate ${dir}` };
    throw notFoundError(`${result.problems.length === 1 ? tx.t("cli.error.data-problem", params) : tx.t("cli.error.data-problems", params)}${where}`);
  }
  return c.createAtlas(result.dataset);
}

/** A repeatable flag's values, in order: a flag given twice keeps the records matching either value. */
export const collectValues = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function out(globals: Globals, io: Io): Out {
  const o = stdoutOut(io);
  if (globals.color === false) o.color = false;
  return o;
}

export function format(globals: Globals, tx: Texts): "json" | "csv" | "text" {
  if (globals.json && globals.csv) throw usageError(tx.t("cli.error.json-or-csv"));
  return globals.json ? "json" : globals.csv ? "csv" : "text";
}

export async function printList(c: Vocab, io: Io, tx: Texts, globals: Globals, atlas: Atlas, kind: EntityKind, records: readonly AnyRecord["record"][], emptyText: string) {
  const o = out(globals, io);
  const mode = format(globals, tx);
  if (mode === "json") return printJson(o, records);
  if (mode === "csv") {
    return o.write(csvText(c.recordsCsv(atlas.dataset, kind, records)));
  }
  if (records.length === 0) {
    io.stderr(`${emptyText}\n`);
    return;
  }
  // A table: a header row, columns aligned by display width (table.ts).
  if (tx.untranslated && c.hasAtlasText(atlas, kind)) io.stderr(`${tx.t("cli.untranslated-note")}\n`);
  o.write(c.formatTable(c.listColumns(atlas, kind, tx), records, (header) => c.paint(header, "heading", o.color)));
}

export function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

export async function browse(c: Vocab, tx: Texts, data?: string): Promise<void> {
  const atlas = await loadAtlas(c, tx, data);
  const { runBrowser } = await importWithoutFetch(() => import("../ui/run.js"));
  await runBrowser(atlas, tx, () => c.bundledBoundaries());
}

/**
 * Imports a module while `globalThis.fetch` is hidden. Ink's layout engine (yoga-layout) is
 * WebAssembly built for browsers and loads its binary, a `data:` URL inside the bundle, with
 * `fetch` whenever there is one: in Node that loads and starts undici, Node's whole HTTP client,
 * for about a tenth of the browser's first frame. Without `fetch` it decodes the same URL itself.
 */
async function importWithoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, "fetch");
  if (!fetch?.configurable) return load();
  delete (globalThis as { fetch?: unknown }).fetch;
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, "fetch", fetch);
  }
}
