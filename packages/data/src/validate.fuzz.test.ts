/**
 * The validator under random mutation: copies of the valid fixture with fields deleted, values
 * of the wrong type, id references pointing nowhere, truncated or garbled YAML, duplicated files,
 * unknown keys, random unicode, and folders or links where files belong. validateDirectory must
 * never throw; every problem names a file, and a field path when it is about a field of a
 * record; a mutation that certainly breaks a rule yields at least one problem.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { VALID_FIXTURE } from "./test-support.js";
import { formatProblems, validateDirectory } from "./validate.js";

/**
 * At least MIN_RUNS mutated copies always; then more, up to RUNS, while the test is within
 * FUZZ_SECONDS. npm test runs this beside a Next build on two cores, where the 400 copies took
 * over a minute; an idle machine still runs them all.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const MIN_RUNS = Math.min(RUNS, Number(process.env.FUZZ_MIN_RUNS ?? 150));
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 25);
const base = mkdtempSync(join(tmpdir(), "atlas-fuzz-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every file of the fixture, relative (`meta.yaml`, `deposits/gyzylbulag.yaml`, …). */
const FILES: string[] = readdirSync(VALID_FIXTURE, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name).slice(VALID_FIXTURE.length + 1))
  .sort();
const RECORD_FILES = FILES.filter((f) => f.includes("/"));
const PARSED = new Map(FILES.map((f) => [f, parse(readFileSync(join(VALID_FIXTURE, f), "utf8")) as unknown]));
const IDS = new Set(RECORD_FILES.map((f) => (PARSED.get(f) as { id: string }).id));

type Path = (string | number)[];

/** Every path in a parsed file, with the value found there. */
function paths(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
  const here = prefix.length > 0 ? [{ path: prefix, value }] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function setIn(root: unknown, path: Path, value: unknown): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = value;
}

const DELETE = Symbol("delete");

/** A JSON value whose type differs from `value`'s. */
function otherType(value: unknown, pick: number): unknown {
  const kind = Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
  const candidates: [string, unknown][] = [
    ["number", 12345.5],
    ["boolean", true],
    ["object", { unexpected: "object" }],
    ["array", ["unexpected", 1]],
    ["string", "not the right type"],
    ["null", null],
  ];
  const others = candidates.filter(([k]) => k !== kind);
  return (others[pick % others.length] as [string, unknown])[1];
}

/**
 * A mutation applied to a copy of the fixture. `breaks` says whether it certainly breaks a rule
 * (some, like deleting an optional field or garbling a comment, may leave the records valid).
 */
interface Mutation {
  describe: string;
  breaks: boolean;
  /** Changes the copy; false when it could not (an earlier mutation took the file or field away). */
  apply(dir: string): boolean | void;
}

const file = fc.constantFrom(...FILES);
const recordFile = fc.constantFrom(...RECORD_FILES);
const unicode = fc.string({ unit: "grapheme", maxLength: 20 });

/** Rewrites a file's data (as YAML) after changing one path picked by `choose`. */
function editData(f: string, choose: (all: { path: Path; value: unknown }[]) => { path: Path; value: unknown } | undefined, to: (old: unknown) => unknown) {
  return (dir: string): boolean => {
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, f), "utf8"));
    } catch {
      return false; // already garbled, or no longer a file
    }
    const target = choose(paths(data));
    if (!target) return false;
    setIn(data, target.path, to(target.value));
    writeFileSync(join(dir, f), stringify(data));
    return true;
  };
}

