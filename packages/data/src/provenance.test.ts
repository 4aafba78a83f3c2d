/**
 * Provenance of the real dataset: every seed document is a cited source, every excerpt is
 * verbatim from the document or reference fact it claims to quote, every reference fact is
 * accounted for, and every disagreement the reference notes is kept as separate figures.
 *
 * The seed documents and the reference facts live in `../shared/` beside the repository
 * (read-only, as CI lays them out); set KARABAKH_SHARED to point elsewhere. On a clone with
 * nothing beside it the suites that need them are skipped, and say so. When KARABAKH_SHARED is
 * set (as CI sets it) the archive is required: a wrong path fails instead of skipping.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ENTITY_KIND_TABLE, FIELDS, citationListsIn, figureDate, partialDateSortKey, type Citation } from "@karabakh-atlas/domain";
import { normaliseQuotes } from "./test-support.js";
import { atlas, dataset } from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const shared = process.env.KARABAKH_SHARED || resolve(here, "../../../../shared");
const seedsDir = join(shared, "seeds");
const factsFile = join(shared, "reference", "facts.json");
const accountingFile = resolve(here, "../reference-accounting.yaml");
const archivePresent = existsSync(seedsDir) && existsSync(factsFile);
const ARCHIVE_MISSING = `the source archive is not beside the repository (looked for ${seedsDir} and ${factsFile}): provenance checks against it skipped; set KARABAKH_SHARED to its folder to run them`;
if (!archivePresent) {
  if (process.env.KARABAKH_SHARED) throw new Error(ARCHIVE_MISSING.replace("provenance checks against it skipped; set KARABAKH_SHARED to its folder to run them", "KARABAKH_SHARED is set, so it is required: point it at the folder holding seeds/ and reference/"));
  console.warn(`provenance.test.ts: ${ARCHIVE_MISSING}`);
}
/** Suites that read the archive: skipped, with the reason in their name, when it is absent. */
const describeArchive = archivePresent ? describe : describe.skip;
const archiveSuite = (name: string) => (archivePresent ? name : `${name} (skipped: source archive not found; set KARABAKH_SHARED)`);

/** How the compiler's note says an excerpt was taken from a stored copy of the source's page. */
const STORED_COPY = /words from the stored copy of https?:\/\//;

/** The compiler's note and the reader's note: where a citation names the reference fact it came from. */
function notesOf(citation: Citation): string {
  return `${citation.compilerNote ?? ""} ${citation.note ?? ""}`;
}

interface ReferenceFact {
  id: string;
  value: unknown;
  excerpt: string;
  note?: string;
  source: { url: string };
}


/** An excerpt may skip words with `...` or `…`; each piece must be verbatim. */
function excerptPieces(excerpt: string): string[] {
  return excerpt
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map((piece) => normaliseQuotes(piece))
    .filter((piece) => piece.length > 0);
}

interface LocatedCitation {
  record: string;
  citation: Citation;
}

function allCitations(): LocatedCitation[] {
  const out: LocatedCitation[] = [];
  for (const { kind, dir } of ENTITY_KIND_TABLE) {
    for (const record of dataset[dir] as readonly { id: string }[]) {
      for (const list of citationListsIn(record, FIELDS[kind])) for (const c of list.citations) out.push({ record: record.id, citation: c as Citation });
    }
  }
  return out;
}

const citations = allCitations();

