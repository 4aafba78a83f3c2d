/**
 * The accounting of ../shared/reference/deposits.json (`deposits-accounting.yaml`): every fact
 * F001…F227 says where it is in the data (record file, field path, source) or why it is not.
 *
 * Without the archive (a newcomer's clone has no ../shared), the entries are still checked
 * against the records — the file, the field and a citation of the named source exist — and the
 * checks that need the facts themselves are skipped, saying so. Set KARABAKH_SHARED to point
 * at the archive elsewhere.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ENTITY_KIND_TABLE, FIELDS, citationListsIn, fieldAt } from "@karabakh-atlas/domain/vocabulary";
import { normaliseQuotes } from "./test-support.js";

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, "..");
const shared = process.env.KARABAKH_SHARED ?? resolve(here, "../../../../shared");
const factsFile = join(shared, "reference", "deposits.json");
const accountingFile = join(packageRoot, "deposits-accounting.yaml");
const archive = existsSync(factsFile);

interface Entry {
  status: "encoded" | "not-encoded";
  file?: string;
  field?: string;
  source?: string;
  verified?: boolean;
  replacedBy?: "primary" | "original";
  existing?: boolean;
  reason?: string;
}

interface DepositFact {
  id: string;
  quote: string;
  url: string;
}

interface Citation {
  source: string;
  excerpt?: string;
}

const accountingText = readFileSync(accountingFile, "utf8");
const accounting = parse(accountingText) as Record<string, Entry>;

/** As the provenance test's, with guillemets also made plain quotes. */
function normalise(text: string): string {
  return normaliseQuotes(text.replace(/[\u00ab\u00bb]/g, '"'));
}

/** `figures[2].citations` → ["figures", 2, "citations"]. */
function pathParts(path: string): (string | number)[] {
  return path.split(".").flatMap((part) => {
    const match = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    const indexes = [...(match[2] ?? "").matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return [match[1] as string, ...indexes];
  });
}

function resolvePath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of pathParts(path)) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** Every citation at or under a field of a record (a field that is itself a list of citations included), by the field registry. */
function citationsUnder(file: string, path: (string | number)[], value: unknown): Citation[] {
  const dir = file.split("/").at(-2);
  const kind = ENTITY_KIND_TABLE.find((k) => k.dir === dir)?.kind;
  const node = kind ? fieldAt(FIELDS[kind], path) : undefined;
  if (!node) return [];
  if (node.shape === "citations") return Array.isArray(value) ? (value as Citation[]) : [];
  return citationListsIn(value, node).flatMap((list) => [...list.citations] as Citation[]);
}

const records = new Map<string, unknown>();
function record(file: string): unknown {
  if (!records.has(file)) {
    const path = join(packageRoot, file);
    records.set(file, existsSync(path) ? parse(readFileSync(path, "utf8")) : undefined);
  }
  return records.get(file);
}

function citationsAt(entry: Entry): Citation[] | undefined {
  const data = record(entry.file as string);
  if (data === undefined) return undefined;
  const at = resolvePath(data, entry.field as string);
  if (at === undefined) return undefined;
  return citationsUnder(entry.file as string, pathParts(entry.field as string), at);
}

describe("deposits accounting: entries against the records (no archive needed)", () => {
  const entries = Object.entries(accounting);

  it("has an entry per fact id, each encoded where it says or not encoded with a reason", () => {
    expect(entries.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const [id, entry] of entries) {
      if (!/^F\d{3}$/.test(id)) problems.push(`${id}: not a fact id (F001…)`);
      if (entry.status === "not-encoded") {
        if (!entry.reason) problems.push(`${id}: not encoded but gives no reason`);
        continue;
      }
      if (!entry.file || !entry.field || !entry.source) {
        problems.push(`${id}: an encoded fact names its file, field and source`);
        continue;
      }
      if (record(entry.file) === undefined) {
        problems.push(`${id}: ${entry.file} does not exist`);
        continue;
      }
      const cited = citationsAt(entry);
      if (cited === undefined) problems.push(`${id}: ${entry.file} has no field ${entry.field}`);
      else if (!cited.some((c) => c.source === entry.source)) problems.push(`${id}: ${entry.file} ${entry.field} cites no '${entry.source}'`);
    }
    expect(problems).toEqual([]);
  });

  it("states at its head how many quotes were verified and replaced, as the entries count them", () => {
    const count = (pick: (e: Entry) => boolean) => entries.filter(([, e]) => pick(e)).length;
    const header = /Quotes verified in stored copies: (\d+)\. Replaced by a primary source: (\d+); by the original of a mirror: (\d+)\./.exec(accountingText);
    expect(header, "the header line with the verification counts").not.toBeNull();
    expect(Number(header?.[1])).toBe(count((e) => e.verified === true));
    expect(Number(header?.[2])).toBe(count((e) => e.replacedBy === "primary"));
    expect(Number(header?.[3])).toBe(count((e) => e.replacedBy === "original"));
  });
});

const skipMessage = `skipped: the reference archive is not at ${factsFile} (a clone without ../shared); set KARABAKH_SHARED to check the facts`;

describe.skipIf(!archive)(archive ? "deposits accounting: every fact of deposits.json" : `deposits accounting: every fact of deposits.json (${skipMessage})`, () => {
  const facts: DepositFact[] = archive ? JSON.parse(readFileSync(factsFile, "utf8")) : [];
  const byId = new Map(facts.map((f) => [f.id, f]));

  it("accounts for every fact, and encodes at least 95% of them", () => {
    expect(Object.keys(accounting).sort()).toEqual(facts.map((f) => f.id).sort());
    const encoded = Object.values(accounting).filter((e) => e.status === "encoded").length;
    expect(encoded / facts.length).toBeGreaterThanOrEqual(0.95);
  });

  it("cites each fact newly encoded with its own quote, verbatim", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [id, entry] of Object.entries(accounting)) {
      if (entry.status !== "encoded" || entry.existing || entry.replacedBy) continue;
      const fact = byId.get(id);
      if (!fact) continue;
      checked++;
      const quote = normalise(fact.quote);
      const cited = (citationsAt(entry) ?? []).filter((c) => c.source === entry.source);
      if (!cited.some((c) => c.excerpt !== undefined && normalise(c.excerpt) === quote)) problems.push(`${id}: ${entry.file} ${entry.field} does not quote "${fact.quote.slice(0, 60)}…"`);
    }
    expect(checked).toBeGreaterThan(150);
    expect(problems).toEqual([]);
  });

  it("cites each fact's own page, unless a primary source or the original of a mirror replaced it", () => {
    const sourcesDir = join(packageRoot, "records", "sources");
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(accounting)) {
      const fact = byId.get(id);
      if (entry.status !== "encoded" || !fact || entry.replacedBy) continue;
      const source = parse(readFileSync(join(sourcesDir, `${entry.source}.yaml`), "utf8")) as { url?: string };
      if (source.url !== fact.url) problems.push(`${id}: cites '${entry.source}' (${source.url ?? "no url"}), not the fact's page ${fact.url}`);
    }
    expect(problems).toEqual([]);
  });
});

