/**
 * Bad input, fuzzed: random argument vectors — real commands, kinds, ids, flags and enum values
 * mixed with garbage, unicode, empty and very long strings — must never crash the CLI, never
 * print a stack trace, and only ever end with a documented exit code (0, 1, 2; 70 is an internal
 * error, so it fails here too).
 *
 * Most cases call the built CLI's run() in-process (dist/main.js; spawning a thousand processes
 * on two cores takes minutes); a smaller random sample runs the real bin as a process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atlas, EXPORT_TABLE_NAMES } from "@karabakh-atlas/data";
import { BIN, MAIN, cli } from "./bin.js";

const IN_PROCESS_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const PROCESS_RUNS = Number(process.env.FUZZ_PROCESS_RUNS ?? 100);
const DOCUMENTED = new Set([0, 1, 2]);

// The CLI may write files (`export --out <anything>`): let it write them in a folder of ours.
const workDir = mkdtempSync(join(tmpdir(), "karabakh-atlas-fuzz-"));
const startDir = process.cwd();
beforeAll(() => process.chdir(workDir));
afterAll(() => {
  process.chdir(startDir);
  rmSync(workDir, { recursive: true, force: true });
});

// ---- the vocabulary the argument vectors are drawn from --------------------------------------

const COMMANDS = ["list", "show", "search", "stats", "sources", "export", "validate", "browse", "help"];
const KINDS = ["regions", "deposits", "companies", "resolutions", "statistics", "heritage-sites", "events", "programmes", "sources", "timeline", "documents", "un-documents", "deposit", "Regions"];
const FLAGS = [
  "--json", "--csv", "--no-color", "--color", "--help", "-h", "--version", "-V", "--kind", "--limit", "--format", "--table",
  "--layer", "--out", "--region", "--category", "--population", "--commodity", "--company", "--status", "--parent",
  "--body", "--jurisdiction", "--from", "--to", "--publisher-type", "--publisherType", "--", "-", "-x", "--json=1", "--limit=0",
];
const VALUES = [
  "json", "csv", "geojson", "xml", "gold", "copper", "killed", "missing", "displaced", "civilians", "military", "unsc",
  "AZ", "am", "1993", "1994-04", "1993-04-02", "2020-13-45", "0", "-1", "1.5", "1e3", "NaN", "Infinity", "20",
  "records", "figures", "links", "claims", "citations", "regions", "deposits", "district", "operating", "null", "undefined",
  "true", "{}", "[]", "'", '"', "\\", "%s", "${HOME}", "packages/data/records",
  ...EXPORT_TABLE_NAMES,
];
const IDS = [...new Set(Object.values(atlas.dataset).flatMap((records) => (Array.isArray(records) ? records.map((r: { id: string }) => r.id) : [])))];

/** Garbage: never a path outside our folder (the fuzzer runs as whatever user CI runs as). */
const safe = (text: string) => text.replaceAll("/", "_").replaceAll("\0", "");
const garbage = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.constant(""),
  fc.constantFrom(" ", "\t", "\n", "-", "--", "---", "=", "--=", "\u200b", "\u202e", "Ə", "Qızılbulaq", "КАЛЬБАДЖАР", "🏔️", "\u001b[31m"),
  fc.nat({ max: 5 }).map((n) => "x".repeat(10 ** n)),
  fc.string({ minLength: 1, maxLength: 4 }).map((s) => `--${s}`),
).map(safe);

const token = fc.oneof(
  { arbitrary: fc.constantFrom(...COMMANDS), weight: 4 },
  { arbitrary: fc.constantFrom(...KINDS), weight: 3 },
  { arbitrary: fc.constantFrom(...IDS), weight: 3 },
  { arbitrary: fc.constantFrom(...FLAGS), weight: 4 },
  { arbitrary: fc.constantFrom(...VALUES), weight: 3 },
  { arbitrary: garbage, weight: 3 },
);

/** A flag with a value next to it: reaches the option parsers rather than commander's errors. */
const flagPair = fc.tuple(fc.constantFrom(...FLAGS.filter((f) => f.startsWith("--") && f.length > 2)), fc.oneof(fc.constantFrom(...VALUES, ...KINDS, ...IDS), garbage));

