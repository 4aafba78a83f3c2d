/**
 * The built `karabakh-atlas` bin over the hostile fixture (`--data records`), as a process with
 * its output piped: no control character from the data reaches standard output or standard
 * error, whatever the command and format; HTML is printed as the literal text it is; JSON stays
 * exactly the records.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, test } from "node:test";
import { ENTITY_KINDS, type EntityKind } from "@karabakh-atlas/domain";
import { EXPORT_TABLE_NAMES } from "@karabakh-atlas/data";
import { FIXTURE_DIR, HTML_PAYLOADS, URL_PAYLOADS, firstControl, loadFixture, mutatedCopy, strings } from "./fixture.ts";

const require = createRequire(import.meta.url);
const manifestPath = require.resolve("@karabakh-atlas/cli/package.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: Record<string, string> };
const BIN = join(dirname(manifestPath), manifest.bin["karabakh-atlas"] as string);

const dataset = loadFixture();
const records = ENTITY_KINDS.flatMap(({ kind, dir }) => (dataset[dir] as { id: string }[]).map((record) => ({ kind, dir, record })));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bin with pipes for stdin, stdout and stderr, colour neither forced nor refused. */
function cli(args: string[]): Result {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  // The messages asserted here are the English ones, whatever the machine's locale (the CLI
  // takes its language from LC_ALL, LC_MESSAGES, then LANG).
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  env.LANG = "C.UTF-8";
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env, input: "" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const overFixture = (...args: string[]) => cli(["--data", FIXTURE_DIR, ...args]);

/** Exit code 0 and no control character in either stream. */
function clean(r: Result, what: string): Result {
  assert.equal(r.code, 0, `${what}: exit code ${r.code}\n${r.stderr}`);
  assert.equal(firstControl(r.stdout), undefined, `${what}: a control character on standard output`);
  assert.equal(firstControl(r.stderr), undefined, `${what}: a control character on standard error`);
  return r;
}

/** The HTML payloads among a record's strings. */
function htmlIn(record: unknown): string[] {
  const texts = strings(record).map((s) => s.text);
  return Object.values(HTML_PAYLOADS).filter((p) => texts.some((t) => t.includes(p)));
}

describe("the CLI over the hostile fixture", () => {
  test("show: every record as plain text, its HTML printed literally", () => {
    const shows: string[] = [];
    for (const { kind, record } of records) {
      const r = clean(overFixture("show", record.id, "--kind", kind), `show ${record.id}`);
      for (const payload of htmlIn(record)) assert.ok(r.stdout.includes(payload), `show ${record.id} does not print ${payload} literally:\n${r.stdout}`);
      shows.push(r.stdout);
    }
    // The controls were there: what is left of each is visible.
    const text = shows.join("\n");
    for (const shown of ["\uFFFD[2J\uFFFD[H", "\uFFFD[31m", "\uFFFD]8;;https://evil.example/\uFFFD", "\uFFFD]0;pwned title\uFFFD", "bell\uFFFD\uFFFD", "Safe text\uFFFDEVIL overwrite", "\uFFFDevil\uFFFD", "\uFFFD2J", "delete\uFFFD"]) {
      assert.ok(text.includes(shown), `show never prints ${JSON.stringify(shown)}`);
    }
    // A line break in a text continues it on the next row.
    assert.match(text, /first line\n\s+second line/);
  });

  test("list, search, sources and stats: plain text, one record per line", () => {
    for (const { dir } of ENTITY_KINDS) {
      const r = clean(overFixture("list", dir), `list ${dir}`);
      // A header row of column names (ID, NAME, …), then one line per record.
      const [header, ...rows] = r.stdout.trimEnd().split("\n");
      const count = (dataset[dir] as unknown[]).length;
      if (count > 0) assert.match(header ?? "", /^[A-Z]+(?: +[A-Z]+)* *$/, `list ${dir}: a header row of column names`);
      assert.equal(count > 0 ? rows.length : r.stdout.trim().length, count, `list ${dir}: one line per record`);
    }
    const search = clean(overFixture("search", "hostile"), "search hostile");
    assert.ok(search.stdout.includes(HTML_PAYLOADS.titleBreakout), search.stdout);
    assert.ok(search.stdout.includes(HTML_PAYLOADS.script), search.stdout);
    clean(overFixture("sources"), "sources");
    for (const source of dataset.sources) {
      const r = clean(overFixture("sources", source.id), `sources ${source.id}`);
      for (const payload of htmlIn(source)) assert.ok(r.stdout.includes(payload), `sources ${source.id} does not print ${payload}`);
    }
    assert.ok(overFixture("sources", "hostile-html").stdout.includes(URL_PAYLOADS.sourceUrl), "the source's url, literally");
    clean(overFixture("stats"), "stats");
    const version = clean(overFixture("--version"), "--version");
    assert.ok(version.stdout.includes(`Hostile fixture ${HTML_PAYLOADS.script}`), version.stdout);
  });

  test("CSV: every table and list, the values as data (quoted), no control character", () => {
    let tables = "";
    for (const table of EXPORT_TABLE_NAMES) {
      const r = clean(overFixture("export", "--format", "csv", "--table", table), `export --table ${table}`);
      assert.match(r.stdout, /\r\n$/, `export --table ${table}: RFC 4180 line ends`);
      tables += r.stdout;
    }
    for (const payload of Object.values(HTML_PAYLOADS)) {
      assert.ok(tables.includes(payload.replaceAll('"', '""')), `no table holds ${payload} as a value`);
    }
    for (const { dir } of ENTITY_KINDS) clean(overFixture("list", dir, "--csv"), `list ${dir} --csv`);
    clean(overFixture("search", "hostile", "--csv"), "search --csv");
    clean(overFixture("sources", "hostile-terminal", "--csv"), "sources <id> --csv");
    clean(overFixture("stats", "--csv"), "stats --csv");
  });

  test("JSON: exactly the records, with no raw control character", () => {
    for (const { kind, record } of records) {
      const r = clean(overFixture("show", record.id, "--kind", kind as EntityKind, "--json"), `show ${record.id} --json`);
      assert.deepEqual(JSON.parse(r.stdout).record, record, `show ${record.id} --json holds the record`);
    }
    const all = clean(overFixture("export", "--format", "json"), "export --format json");
    assert.deepEqual(JSON.parse(all.stdout), dataset);
    // JSON.stringify itself leaves these raw; the CLI writes them as escapes.
    assert.ok(all.stdout.includes("\\u202e") && all.stdout.includes("\\u009b") && all.stdout.includes("\\u007f"), "bidi, C1 and DEL as \\u escapes");
    clean(overFixture("export", "--format", "geojson"), "export --format geojson");
    for (const { dir } of ENTITY_KINDS) clean(overFixture("list", dir, "--json"), `list ${dir} --json`);
    clean(overFixture("search", "hostile", "--json"), "search --json");
  });

  test("validate and --data: a problem that quotes a hostile value is printed as plain text", () => {
    const copy = mutatedCopy("sources/hostile-terminal.yaml", "publisherType: ngo", 'publisherType: "\\e[2J\\e]8;;https://evil.example/\\ango"');
    try {
      const validate = cli(["validate", copy.dir]);
      assert.equal(validate.code, 1, validate.stderr);
      assert.equal(firstControl(validate.stdout + validate.stderr), undefined, "validate prints a control character");
      assert.match(validate.stdout, /hostile-terminal\.yaml:\d+:\d+ {2}publisherType: '\uFFFD\[2J\uFFFD\]8;;https:\/\/evil\.example\/\uFFFDngo' is not allowed; expected one of: government, un, /);
      const shown = cli(["--data", copy.dir, "show", "hostile-land"]);
      assert.equal(shown.code, 1);
      assert.equal(shown.stdout, "");
      assert.equal(firstControl(shown.stderr), undefined, "--data prints a control character");
      assert.match(shown.stderr, /^karabakh-atlas: --data .+: 1 problem in the records \(run 'karabakh-atlas validate .+' for all\); the first: .+hostile-terminal\.yaml:\d+:\d+ {2}publisherType: '\uFFFD\[2J/);
    } finally {
      copy.remove();
    }
  });

  test("--data refuses records with a javascript: web address, naming the file and the field", () => {
    const copy = mutatedCopy("companies/hostile-corp.yaml", 'website: "https://example.org/', "website: \"javascript:alert('hostile:url')//");
    try {
      const r = cli(["--data", copy.dir, "list", "companies"]);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /hostile-corp\.yaml:\d+:\d+ {2}website: 'javascript:' addresses are not allowed: a URL must be a web address starting with http:\/\/ or https:\/\//);
    } finally {
      copy.remove();
    }
  });
});
