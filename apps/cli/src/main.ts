/**
 * The command line: the registry of commands (one module each in `command/`), parsed with
 * commander; the dataset is loaded only for commands that need it, Ink/React only for the
 * interactive browser. This is the error boundary: every user mistake ends here as one sentence
 * and an exit code; anything else is an internal error (exit 70).
 */
import { Command, CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { EXIT, UserError } from "./errors.js";
import { plainRow, processIo, type Io } from "./output.js";
import { NAME, browse, isInteractive, loadAtlas, type CommandContext, type Vocab } from "./command/context.js";
import { defineBrowse } from "./command/browse.js";
import { defineCompletion } from "./command/completion.js";
import { defineExport } from "./command/export.js";
import { defineList } from "./command/list.js";
import { defineMap } from "./command/map.js";
import { defineSearch } from "./command/search.js";
import { defineShow } from "./command/show.js";
import { defineSources } from "./command/sources.js";
import { defineStats } from "./command/stats.js";
import { defineValidate } from "./command/validate.js";

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
  ${NAME} map kalbajar                      the district drawn in the terminal, with its deposits
  ${NAME} validate packages/data/records
  ${NAME} --data my-records show gyzylbulag   the records of a folder instead of the bundled ones
  ${NAME} list deposits --json | jq '.[].id'`;

/** Every command, in the order of the help, by the module that defines it. */
const COMMAND_MODULES: Record<string, (ctx: CommandContext) => void> = {
  list: defineList,
  show: defineShow,
  search: defineSearch,
  stats: defineStats,
  sources: defineSources,
  export: defineExport,
  map: defineMap,
  validate: defineValidate,
  browse: defineBrowse,
};

/** Commander wraps help at the terminal's width, or at 80 columns on a pipe. */
function helpWidth(io: Io): number {
  const terminal = io.terminal();
  return terminal.isTTY ? (terminal.columns ?? 80) : 80;
}

/**
 * The commands. Without `v` (top-level help only) the program is built without loading the
 * domain; the commands' own options and help need it. With `only`, the other commands are
 * registered by name alone.
 */
export function buildProgram(v?: Vocab, status: { exitCode: number } = { exitCode: EXIT.ok }, io: Io = processIo, only?: ReadonlySet<string>): Command {
  const program = new Command(NAME)
    .description("Karabakh Atlas in the terminal: the districts of Azerbaijan occupied in 1992–1994 and the former Nagorno-Karabakh Autonomous Oblast, which came under Azerbaijani control in 2020 and 2023 — regions, deposits, companies, UN documents, statistics and their sources.\nWithout a command on a terminal, opens the interactive browser.")
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
      // One format for every error: `karabakh-atlas: <what> — <what would be right>`.
      outputError: (text, write) => write(commanderMessage(text)),
    })
    // Every command's help shows the global options (--json, --csv, --data, …) too.
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError(`(run '${NAME} --help' for usage)`)
    .showSuggestionAfterError(true)
    .addHelpText("after", `${EXIT_CODES}\n${EXAMPLES}`)
    .exitOverride();

  const ctx: CommandContext = {
    command: (name) =>
      program
        .command(name)
        // A usage error prints its one line and where the help is, not the whole help.
        .showHelpAfterError(`(run '${NAME} ${name} --help' for usage)`)
        .exitOverride()
        .addHelpText("after", EXIT_CODES),
    v,
    opt: () => {
      if (!v) throw new Error("command run without its option parsers");
      return v;
    },
    io,
    status,
  };
  // A run builds in full only the commands its arguments name (a command's options and help cost
  // start-up time), the others by name alone.
  for (const [name, define] of Object.entries(COMMAND_MODULES)) {
    if (!only || only.has(name)) define(ctx);
    else program.command(name);
  }
  // Completion lists every command's flags: it builds the whole program again, in full.
  if (!only || only.has("completion")) defineCompletion(ctx, () => buildProgram(v, { exitCode: EXIT.ok }, io));
  else program.command("completion");

  return program;
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

const COMMANDS = new Set(["list", "show", "search", "stats", "sources", "export", "map", "validate", "completion", "browse", "help"]);

/**
 * Commander's messages (`error: unknown option '--x'\n(Did you mean --y?)`) in the CLI's one
 * format: `karabakh-atlas: unknown option '--x' — did you mean --y?`.
 */
export function commanderMessage(text: string): string {
  const [first = "", ...rest] = text.trim().split("\n");
  const what = first.replace(/^error: /, "");
  const hint = rest.join(" ").trim().replace(/^\((.*)\)$/, "$1");
  return `${NAME}: ${what}${hint ? ` — ${hint.charAt(0).toLowerCase()}${hint.slice(1)}` : ""}\n`;
}

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
