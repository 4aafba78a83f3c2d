import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, type Citation } from "@karabakh-atlas/domain";
import { atlas, type AnyRecord } from "@karabakh-atlas/data";
import { Describer, WORKSHOP_FIELDS, chartLines, fieldLabel, wrapLines } from "./describe.js";
import { fitText } from "./width.js";

const describer = new Describer(atlas);
const entries: AnyRecord[] = ENTITY_KINDS.flatMap(({ kind }) =>
  (atlas.list(kind) as readonly { id: string }[]).map((record) => ({ kind, record }) as AnyRecord),
);

function citations(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) value.forEach((v) => citations(v, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(child)) out.push(...(child as Citation[]));
      else citations(child, out);
    }
  }
  return out;
}

describe("describe", () => {
  it("has records to describe", () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it("shows every non-empty top-level field of every record", () => {
    for (const entry of entries) {
      const text = describer.describe(entry).map((l) => l.text);
      for (const [key, value] of Object.entries(entry.record)) {
        if (key === "id" || WORKSHOP_FIELDS.has(key) || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const label = fieldLabel(key);
        expect(
          text.some((t) => t === label || t.startsWith(`${label}: `)),
          `${entry.kind} ${entry.record.id}: field ${key}`,
        ).toBe(true);
      }
    }
  });

  it("shows every citation's words and locator, linked to its source: a quote in quotation marks, a summary labelled and never quoted", () => {
    let summaries = 0;
    for (const entry of entries) {
      const lines = describer.describe(entry);
      for (const c of citations(entry.record)) {
        if (c.excerpt !== undefined) expect(lines.some((l) => l.text === `“${c.excerpt}”`), `${entry.record.id}: ${c.excerpt}`).toBe(true);
        if (c.summary !== undefined) {
          summaries++;
          expect(lines.some((l) => l.text === `Summary: ${c.summary}`), `${entry.record.id}: ${c.summary}`).toBe(true);
          const quoted = lines.filter((l) => l.text.includes(`“${c.summary}`) || l.text.includes(`"${c.summary}`));
          expect(quoted.map((l) => l.text), `${entry.record.id}: a summary shown in quotation marks`).toEqual([]);
        }
        const sourceLine = lines.find((l) => l.link?.kind === "source" && l.link.id === c.source && l.text.endsWith(`— ${c.locator}`));
        expect(sourceLine, `${entry.record.id}: ${c.source} ${c.locator}`).toBeDefined();
      }
    }
    expect(summaries).toBeGreaterThan(0);
  });

  it("lists what a source supports with each citation's words, summaries unquoted, and no field paths", () => {
    for (const source of atlas.sources()) {
      const lines = describer.describe({ kind: "source", record: source });
      for (const use of atlas.sourceUses(source.id)) {
        if (use.summary !== undefined) {
          expect(lines.some((l) => l.text === `Summary: ${use.summary}`), `${source.id}: ${use.summary}`).toBe(true);
          expect(lines.some((l) => l.text.includes(`“${use.summary}`)), `${source.id}: summary in quotation marks`).toBe(false);
        }
      }
      expect(lines.filter((l) => /\w\[\d+\]/.test(l.text)).map((l) => l.text), `${source.id}: a field path shown`).toEqual([]);
    }
  });

  it("names who says it: the author of a letter the United Nations circulated, not the United Nations", () => {
    const letter = atlas.source("seed-un-letter-2018-04-17-kalbajar")!;
    const statistic = atlas.statistics().find((s) => s.observations.some((o) => o.citations.some((c) => c.source === letter.id)))!;
    const text = chartLines(atlas, statistic, 80).map((l) => l.text).join("\n");
    expect(text).toContain("Ministry of Foreign Affairs of Azerbaijan");
    expect(text).not.toContain("United Nations (General Assembly and Security Council)");
    const shown = describer.describe({ kind: "source", record: letter }).map((l) => l.text);
    expect(shown.some((t) => t.includes("002_773fb7f93ddba32c.txt")), "the seed file name is shown").toBe(false);
  });

  it("names a company's country of registration, not its ISO code", () => {
    const company = atlas.list("company").find((c) => c.jurisdictions.some((j) => j.country === "LI"))!;
    const text = describer.describe({ kind: "company", record: company }).map((l) => l.text);
    expect(text.some((t) => t.includes("Liechtenstein"))).toBe(true);
    expect(text.some((t) => /\bLI\b/.test(t))).toBe(false);
  });

  it("links a deposit to its operators and their parent companies", () => {
    const lines = describer.describe({ kind: "deposit", record: atlas.deposit("gyzylbulag")! });
    const links = lines.filter((l) => l.link).map((l) => `${l.link!.kind}:${l.link!.id}`);
    expect(links).toContain("company:base-metals");
    expect(links).toContain("company:vallex-group");
    expect(links).toContain("region:kalbajar");
  });

  it("draws one bar per observation, scaled to the largest value", () => {
    const statistic = atlas.statistics().find((s) => s.observations.length > 1) ?? atlas.statistics()[0];
    if (!statistic) return;
    const bars = chartLines(atlas, statistic, 60).filter((l) => l.tone === "bar");
    expect(bars).toHaveLength(statistic.observations.length);
    for (const bar of bars) expect(bar.text.length).toBeLessThanOrEqual(60);
  });

  it("wraps at words, keeps a number with the word after it and breaks a long id after a hyphen", () => {
    const wrap = (text: string, width: number) => wrapLines([{ text, indent: 0, tone: "text" }], width).map((l) => l.text.trim());
    const area = wrap("Area: 1,093–1,150 square kilometres (2 sources)", 40);
    expect(area).toEqual(["Area: 1,093–1,150 square kilometres", "(2 sources)"]);
    const control = wrap("Control: occupied 23 July 1993 or 1993 (3 sources); returned 20 November 2020", 44);
    for (const piece of control.slice(0, -1)) expect(piece, control.join(" | ")).not.toMatch(/\(\d+$|\d (sources?|November)$/);
    expect(control.join(" ")).toBe("Control: occupied 23 July 1993 or 1993 (3 sources); returned 20 November 2020");
    const id = wrap("Source · ref-700-million-invested-by-vallex-group-in-armenia-s-mining", 40);
    expect(id[1]).toMatch(/-$/);
    expect(id.join("")).toBe("Source ·ref-700-million-invested-by-vallex-group-in-armenia-s-mining");
    // A row never starts or ends inside a number.
    for (const piece of wrap("figures 1234567 8901234 5678901 and 23456789012345", 12)) expect(piece).toMatch(/^(\D|\d+(\D|$))/);
  });

  it("cuts a row after a whole word, never right after a figure whose words are cut off", () => {
    expect(fitText("MiningSEE (source: arka.am): $700 million invested by Vallex Group", 34)).toBe("MiningSEE (source: arka.am)…");
    expect(fitText("Azerbaijan: 3 sources: 3,983 people", 16)).toBe("Azerbaijan…");
    // A document symbol is whole: it may end a cut row.
    expect(fitText("General Assembly resolution 62/243 (14 March 2008)", 36)).toBe("General Assembly resolution 62/243…");
  });

  it("wraps to the width and keeps the link on every piece", () => {
    const long = { text: "word ".repeat(40).trim(), indent: 1, tone: "link" as const, link: { kind: "source" as const, id: "x" } };
    const pieces = wrapLines([long], 40);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.indent * 2 + p.text.length).toBeLessThanOrEqual(40);
      expect(p.link).toEqual(long.link);
    }
    expect(pieces.slice(1).every((p) => p.continued)).toBe(true);
  });
});
