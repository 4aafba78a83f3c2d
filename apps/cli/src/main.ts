/**
 * The command line: parses arguments with commander, loads the dataset only for commands that
 * need it, and Ink/React only for the interactive browser. Every user mistake ends here as one
 * sentence and an exit code; anything else is an internal error (exit 70).
 */
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import type { EntityKind } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import pkg from "../package.json" with { type: "json" };
import { EXIT, UserError, notFoundError, usageError } from "./errors.js";
import { csvText, jsonText, plainRow, printJson, printLines, processIo, stdoutOut, type Io, type Out } from "./output.js";
import type * as Commands from "./commands.js";

/** What commands need (option parsers, the dataset, the writers): loaded only when a command runs, not for `--help`. */
type Vocab = typeof Commands;

const NAME = "karabakh-atlas";

const EXIT_CODES = `
Exit codes:
  0   success
  1   not found (unknown id, no search match) or invalid records (validate)
  2   usage error: unknown command, flag or flag value
  70  internal error in the CLI (please report it)`;

const EXAMPLES = `
Examples:
  ${NAME}                                   browse interactively (on a terminal)
  ${NAME} list deposits --commodity gold --region kalbajar
  ${NAME} list statistics --region kalbajar --category killed
  ${NAME} show gyzylbulag
  ${NAME} search qizilbulaq
  ${NAME} stats --region kalbajar
  ${NAME} sources seed-un-letter-2018-04-17-kalbajar
  ${NAME} export --format csv --table figures --out figures.csv
  ${NAME} validate packages/data/records
  ${NAME} --data my-records show gyzylbulag   the records of a folder instead of the bundled ones
  ${NAME} list deposits --json | jq '.[].id'`;

interface Globals {
  json?: boolean;
  csv?: boolean;
  color?: boolean;
  data?: string;
}

/**
 * The bundled dataset, or with `--data <dir>` the records of that folder, read and checked by
 * the data package's validator (as `validate` does); records with problems are not shown.
 */
async function loadAtlas(c: Vocab, dir?: string): Promise<Atlas> {
  if (dir === undefined) return c.bundledAtlas();
  const { validateDirectory, formatProblems } = await import("@karabakh-atlas/data/validate");
  const result = validateDirectory(dir);
  if (!result.dataset) {
    const [first] = result.problems;
    const count = `${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`;
    const where = first ? `; the first: ${formatProblems([{ ...first, file: first.file === dir ? dir : join(dir, first.file) }])}` : "";
    throw notFoundError(`--data ${dir}: ${count} in the records (run '${NAME} validate ${dir}' for all)${where}`);
  }
  return c.createAtlas(result.dataset);
}

function out(globals: Globals, io: Io): Out {
  const o = stdoutOut(io);
  if (globals.color === false) o.color = false;
  return o;
}

/** Commander wraps help at the terminal's width, or at 80 columns on a pipe. */
function helpWidth(io: Io): number {
  const terminal = io.terminal();
  return terminal.isTTY ? (terminal.columns ?? 80) : 80;
}

function format(globals: Globals): "json" | "csv" | "text" {
  if (globals.json && globals.csv) throw usageError("choose one of --json and --csv");
  return globals.json ? "json" : globals.csv ? "csv" : "text";
}

function padEnd(text: string, width: number): string {
  return text.length >= width ? `${text}  ` : text.padEnd(width + 2);
}

async function printList(c: Vocab, io: Io, globals: Globals, atlas: Atlas, kind: EntityKind, records: readonly AnyRecord["record"][], emptyText: string, csvAsObservations = false) {
  const o = out(globals, io);
  const mode = format(globals);
  if (mode === "json") return printJson(o, records);
  if (mode === "csv") {
    return o.write(csvText(kind === "statistic" && csvAsObservations ? c.observationsCsv(atlas.dataset, records) : c.recordsCsv(atlas.dataset, kind, records)));
  }
  if (records.length === 0) {
    io.stderr(`${emptyText}\n`);
    return;
  }
  const d = new c.Describer(atlas);
  const idWidth = Math.min(32, Math.max(...records.map((r) => r.id.length)));
  o.write(records.map((record) => `${c.paint(padEnd(record.id, idWidth), "meta", o.color)}${d.summary({ kind, record } as AnyRecord)}`).join("\n") + "\n");
}

