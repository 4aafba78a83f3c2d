/**
 * The command line: the registry of commands (one module each in `command/`), parsed with
 * commander; the dataset is loaded only for commands that need it, Ink/React only for the
 * interactive browser. This is the error boundary: every user mistake ends here as one sentence
 * and an exit code; anything else is an internal error (exit 70).
 */
import { Command, CommanderError } from "commander";
import pkg from "../package.json" with { type: "json" };
import { EXIT, UserError } from "./errors.js";
import { ENGLISH, langArgument, langFromEnvironment, loadTexts, parseLang, type Texts } from "./i18n.js";
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

/** The exit codes, as every command's help ends. */
function exitCodes(tx: Texts): string {
  return `
${tx.t("cli.help.exit-codes")}
  0   ${tx.t("cli.help.exit-0")}
  1   ${tx.t("cli.help.exit-1")}
  2   ${tx.t("cli.help.exit-2")}
  70  ${tx.t("cli.help.exit-70")}`;
}

function examples(tx: Texts): string {
  return `
${tx.t("cli.help.examples")}
  ${NAME}                                   ${tx.t("cli.help.example-browse")}
  ${NAME} list deposits --commodity gold --region kalbajar
  ${NAME} list statistics --region kalbajar --category killed
  ${NAME} show gyzylbulag
  ${NAME} --lang az show kalbajar           ${tx.t("cli.help.example-lang")}
  ${NAME} search qizilbulaq
  ${NAME} stats --region kalbajar
  ${NAME} sources seed-un-letter-2018-04-17-kalbajar
  ${NAME} export --format csv --table figures --out figures.csv
  ${NAME} map kalbajar                      ${tx.t("cli.help.example-map")}
  ${NAME} validate packages/data/records
  ${NAME} --data my-records show gyzylbulag   ${tx.t("cli.help.example-data")}
  ${NAME} list deposits --json | jq '.[].id'`;
}

/** Commander's headings in the help's language. */
function helpTitle(tx: Texts, title: string): string {
  switch (title) {
    case "Usage:":
      return tx.t("cli.help.heading-usage");
    case "Options:":
      return tx.t("cli.help.heading-options");
    case "Global Options:":
      return tx.t("cli.help.heading-global-options");
    case "Commands:":
      return tx.t("cli.help.heading-commands");
    case "Arguments:":
      return tx.t("cli.help.heading-arguments");
    default:
      return title;
  }
}

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
export function buildProgram(
  v?: Vocab,
  status: { exitCode: number } = { exitCode: EXIT.ok },
  io: Io = processIo,
  only?: ReadonlySet<string>,
  tx: Texts = ENGLISH,
): Command {
  const program = new Command(NAME)
    .description(`${tx.t("cli.help.description")}\n${tx.t("cli.help.description-browser")}`)
    .usage(tx.t("cli.help.usage-line"))
    .option("--json", tx.t("cli.help.option-json"))
    .option("--csv", tx.t("cli.help.option-csv"))
    .option("--no-color", tx.t("cli.help.option-no-color"))
    .option("-V, --version", tx.t("cli.help.option-version"))
    .option("--data <dir>", tx.t("cli.help.option-data"))
    // Read and checked before the program is built (run() reads it first, for the help's own
    // language); here so that it is accepted after a command too and listed in every help.
    .option("--lang <lang>", tx.t("cli.help.option-lang"))
    .helpOption("-h, --help", tx.t("cli.help.option-help"))
    .helpCommand("help [command]", tx.t("cli.help.option-help"))
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
      // Help is plain text: no colour codes, whatever the terminal.
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      // One format for every error: `karabakh-atlas: <what> — <what would be right>`.
      outputError: (text, write) => write(commanderMessage(text, tx)),
    })
    // Every command's help shows the global options (--json, --csv, --data, …) too.
    .configureHelp({ showGlobalOptions: true, styleTitle: (title) => helpTitle(tx, title) })
    .showHelpAfterError(tx.t("cli.help.usage", { command: NAME }))
    .showSuggestionAfterError(true)
    .addHelpText("after", `${exitCodes(tx)}\n${examples(tx)}`)
    .exitOverride();

  const ctx: CommandContext = {
    command: (name) =>
      program
        .command(name)
        // A usage error prints its one line and where the help is, not the whole help.
        .showHelpAfterError(tx.t("cli.help.usage", { command: `${NAME} ${name}` }))
        .helpOption("-h, --help", tx.t("cli.help.option-help"))
        .exitOverride()
        .addHelpText("after", exitCodes(tx)),
    v,
    tx,
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
  if (!only || only.has("completion")) defineCompletion(ctx, () => buildProgram(v, { exitCode: EXIT.ok }, io, undefined, tx));
  else program.command("completion");

  return program;
}

async function printVersion(c: Vocab, io: Io, tx: Texts, data?: string): Promise<void> {
  const atlas = await loadAtlas(c, tx, data);
  const { formatDate } = c;
  const dataset = tx.t("cli.version.dataset", { name: plainRow(atlas.meta.name), version: atlas.meta.version, date: formatDate(atlas.meta.updated, tx.locale) });
  io.stdout(`${NAME} ${pkg.version}\n${dataset}\n`);
}