const at = (index: number) => (all: { path: Path; value: unknown }[]) => all[index % Math.max(1, all.length)];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Delete any field (optional ones may go without a problem) or the id (never allowed).
  fc.tuple(file, fc.nat()).map(([f, i]) => ({ describe: `delete field #${i} in ${f}`, breaks: false, apply: editData(f, at(i), () => DELETE) })),
  recordFile.map((f) => ({ describe: `delete id in ${f}`, breaks: true, apply: editData(f, (all) => all.find((p) => p.path.join() === "id"), () => DELETE) })),
  // A leaf set to a value of another type.
  fc.tuple(file, fc.nat(), fc.nat()).map(([f, i, t]) => ({
    describe: `wrong type at leaf #${i} in ${f}`,
    breaks: true,
    apply: editData(f, (all) => {
      const leaves = all.filter((p) => p.value === null || typeof p.value !== "object");
      return leaves[i % leaves.length];
    }, (old) => otherType(old, t)),
  })),
  // A reference to another record replaced by an id that does not exist.
  fc.tuple(recordFile, fc.nat(), fc.stringMatching(/^[a-z]{3,10}$/)).map(([f, i, s]) => ({
    describe: `dangling reference #${i} in ${f} -> zz-${s}`,
    breaks: true,
    apply: editData(f, (all) => {
      const refs = all.filter((p) => p.path.join() !== "id" && typeof p.value === "string" && IDS.has(p.value));
      return refs[i % Math.max(1, refs.length)]; // undefined (not applied) for a record without references
    }, () => `zz-${s}`),
  })),
  // Random unicode in any text field.
  fc.tuple(file, fc.nat(), unicode).map(([f, i, s]) => ({
    describe: `unicode ${JSON.stringify(s)} at text #${i} in ${f}`,
    breaks: false,
    apply: editData(f, (all) => {
      const texts = all.filter((p) => typeof p.value === "string");
      return texts[i % Math.max(1, texts.length)];
    }, () => s),
  })),
  // An unknown key, at the top or inside any object.
  fc.tuple(file, fc.nat(), fc.stringMatching(/^[a-z][a-zA-Z]{2,12}$/)).map(([f, i, k]) => ({
    describe: `unknown key zz${k} in object #${i} of ${f}`,
    breaks: true,
    apply: editData(f, (all) => {
      const objects = [{ path: [] as Path, value: null }, ...all.filter((p) => p.value !== null && typeof p.value === "object" && !Array.isArray(p.value))];
      const target = objects[i % objects.length] as { path: Path; value: unknown };
      return { path: [...target.path, `zz${k}`], value: undefined };
    }, () => "unexpected"),
  })),
  // The YAML text cut short, or with random characters put in.
  fc.tuple(file, fc.double({ min: 0, max: 1, noNaN: true })).map(([f, r]) => ({
    describe: `${f} truncated at ${Math.round(r * 100)}%`,
    breaks: false,
    apply: (dir: string) => {
      const text = readFileSync(join(dir, f), "utf8");
      writeFileSync(join(dir, f), text.slice(0, Math.floor(text.length * r)));
    },
  })),
  fc.tuple(file, fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(unicode, fc.constantFrom(":", "- ", "\t", "{", "[", "&a", "*a", "!!binary", "<<: *x", '"', "'", "\n  - ", "%YAML 2.0\n", "---\n"))).map(([f, r, s]) => ({
    describe: `${JSON.stringify(s)} put into ${f} at ${Math.round(r * 100)}%`,
    breaks: false,
    apply: (dir: string) => {
      const text = readFileSync(join(dir, f), "utf8");
      const cut = Math.floor(text.length * r);
      writeFileSync(join(dir, f), text.slice(0, cut) + s + text.slice(cut));
    },
  })),
  // A record file copied under another name (its id no longer matches, and is taken twice).
  fc.tuple(recordFile, fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom(".yaml", ".yml", ".json", ".txt", "")).map(([f, s, ext]) => ({
    describe: `${f} copied as zz-${s}${ext}`,
    breaks: true,
    apply: (dir: string) => cpSync(join(dir, f), join(dir, f.split("/")[0] as string, `zz-${s}${ext}`)),
  })),
  // The file system itself: a folder, a dangling link or a stray file where records belong.
  recordFile.map((f) => ({
    describe: `${f} replaced by a folder`,
    breaks: true,
    apply: (dir: string) => {
      rmSync(join(dir, f));
      mkdirSync(join(dir, f));
    },
  })),
  recordFile.map((f) => ({
    describe: `${f} replaced by a dangling symbolic link`,
    breaks: true,
    apply: (dir: string) => {
      rmSync(join(dir, f));
      symlinkSync(join(dir, "nowhere.yaml"), join(dir, f));
    },
  })),
  fc.constantFrom("zz-notes.txt", "zz-dangling", "regions.yaml").map((name) => ({
    describe: `a stray ${name} next to meta.yaml`,
    breaks: true,
    apply: (dir: string) => (name === "zz-dangling" ? symlinkSync(join(dir, "nowhere"), join(dir, name)) : writeFileSync(join(dir, name), "id: stray\n")),
  })),
);

/** Problems that are about a whole file (or folder) rather than one field of a record. */
const WHOLE_FILE = /^(cannot parse|unexpected file|unknown folder|missing: |folder not found|cannot read|not a file)|expected (object|record)/i;