describeArchive(archiveSuite("seed documents"), () => {
  it("are available beside the repository", () => {
    expect(readdirSync(seedsDir).some((f) => f.endsWith(".txt")), `no seed documents (*.txt) in ${seedsDir}`).toBe(true);
  });

  const seedFiles = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort() : [];

  it.each(seedFiles)("%s is a Source record cited by at least one record", (file) => {
    const source = dataset.sources.find((s) => s.seedFile === file);
    expect(source, `no Source record has seedFile: ${file}`).toBeDefined();
    const uses = atlas.sourceUses(source!.id);
    expect(uses.length, `source '${source!.id}' is cited by no record`).toBeGreaterThan(0);
  });

  it("every excerpt cited from a seed is verbatim in that seed", () => {
    const texts = new Map(seedFiles.map((f) => [f, normaliseQuotes(readFileSync(join(seedsDir, f), "utf8"))]));
    const bySource = new Map(dataset.sources.filter((s) => s.seedFile).map((s) => [s.id, s.seedFile as string]));
    const misses: string[] = [];
    let checked = 0;
    for (const { record, citation } of citations) {
      const file = bySource.get(citation.source);
      if (!file) continue;
      if (citation.excerpt === undefined) continue;
      checked++;
      const text = texts.get(file) ?? "";
      for (const piece of excerptPieces(citation.excerpt)) {
        if (!text.includes(piece)) misses.push(`${record} (${citation.locator}): "${piece}" is not in ${file}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });
});

describeArchive(archiveSuite("reference facts"), () => {
  const facts: ReferenceFact[] = existsSync(factsFile) ? JSON.parse(readFileSync(factsFile, "utf8")) : [];
  const factsById = new Map(facts.map((f) => [f.id, f]));

  it("are available beside the repository", () => {
    expect(facts.length, `reference facts not found at ${factsFile}; set KARABAKH_SHARED`).toBeGreaterThan(100);
  });

  it("every excerpt attributed to a reference fact is verbatim in that fact's excerpt or note", () => {
    const misses: string[] = [];
    let checked = 0;
    for (const { record, citation } of citations) {
      const ids = notesOf(citation).match(/\bF\d{3}\b/g);
      // Words taken from a stored copy of the page itself (not from the reference fact) are
      // checked against that copy when they are added; the compiler's note names it.
      if (!ids || citation.excerpt === undefined || STORED_COPY.test(citation.compilerNote ?? "")) continue;
      checked++;
      const haystack = ids
        .map((id) => factsById.get(id))
        .map((f) => (f ? normaliseQuotes(`${f.excerpt} ${f.note ?? ""} ${String(f.value)}`) : ""))
        .join(" ");
      for (const piece of excerptPieces(citation.excerpt)) {
        if (!haystack.includes(piece)) misses.push(`${record}: "${piece}" is not in reference fact ${ids.join(", ")}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(misses).toEqual([]);
  });

  it("every reference fact is accounted for, and at least 90% are encoded", () => {
    expect(existsSync(accountingFile), `missing ${accountingFile}`).toBe(true);
    const accounting = parse(readFileSync(accountingFile, "utf8")) as Record<
      string,
      { status: "encoded" | "not-encoded"; records?: string[]; disagreements?: string[]; reason?: string }
    >;
    expect(Object.keys(accounting).sort()).toEqual(facts.map((f) => f.id).sort());
    const problems: string[] = [];
    for (const [id, entry] of Object.entries(accounting)) {
      if (entry.status === "not-encoded") {
        if (!entry.reason) problems.push(`${id}: not encoded but gives no reason`);
        continue;
      }
      if (!entry.records?.length) problems.push(`${id}: encoded but names no record`);
      for (const recordId of entry.records ?? []) {
        const found = atlas.find(recordId);
        if (!found) {
          problems.push(`${id}: record '${recordId}' does not exist`);
          continue;
        }
        const cites = citations.some((c) => c.record === recordId && notesOf(c.citation).includes(id));
        if (!cites) problems.push(`${id}: record '${recordId}' has no citation noting ${id}`);
      }
    }
    expect(problems).toEqual([]);
    const encoded = Object.values(accounting).filter((e) => e.status === "encoded").length;
    expect(encoded / facts.length).toBeGreaterThanOrEqual(0.9);
  });

  it("each disagreement the reference notes is kept as at least two values with different sources", () => {
    const accounting = existsSync(accountingFile)
      ? (parse(readFileSync(accountingFile, "utf8")) as Record<string, { disagreements?: string[] }>)
      : {};
    const problems: string[] = [];
    let checked = 0;
    for (const [id, entry] of Object.entries(accounting)) {
      for (const recordId of entry.disagreements ?? []) {
        checked++;
        const found = atlas.find(recordId);
        if (!found || !hasCompetingValues(found.record)) {
          problems.push(`${id}: record '${recordId}' holds no field with two values from different sources`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});

/** True when some list of cited values in the record has two entries citing different sources. */
function hasCompetingValues(record: unknown): boolean {
  let found = false;
  const walk = (value: unknown) => {
    if (found || !value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      const cited = value.filter((v): v is { citations: Citation[] } => !!v && typeof v === "object" && Array.isArray((v as { citations?: unknown }).citations));
      const sourceSets = cited.map((v) => v.citations.map((c) => c.source).sort().join("|"));
      if (new Set(sourceSets).size >= 2) {
        found = true;
        return;
      }
      value.forEach(walk);
      return;
    }
    Object.values(value).forEach(walk);
  };
  walk(record);
  return found;
}

describe("dated series", () => {
  it("every statistic lists its observations in date order", () => {
    const unordered: string[] = [];
    for (const statistic of atlas.statistics()) {
      const keys = statistic.observations.map((o) => figureDate(o)).filter(Boolean).map((d) => partialDateSortKey(d));
      const sorted = [...keys].sort();
      if (keys.join() !== sorted.join()) unordered.push(statistic.id);
    }
    expect(unordered).toEqual([]);
  });
});