/**
 * `--data <dir>` (or `--data=<dir>`) taken out of the arguments, for the two cases decided before
 * commander parses them: no command at all (the browser or the help) and `--version`; `--lang`
 * (read by run() before) is taken out too.
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
    else if (arg === "--lang" && i + 1 < argv.length) i++;
    else if (!arg.startsWith("--lang=")) rest.push(arg);
  }
  return { data, rest };
}

const COMMANDS = new Set(["list", "show", "search", "stats", "sources", "export", "map", "validate", "completion", "browse", "help"]);

/** Commander's own messages, by their English text, in the CLI's language. */
const COMMANDER_MESSAGES: [RegExp, (tx: Texts, m: RegExpExecArray) => string][] = [
  [/^unknown option '(.*)'$/, (tx, m) => tx.t("cli.error.unknown-option", { option: m[1] ?? "" })],
  [/^unknown command '(.*)'$/, (tx, m) => tx.t("cli.error.unknown-command", { command: m[1] ?? "" })],
  [/^missing required argument '(.*)'$/, (tx, m) => tx.t("cli.error.missing-argument", { argument: m[1] ?? "" })],
  [/^option '(.*)' argument missing$/, (tx, m) => tx.t("cli.error.option-argument-missing", { option: m[1] ?? "" })],
  [/^required option '(.*)' not specified$/, (tx, m) => tx.t("cli.error.required-option", { option: m[1] ?? "" })],
  [/^too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+): (.*)\.$/s, (tx, m) => tx.t("cli.error.too-many-arguments", { expected: m[1] ?? "", received: m[2] ?? "", details: m[3] ?? "" })],
];

/**
 * Commander's messages (`error: unknown option '--x'\n(Did you mean --y?)`) in the CLI's one
 * format: `karabakh-atlas: unknown option '--x' — did you mean --y?`; in Azerbaijani or Russian
 * the messages commander writes in English are translated.
 */
export function commanderMessage(text: string, tx: Texts = ENGLISH): string {
  const [first = "", ...rest] = text.trim().split("\n");
  let what = first.replace(/^error: /, "");
  const hint = rest.join(" ").trim().replace(/^\((.*)\)$/, "$1");
  if (tx.lang !== "en") {
    for (const [pattern, translate] of COMMANDER_MESSAGES) {
      const match = pattern.exec(what);
      if (match) {
        what = translate(tx, match);
        break;
      }
    }
    const similar = /^Did you mean (?:one of )?(.*)\?$/.exec(hint);
    if (similar) return `${NAME}: ${what}${tx.t("cli.error.did-you-mean", { value: similar[1] ?? "" })}\n`;
  }
  return `${NAME}: ${what}${hint ? ` — ${hint.charAt(0).toLowerCase()}${hint.slice(1)}` : ""}\n`;
}

/**
 * Runs the CLI and returns the exit code; never throws. Output and messages go to `io` (the
 * process's standard output and error unless a caller brings its own). The language is `--lang`,
 * else the environment's (`env`: LC_ALL, LC_MESSAGES, LANG).
 */
export async function run(argv: string[], io: Io = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The exit code of a command that ran to the end; kept here, not in process.exitCode, so that
  // run() can be called again in the same process (the fuzz tests do, a thousand times).
  const status = { exitCode: EXIT.ok as number };
  let tx = ENGLISH;
  const commands = () => import("./commands.js");
  try {
    tx = await loadTexts(langFromEnvironment(env));
    const given = langArgument(argv);
    if (given !== undefined) tx = await loadTexts(await parseLang(given, tx));
    const { data, rest } = splitDataOption(argv);
    const topLevelHelp = rest.length === 0 || (rest.length === 1 && ["--help", "-h", "help"].includes(rest[0] as string));
    // The commands the arguments name (`list`, or `search list` for a search for "list"): only
    // these are built in full. Without any (a typo, `--version`), all are.
    const named = new Set(argv.filter((a) => COMMANDS.has(a) && a !== "help"));
    const only = named.size > 0 && !argv.includes("help") ? named : undefined;
    const program = buildProgram(topLevelHelp ? undefined : await commands(), status, io, only, tx);
    const hasCommand = argv.some((a) => COMMANDS.has(a));
    if (!hasCommand && (argv.includes("--version") || argv.includes("-V"))) {
      await printVersion(await commands(), io, tx, data);
      return EXIT.ok;
    }
    if (rest.length === 0) {
      if (isInteractive()) {
        await browse(await commands(), tx, data);
        return EXIT.ok;
      }
      io.stdout(program.helpInformation());
      io.stderr(`${tx.t("cli.help.needs-terminal", { command: NAME })}\n`);
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
      const command = argv.find((a) => COMMANDS.has(a));
      if (error.showUsage) io.stderr(`${tx.t("cli.help.usage", { command: command ? `${NAME} ${command}` : NAME })}\n`);
      return error.exitCode;
    }
    if ((error as NodeJS.ErrnoException)?.code === "EPIPE") return EXIT.ok;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`${NAME}: ${tx.t("cli.error.internal", { message: plainRow(message) })}\n`);
    if (process.env.KARABAKH_ATLAS_DEBUG) io.stderr(`${(error as Error)?.stack ?? ""}\n`);
    return EXIT.internal;
  }
}