describe("validateDirectory under random mutation", () => {
  it(`${MIN_RUNS} to ${RUNS} mutated copies of the valid fixture (${SECONDS} s): never throws, every problem located, broken rules reported`, () => {
    const started = performance.now();
    let runs = 0;
    let broken = 0;
    let problemsSeen = 0;
    const property = fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
      const dir = join(base, `run-${runs++}`);
      cpSync(VALID_FIXTURE, dir, { recursive: true });
      try {
        const applied = mutations.map((m) => {
          try {
            return m.apply(dir) !== false;
          } catch {
            return false; // an earlier mutation took the file away (or made it a folder)
          }
        });
        const what = mutations.map((m) => m.describe).join("; ");
        let result: ReturnType<typeof validateDirectory>;
        try {
          result = validateDirectory(dir);
        } catch (error) {
          throw new Error(`validateDirectory threw after: ${what}\n${(error as Error).stack}`, { cause: error });
        }
        const { problems, dataset } = result;
        problemsSeen += problems.length;
        for (const p of problems) {
          expect(p.file, `${what}: a problem without a file: ${JSON.stringify(p)}`).toMatch(/\S/);
          expect(p.message, `${what}: a problem without a message`).toMatch(/\S/);
          // A problem about a record's contents says which field.
          if (p.field === "") expect(p.message, `${what}: a record problem without a field path: ${formatProblems([p])}`).toMatch(WHOLE_FILE);
        }
        expect(dataset === undefined, `${what}: a dataset came back with problems`).toBe(problems.length > 0);
        // A later mutation can undo an earlier one (delete the field that had the wrong type),
        // never the last one.
        if (mutations[mutations.length - 1]?.breaks && applied[applied.length - 1]) {
          broken++;
          expect(problems.length, `${what}: broke a rule but no problem was reported`).toBeGreaterThan(0);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    // The minimum, whatever the time; then the rest, stopped (not failed) at the time bound.
    fc.assert(property, { numRuns: MIN_RUNS, endOnFailure: true });
    const left = SECONDS * 1000 - (performance.now() - started);
    if (RUNS > MIN_RUNS && left > 0) fc.assert(property, { numRuns: RUNS - MIN_RUNS, endOnFailure: true, interruptAfterTimeLimit: left, markInterruptAsFailure: false });
    console.log(
      `validator fuzz: ${runs} mutated copies (${broken} with a mutation that certainly breaks a rule), ${problemsSeen} problems reported in ${Math.round((performance.now() - started) / 1000)} s`,
    );
    expect(runs).toBeGreaterThanOrEqual(MIN_RUNS);
  }, 180_000);
});

describe("what the fuzz test found", () => {
  function copy(name: string): string {
    const dir = join(base, name);
    cpSync(VALID_FIXTURE, dir, { recursive: true });
    return dir;
  }

  it("a folder or a dangling link where a record file belongs is a problem, not a throw", () => {
    const dir = copy("found-1");
    rmSync(join(dir, "regions/lachin.yaml"));
    mkdirSync(join(dir, "regions/lachin.yaml"));
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "deposits/zz-link.yaml"));
    symlinkSync(join(dir, "nowhere"), join(dir, "zz-dangling"));
    const { problems } = validateDirectory(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: "regions/lachin.yaml", message: expect.stringMatching(/^cannot read: this is a folder/) }),
        expect.objectContaining({ file: "deposits/zz-link.yaml", message: expect.stringMatching(/^cannot read: a link to a file that does not exist/) }),
        expect.objectContaining({ file: "zz-dangling", message: expect.stringMatching(/^cannot read/) }),
      ]),
    );
  });

  it("a file named like a record folder is reported once, as an unexpected file", () => {
    const dir = copy("found-2");
    rmSync(join(dir, "programmes"), { recursive: true });
    writeFileSync(join(dir, "programmes"), "id: stray\n");
    const { problems } = validateDirectory(dir);
    expect(problems.filter((p) => p.file === "programmes")).toEqual([expect.objectContaining({ message: expect.stringMatching(/^unexpected file/) })]);
  });

  it("an unknown field at the top of a record names the field", () => {
    const dir = copy("found-3");
    writeFileSync(join(dir, "regions/lachin.yaml"), `zzExtra: 1\n${readFileSync(join(VALID_FIXTURE, "regions/lachin.yaml"), "utf8")}`);
    expect(validateDirectory(dir).problems).toEqual([expect.objectContaining({ file: "regions/lachin.yaml", field: "zzExtra", line: 1, message: "unknown field 'zzExtra'" })]);
  });
});