/** Mostly a command first (that is where the code paths are), sometimes anything at all. */
const argv = fc.oneof(
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...COMMANDS), fc.array(fc.oneof(fc.constantFrom(...KINDS, ...IDS), garbage), { maxLength: 2 }), fc.array(flagPair, { maxLength: 3 }))
      .map(([c, positional, pairs]) => [c, ...positional, ...pairs.flat()]),
    weight: 4,
  },
  { arbitrary: fc.tuple(fc.constantFrom(...COMMANDS), fc.array(token, { maxLength: 7 })).map(([c, rest]) => [c, ...rest]), weight: 4 },
  { arbitrary: fc.array(token, { maxLength: 8 }), weight: 1 },
);

// ---- checks ----------------------------------------------------------------------------------

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function check(args: string[], outcome: Outcome): void {
  const where = `argv ${JSON.stringify(args).slice(0, 300)}`;
  expect(DOCUMENTED.has(outcome.code as number), `${where}: exit code ${outcome.code}\n${outcome.stderr.slice(0, 500)}`).toBe(true);
  for (const [name, text] of [["stdout", outcome.stdout], ["stderr", outcome.stderr]] as const) {
    // A V8 stack frame: "    at fn (file:1:2)" or "    at file:1:2".
    expect(text, `${where}: stack trace in ${name}`).not.toMatch(/\n\s+at .*:\d+:\d+\)?\s*(\n|$)/);
    expect(text, `${where}: internal error in ${name}`).not.toMatch(/internal error:|TypeError|ReferenceError|RangeError|SyntaxError|run\(\) threw/);
  }
}

/** What run() writes to, as main.ts's `Io`. */
interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  terminal(): { isTTY: boolean; columns?: number };
}
type Run = (argv: string[], io?: Io) => Promise<number>;

/** Calls run() with its output and messages captured (and the terminal hidden: pipes, like CI). */
async function runCaptured(run: Run, args: string[]): Promise<Outcome> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    terminal: () => ({ isTTY: false }),
  };
  let code: number | null;
  try {
    code = await run(args, io);
  } catch (error) {
    // run() promises never to throw: a throw is a crash.
    code = null;
    stderr += `run() threw: ${(error as Error)?.stack ?? String(error)}`;
  }
  return { code, stdout, stderr };
}

describe("CLI argument fuzz", () => {
  it(`${IN_PROCESS_RUNS} random argument vectors in-process: no crash, no stack trace, exit 0/1/2 only`, async () => {
    const { run } = (await import(pathToFileURL(MAIN).href)) as { run: Run };
    const savedExitCode = process.exitCode;
    const codes = new Map<number | null, number>();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const outcome = await runCaptured(run, args);
        cases++;
        codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
        check(args, outcome);
        // The CLI must not leave an exit code behind for the process that called it.
        expect(process.exitCode ?? 0).toBe(savedExitCode ?? 0);
      }),
      { numRuns: IN_PROCESS_RUNS, endOnFailure: true },
    );
    console.log(`CLI fuzz (in-process): ${cases} argument vectors, exit codes ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(cases).toBeGreaterThanOrEqual(IN_PROCESS_RUNS);
    // The generator reaches every documented outcome, not only usage errors.
    for (const code of [0, 1, 2]) expect(codes.get(code) ?? 0, `exit code ${code} never seen`).toBeGreaterThan(0);
  }, 240_000);

  it(`${PROCESS_RUNS} random argument vectors as real processes`, () => {
    const codes = new Map<number | null, number>();
    let cases = 0;
    fc.assert(
      fc.property(argv, (args) => {
        const outcome = cli(args, { FORCE_COLOR: undefined });
        cases++;
        codes.set(outcome.code, (codes.get(outcome.code) ?? 0) + 1);
        check(args, outcome);
      }),
      { numRuns: PROCESS_RUNS, endOnFailure: true },
    );
    console.log(`CLI fuzz (processes): ${cases} runs of ${BIN}, exit codes ${JSON.stringify(Object.fromEntries(codes))}`);
    expect(cases).toBeGreaterThanOrEqual(PROCESS_RUNS);
  }, 300_000);
});