/**
 * The commands. Without `v` (top-level help only) the program is built without loading the
 * domain; the commands' own options and help need it. With `only`, the other commands are
 * registered by name alone.
 */
export function buildProgram(v?: Vocab, status: { exitCode: number } = { exitCode: EXIT.ok }, io: Io = processIo, only?: ReadonlySet<string>): Command {
  const KIND_CHOICES = v?.KIND_CHOICES ?? [];
  const opt = (): Vocab => {
    if (!v) throw new Error("command run without its option parsers");
    return v;
  };
  const program = new Command(NAME)
    .description("Karabakh Atlas in the terminal: the districts of Azerbaijan occupied in 1992–1994 and returned in 2020 — regions, deposits, companies, UN documents, statistics and their sources.\nWithout a command on a terminal, opens the interactive browser.")
    .usage("[command] [options]")
    .option("--json", "print the data package's records as JSON")
    .option("--csv", "print records as CSV")
    .option("--no-color", "no colours (also: NO_COLOR=1, or any pipe)")
    .option("-V, --version", "print the CLI version and the dataset's version and date")
    .option("--data <dir>", "read the records from this folder (meta.yaml and one folder per kind, checked as validate does) instead of the bundled dataset")
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
      // Help is plain text: no colour codes, whatever the terminal.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError(`(run '${NAME} --help' for usage)`)
    .showSuggestionAfterError(true)
    .addHelpText("after", `${EXIT_CODES}\n${EXAMPLES}`)
    .exitOverride();

  const command = (name: string) =>
    program
      .command(name)
      .showHelpAfterError(true)
      .exitOverride()
      .addHelpText("after", EXIT_CODES);

  // Each command as a function: a run builds in full only the commands its arguments name (a
  // command's options and help cost start-up time), the others by name alone.
  const define: Record<string, () => void> = {
    list: () => {
      const list = command("list")
        .argument("<kind>", `one of: ${KIND_CHOICES.join(", ")} (also timeline)`)
        .description("list records of one kind, filtered");
      for (const [key, help] of Object.entries(v?.FILTER_FLAGS ?? {})) list.addOption(new Option(`${opt().flagName(key)} <value>`, help));
      list
        .addHelpText("after", `\nExamples:\n  ${NAME} list deposits --commodity gold --region kalbajar\n  ${NAME} list statistics --region kalbajar --category killed --json\n  ${NAME} list events --from 1993 --to 1994`)
        .action(async (kindText: string, _opts, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals & Record<string, unknown>>();
          const kind = opt().parseKind(kindText);
          format(globals);
          const atlas = await loadAtlas(opt(), globals.data);
          const filter = opt().parseFilter(atlas, kind, cmd.opts());
          await printList(opt(), io, globals, atlas, kind, opt().listRecords(atlas, kind, filter), `no ${kindText} match these filters`);
        });
    },

    show: () => {
      command("show")
        .argument("<id>", "a record id, e.g. gyzylbulag or kalbajar")
        .option("--kind <kind>", "only look among records of this kind")
        .description("every field of one record, with its sources and relations")
        .addHelpText("after", `\nExamples:\n  ${NAME} show gyzylbulag\n  ${NAME} show kalbajar --json`)
        .action(async (id: string, opts: { kind?: string }, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals>();
          const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
          const mode = format(globals);
          const atlas = await loadAtlas(opt(), globals.data);
          const entry = kind ? (atlas.get(kind, id) ? ({ kind, record: atlas.get(kind, id) } as AnyRecord) : undefined) : atlas.find(id);
          if (!entry) throw notFoundError(opt().missing(atlas, kind, id));
          const o = out(globals, io);
          if (mode === "json") return printJson(o, entry.record);
          if (mode === "csv") {
            return o.write(csvText(opt().recordsCsv(atlas.dataset, entry.kind, [entry.record])));
          }
          printLines(o, new (opt().Describer)(atlas).describe(entry, o.width));
        });
    },

    search: () => {
      command("search")
        .argument("<query...>", "names and aliases, with or without diacritics")
        .option("--kind <kind>", "only records of this kind")
        .option("--limit <n>", "at most this many results", "20")
        .description("search every record by name or alias")
        .addHelpText("after", `\nExamples:\n  ${NAME} search qizilbulaq\n  ${NAME} search drmbon --kind deposits`)
        .action(async (words: string[], opts: { kind?: string; limit: string }, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals>();
          const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
          const limit = Number(opts.limit);
          if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit: '${opts.limit}' is not a whole number above 0`);
          const mode = format(globals);
          const atlas = await loadAtlas(opt(), globals.data);
          const query = words.join(" ");
          const hits = atlas.search(query, { limit, kinds: kind ? [kind] : undefined });
          if (hits.length === 0) {
            const suggestions = atlas.searchSuggestions(query, 3);
            throw notFoundError(`nothing matches '${query}'${suggestions.length > 0 ? ` — try ${suggestions.map((s) => `'${s}'`).join(", ")}` : ""}`);
          }
          const o = out(globals, io);
          if (mode === "json") return printJson(o, hits);
          if (mode === "csv") {
            return o.write(csvText(opt().csvStringify(hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title, score: h.score })), { header: true })));
          }
          const { paint } = opt();
          const kindWidth = Math.max(...hits.map((h) => h.kind.length));
          const idWidth = Math.min(32, Math.max(...hits.map((h) => h.id.length)));
          o.write(hits.map((h) => `${padEnd(h.kind, kindWidth)}${paint(padEnd(h.id, idWidth), "meta", o.color)}${plainRow(h.title)}`).join("\n") + "\n");
        });
    },

    stats: () => {
      command("stats")
        .option("--region <id>", "statistics about this region and the regions inside it")
        .option("--category <category>", "e.g. killed, missing, displaced")
        .option("--population <group>", "e.g. civilians, military")
        .description("statistics with every source's figure, as bar charts")
        .addHelpText("after", `\nExamples:\n  ${NAME} stats --region kalbajar\n  ${NAME} stats --category killed --csv`)
        .action(async (opts: Record<string, unknown>, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals>();
          const mode = format(globals);
          const atlas = await loadAtlas(opt(), globals.data);
          const statistics = atlas.statistics(opt().parseFilter(atlas, "statistic", opts));
          if (mode !== "text") return printList(opt(), io, globals, atlas, "statistic", statistics, "", true);
          if (statistics.length === 0) {
            io.stderr("no statistics match these filters\n");
            return;
          }
          const o = out(globals, io);
          const { chartLines, formatCompetingFigures } = opt();
          for (const s of statistics) {
            printLines(o, [
              { text: `${atlas.title({ kind: "statistic", record: s })}`, indent: 0, tone: "title" },
              { text: `${s.id} · ${formatCompetingFigures(s.observations)}`, indent: 0, tone: "meta" },
              ...chartLines(atlas, s, o.width, 1),
              { text: "", indent: 0, tone: "text" },
            ]);
          }
        });
    },

    sources: () => {
      command("sources")
        .argument("[id]", "a source id: what it supports, with locators and excerpts")
        .description("list the sources, or show one source and every record that cites it")
        .action(async (id: string | undefined, _opts, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals>();
          const mode = format(globals);
          const atlas = await loadAtlas(opt(), globals.data);
          if (id === undefined) return printList(opt(), io, globals, atlas, "source", atlas.sources(), "no sources");
          const source = atlas.source(id);
          if (!source) throw notFoundError(opt().missing(atlas, "source", id));
          const o = out(globals, io);
          if (mode === "json") return printJson(o, source);
          if (mode === "csv") {
            return o.write(csvText(opt().csvStringify(atlas.sourceUses(id).map((u) => ({ ...u })), { header: true, columns: ["kind", "id", "title", "field", "locator", "excerpt"] })));
          }
          printLines(o, new (opt().Describer)(atlas).describe({ kind: "source", record: source }, o.width));
        });
    },

    export: () => {
      command("export")
        .requiredOption("--format <format>", "json, csv or geojson")
        .option("--kind <kind>", "json: records of one kind only")
        .option("--table <table>", "csv: a kind's table (regions, deposits, …) or a long table (records, figures, links, claims, citations)")
        .option("--layer <layer>", "geojson: regions or deposits only (default: both)")
        .option("--out <file>", "write to this file instead of standard output")
        .description("the dataset as JSON, a CSV table, or GeoJSON points (the data package's exports)")
        .addHelpText(
          "after",
          `\nExamples:\n  ${NAME} export --format json --out atlas.json\n  ${NAME} export --format csv --table deposits --out deposits.csv\n  ${NAME} export --format csv --table figures > figures.csv\n  ${NAME} export --format geojson --layer deposits > deposits.geojson`,
        )
        .action(async (opts: { format: string; kind?: string; table?: string; layer?: string; out?: string }, cmd: Command) => {
          const fmt = opt().parseFormat(opts.format);
          const misplaced = (flag: string, applies: string) => usageError(`${flag} does not apply to ${fmt}; it is for ${applies}`);
          if (opts.kind && fmt !== "json") throw misplaced("--kind", "--format json (use --table for csv)");
          if (opts.table && fmt !== "csv") throw misplaced("--table", "--format csv");
          if (opts.layer && fmt !== "geojson") throw misplaced("--layer", "--format geojson");
          const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
          const table = opts.table ? opt().parseTable(opts.table) : undefined;
          const layer = opts.layer ? opt().parseLayer(opts.layer) : undefined;
          if (fmt === "csv" && !table) throw usageError("a CSV is one table: add --table, e.g. --table deposits or --table figures");
          const atlas = await loadAtlas(opt(), cmd.optsWithGlobals<Globals>().data);
          const { tableCsv, geoJson } = opt();
          // The same bytes to a file as to standard output: JSON exact, CSV without control characters.
          let text: string;
          if (fmt === "csv") text = csvText(tableCsv(atlas.dataset, table as NonNullable<typeof table>));
          else if (fmt === "geojson") text = jsonText(geoJson(atlas.dataset, layer));
          else text = jsonText(kind ? atlas.list(kind) : atlas.dataset);
          if (!opts.out) return void io.stdout(text);
          try {
            writeFileSync(opts.out, text);
          } catch (error) {
            throw notFoundError(`cannot write '${opts.out}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
          }
          io.stderr(`wrote ${fmt} to ${opts.out}\n`);
        });
    },

    validate: () => {
      command("validate")
        .argument("<dir>", "a folder of records: meta.yaml and one folder per kind (regions/, deposits/, …)")
        .description("check record files against the schemas and each other; prints file:line:col field: message")
        .addHelpText("after", `\nExample:\n  ${NAME} validate packages/data/records`)
        .action(async (dir: string, _opts, cmd: Command) => {
          const globals = cmd.optsWithGlobals<Globals>();
          const { validateDirectory, formatProblems } = await import("@karabakh-atlas/data/validate");
          const result = validateDirectory(dir);
          const o = out(globals, io);
          if (format(globals) === "json") printJson(o, { files: result.files, problems: result.problems });
          else if (result.problems.length > 0) {
            // One line per problem, in plain text: a message may quote a value from the files.
            const located = result.problems.map((p) => plainRow(formatProblems([{ ...p, file: p.file === dir ? dir : join(dir, p.file) }])));
            o.write(`${located.join("\n")}\n`);
            io.stderr(`${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${dir}\n`);
          } else o.write(`ok: ${result.files} record files in ${dir} are valid\n`);
          if (result.problems.length > 0) status.exitCode = EXIT.notFound;
        });
    },

    browse: () => {
      command("browse")
        .description("the interactive browser (the default on a terminal)")
        .action(async (_opts, cmd: Command) => {
          if (!isInteractive()) throw usageError("the interactive browser needs a terminal: use list, show, search or --json when piping");
          await browse(opt(), cmd.optsWithGlobals<Globals>().data);
        });
    },
  };
  for (const [name, build] of Object.entries(define)) {
    if (!only || only.has(name)) build();
    else program.command(name);
  }

  return program;
}

