import { beforeAll, describe, expect, it } from "vitest";
import type { Statistic } from "@karabakh-atlas/domain";
import { atlas as bundled } from "./index.js";
import { areComparable, comparisons, headlineOf, isSeries, seriesPoints, statedInSeveralUnits } from "./statistics.js";

const noEvents = () => undefined;
const stat = (s: Partial<Statistic> & Pick<Statistic, "id" | "subject">): Statistic => ({
  category: "killed",
  population: "all",
  observations: [{ value: 1, qualifier: "exact", unit: "person", citations: [{ source: "x", locator: "p. 1", excerpt: "one" }] }],
  ...s,
});

describe("what may share a chart", () => {
  it("compares places only when category, population, war and unit agree", () => {
    const a = stat({ id: "a", subject: "agdam", war: "first-karabakh-war" });
    expect(areComparable(a, stat({ id: "b", subject: "shusha", war: "first-karabakh-war" }), "person", noEvents)).toBe(true);
    expect(areComparable(a, stat({ id: "c", subject: "shusha", war: "second-karabakh-war" }), "person", noEvents)).toBe(false);
    expect(areComparable(a, stat({ id: "d", subject: "shusha", war: "first-karabakh-war", population: "military" }), "person", noEvents)).toBe(false);
    expect(areComparable(a, stat({ id: "e", subject: "shusha", war: "first-karabakh-war", category: "wounded" }), "person", noEvents)).toBe(false);
  });

  it("never puts a first-war total beside 2020 military deaths in the bundled data", () => {
    for (const comparison of bundled.comparisons()) {
      const first = comparison.rows[0]?.statistic as Statistic;
      for (const row of comparison.rows) {
        expect(row.statistic.category).toBe(first.category);
        expect(row.statistic.population).toBe(first.population);
        expect(row.statistic.war).toBe(first.war);
        expect(row.statistic.period).toEqual(first.period);
        expect(row.figures.every((f) => f.unit === comparison.unit)).toBe(true);
      }
    }
    const killed = bundled.comparisons().filter((c) => c.rows.some((r) => r.statistic.id === "killed-azerbaijan-conflict"));
    expect(killed.flatMap((c) => c.rows.map((r) => r.statistic.id))).toEqual(["killed-azerbaijan-conflict"]);
    const deposits = bundled.comparisons().find((c) => c.rows.some((r) => r.statistic.id === "kalbajar-deposits-with-reserves-1993"));
    expect(deposits?.rows.length).toBeGreaterThan(5);
  });

  it("lists every statistic in some comparison", () => {
    const seen = new Set(comparisons(bundled.statistics(), (id) => bundled.event(id)?.title).flatMap((c) => c.rows.map((r) => r.statistic.id)));
    expect(seen.size).toBe(bundled.statistics().length);
  });
});

describe("a statistic stated in several units", () => {
  it("is told apart from one stated in one unit, whatever the number of its figures", () => {
    const figure = { qualifier: "exact" as const, citations: [{ source: "x", locator: "p. 1", excerpt: "one" }] };
    expect(statedInSeveralUnits(stat({ id: "a", subject: "agdam", observations: [{ ...figure, value: 846.7, unit: "km2" }, { ...figure, value: 77.4, unit: "percent" }] }))).toBe(true);
    expect(statedInSeveralUnits(stat({ id: "b", subject: "agdam", observations: [{ ...figure, value: 1, unit: "person" }, { ...figure, value: 2, unit: "person" }] }))).toBe(false);
    expect(statedInSeveralUnits(bundled.statistic("agdam-area-occupied") as Statistic)).toBe(true);
  });
});

describe("headline and series", () => {
  let missing: Statistic;
  beforeAll(() => {
    missing = bundled.statistic("missing-persons-first-war") as Statistic;
  });

  it("headlines the latest figure and spans the others", () => {
    const headline = headlineOf(missing);
    expect(headline?.latest?.value).toBe(3977);
    expect(headline?.latest?.asOf).toBe("2025-03-10");
    expect(headline?.others.length).toBe(missing.observations.length - 1);
    expect(headline?.othersSpan).toEqual({ min: 3888, max: 4740 });
  });

  it("draws a series only from two or more dates", () => {
    expect(isSeries(seriesPoints(missing, "person"))).toBe(true);
    expect(isSeries(seriesPoints(bundled.statistic("refugees-azerbaijan") as Statistic, "person"))).toBe(false);
  });
});
