/**
 * The balance facts (`../shared/reference/balance.json`: the events of 2023, the human cost on
 * both sides, UN symbols, Armenian-used names) and where each is in the dataset, as
 * `balance-accounting.yaml` says.
 *
 * What the records alone can show runs everywhere: every place the accounting names holds a
 * citation of that fact, and every citation that notes a balance fact is accounted for. What needs
 * the archive (every fact accounted for, every excerpt verbatim in the fact's stored words) runs
 * when the archive is beside the repository, as in CI, or where KARABAKH_SHARED points, and is
 * skipped with a message saying so otherwise.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ENTITY_KIND_TABLE, FIELDS, citationListsIn, formatFieldPath } from "@karabakh-atlas/domain";
import { normaliseQuotes } from "./test-support.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
const shared = process.env.KARABAKH_SHARED ?? resolve(here, "../../../../shared");
const balanceFile = join(shared, "reference", "balance.json");
const archivePresent = existsSync(balanceFile);
const accountingFile = join(packageDir, "balance-accounting.yaml");

interface Place {
  file: string;
  path: string;
  source?: string;
}
type Entry =
  | { status: "encoded"; at: Place[] }
  | { status: "already-in-data"; at: Place[]; note: string }
  | { status: "not-encoded"; reason: string };

interface BalanceFact {
  id: string;
  value: string;
  quote: string;
  url: string;
  note?: string;
}

interface CitationLike {
  source?: string;
  excerpt?: string;
  note?: string;
  /** The compiler's working note, where the schema keeps it apart from the reader's note. */
  compilerNote?: string;
}

/** Where a citation says which balance fact it came from: the compiler's note, or the note. */
const workingNote = (c: CitationLike) => `${c.compilerNote ?? ""} ${c.note ?? ""}`;

const accounting = parse(readFileSync(accountingFile, "utf8")) as Record<string, Entry>;
const BALANCE_NOTE = /\bbalance fact (B\d{3})\b/g;

const records = new Map<string, unknown>();
function record(file: string): unknown {
  if (!records.has(file)) records.set(file, parse(readFileSync(join(packageDir, file), "utf8")));
  return records.get(file);
}

/** `claims[0].citations[1]` → the value at that place in the parsed record file. */
function at(value: unknown, path: string): unknown {
  const steps = path.match(/[^.[\]]+/g) ?? [];
  return steps.reduce<unknown>((v, step) => {
    if (v === null || typeof v !== "object") return undefined;
    return /^\d+$/.test(step) ? (v as unknown[])[Number(step)] : (v as Record<string, unknown>)[step];
  }, value);
}

/** Every citation in the record files whose note names a balance fact, with its place. */
function citationsNotingBalanceFacts(): { fact: string; place: string; citation: CitationLike }[] {
  const out: { fact: string; place: string; citation: CitationLike }[] = [];
  const recordsDir = join(packageDir, "records");
  for (const { kind, dir } of ENTITY_KIND_TABLE) {
    if (!existsSync(join(recordsDir, dir))) continue;
    for (const name of readdirSync(join(recordsDir, dir)).filter((n) => n.endsWith(".yaml")).sort()) {
      const file = `records/${dir}/${name}`;
      for (const list of citationListsIn(record(file), FIELDS[kind])) {
        list.citations.forEach((c: CitationLike, i) => {
          for (const [, fact] of workingNote(c).matchAll(BALANCE_NOTE)) {
            out.push({ fact: fact!, place: `${file} ${formatFieldPath(list.path)}[${i}]`, citation: c });
          }
        });
      }
    }
  }
  return out;
}


describe("balance accounting (records only)", () => {
  const noted = citationsNotingBalanceFacts();

  it("names each balance fact once, with a status and what that status needs", () => {
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(accounting)) {
      if (!/^B\d{3}$/.test(id)) problems.push(`${id}: not a balance fact id (B001…B128)`);
      if (entry.status === "not-encoded") {
        if (!entry.reason?.trim()) problems.push(`${id}: not-encoded but gives no reason`);
      } else if (entry.status === "encoded" || entry.status === "already-in-data") {
        if (!entry.at?.length) problems.push(`${id}: ${entry.status} but names no place (at: [{ file, path }])`);
        if (entry.status === "already-in-data" && !entry.note?.trim()) problems.push(`${id}: already-in-data needs a note saying from where`);
      } else {
        problems.push(`${id}: unknown status '${(entry as { status: string }).status}' (encoded, already-in-data or not-encoded)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every place it names holds a citation of that fact", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [id, entry] of Object.entries(accounting)) {
      if (entry.status === "not-encoded") continue;
      for (const place of entry.at) {
        checked++;
        if (!existsSync(join(packageDir, place.file))) {
          problems.push(`${id}: ${place.file} does not exist`);
          continue;
        }
        const citation = at(record(place.file), place.path) as CitationLike | undefined;
        if (!citation || typeof citation !== "object" || typeof citation.source !== "string") {
          problems.push(`${id}: ${place.file} has no citation at ${place.path}`);
        } else if (entry.status === "encoded" && !workingNote(citation).includes(`balance fact ${id}`)) {
          problems.push(`${id}: the citation at ${place.file} ${place.path} does not note 'balance fact ${id}'`);
        } else if (entry.status === "already-in-data" && place.source && citation.source !== place.source) {
          problems.push(`${id}: the citation at ${place.file} ${place.path} cites '${citation.source}', not '${place.source}'`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("every citation that notes a balance fact is accounted for at its place", () => {
    const listed = new Set(
      Object.entries(accounting).flatMap(([id, e]) => (e.status === "encoded" ? e.at.map((p) => `${id} ${p.file} ${p.path}`) : [])),
    );
    const missing = noted.filter((n) => !listed.has(`${n.fact} ${n.place}`)).map((n) => `${n.fact} at ${n.place}`);
    expect(noted.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!archivePresent)("balance facts (needs ../shared/reference/balance.json)", () => {
  const facts: BalanceFact[] = archivePresent ? JSON.parse(readFileSync(balanceFile, "utf8")) : [];
  const byId = new Map(facts.map((f) => [f.id, f]));

  it("every fact in the archive is accounted for, and at least 95% are in the data", () => {
    expect(Object.keys(accounting).sort()).toEqual(facts.map((f) => f.id).sort());
    const inData = Object.values(accounting).filter((e) => e.status !== "not-encoded").length;
    expect(inData / facts.length).toBeGreaterThanOrEqual(0.95);
  });

  it("every excerpt that notes a balance fact is verbatim in that fact's words (its quote, note, value or page address)", () => {
    const misses: string[] = [];
    let checked = 0;
    for (const { fact, place, citation } of citationsNotingBalanceFacts()) {
      const f = byId.get(fact);
      if (!f) {
        misses.push(`${place}: notes ${fact}, which is not in ${balanceFile}`);
        continue;
      }
      if (citation.excerpt === undefined) continue;
      checked++;
      const haystack = normaliseQuotes(`${f.quote} ${f.note ?? ""} ${f.value} ${decodeURIComponent(f.url)}`);
      for (const piece of citation.excerpt.split(/\s*(?:\.\.\.|…)\s*/).map(normaliseQuotes).filter(Boolean)) {
        if (!haystack.includes(piece)) misses.push(`${place}: "${piece}" is not in balance fact ${fact}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(misses).toEqual([]);
  });
});

if (!archivePresent) {
  const message = `skipped: the source archive was not found at ${balanceFile} (set KARABAKH_SHARED or put shared/ beside the repository)`;
  console.warn(`balance facts ${message}`);
  describe("balance facts", () => {
    it.skip(message, () => {});
  });
}