function isInteractive(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

async function browse(c: Vocab, data?: string): Promise<void> {
  const atlas = await loadAtlas(c, data);
  const { runBrowser } = await import("./ui/run.js");
  await runBrowser(atlas);
}

async function printVersion(c: Vocab, io: Io, data?: string): Promise<void> {
  const atlas = await loadAtlas(c, data);
  const { formatDate } = c;
  io.stdout(`${NAME} ${pkg.version}\ndataset: ${plainRow(atlas.meta.name)} ${atlas.meta.version}, updated ${formatDate(atlas.meta.updated)}\n`);
}

/**
 * `--data <dir>` (or `--data=<dir>`) taken out of the arguments, for the two cases decided before
 * commander parses them: no command at all (the browser or the help) and `--version`.
 */
function splitDataOption(argv: readonly string[]): { data?: string; rest: string[] } {
  const rest: string[] = [];
  let data: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === "--data" && i + 1 < argv.length) data = argv[++i];
    else if (arg.startsWith("--data=")) data = arg.slice("--data=".length);
    else rest.push(arg);
  }
  return { data, rest };
}

const COMMANDS = new Set(["list", "show", "search", "stats", "sources", "export", "validate", "browse", "help"]);

/**
 * Runs the CLI and returns the exit code; never throws. Output and messages go to `io` (the
 * process's standard output and error unless a caller brings its own).
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const topLevelHelp = argv.length === 0 || (argv.length === 1 && ["--help", "-h", "help"].includes(argv[0] as string));
  // The exit code of a command that ran to the end; kept here, not in process.exitCode, so that
  // run() can be called again in the same process (the fuzz tests do, a thousand times).
  const status = { exitCode: EXIT.ok as number };
  const commands = () => import("./commands.js");
  // The commands the arguments name (`list`, or `search list` for a search for "list"): only
  // these are built in full. Without any (a typo, `--version`), all are.
  const named = new Set(argv.filter((a) => COMMANDS.has(a) && a !== "help"));
  const only = named.size > 0 && !argv.includes("help") ? named : undefined;
  const program = buildProgram(topLevelHelp ? undefined : await commands(), status, io, only);
  try {
    const hasCommand = argv.some((a) => COMMANDS.has(a));
    const { data, rest } = splitDataOption(argv);
    if (!hasCommand && (argv.includes("--version") || argv.includes("-V"))) {
      await printVersion(await commands(), io, data);
      return EXIT.ok;
    }
    if (rest.length === 0) {
      if (isInteractive()) {
        await browse(await commands(), data);
        return EXIT.ok;
      }
      io.stdout(program.helpInformation());
      io.stderr(`(the interactive browser needs a terminal; ${NAME} --help lists the commands)\n`);
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: "user" });
    return status.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UserError) {
      io.stderr(`${NAME}: ${plainRow(error.message)}\n`);
      if (error.showUsage) io.stderr(`(run '${NAME} ${argv.find((a) => COMMANDS.has(a)) ?? ""}${argv.some((a) => COMMANDS.has(a)) ? " " : ""}--help' for usage)\n`);
      return error.exitCode;
    }
    if ((error as NodeJS.ErrnoException)?.code === "EPIPE") return EXIT.ok;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: internal error: ${plainRow(message)} (please report it; set KARABAKH_ATLAS_DEBUG=1 for details)\n`);
    if (process.env.KARABAKH_ATLAS_DEBUG) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT.internal;
  }
}
