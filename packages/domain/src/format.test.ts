import { describe, expect, it } from "vitest";
import {
  COMMODITY,
  QUALIFIER,
  STATISTIC_CATEGORY,
  UNIT,
  comparePartialDates,
  figureDate,
  figureSpan,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatUnit,
  labelOf,
  partialDateSortKey,
  sortFiguresByDate,
  titleInUnit,
  type Figure,
} from "./index.js";
import { localeOf } from "./i18n.js";

const cite = (source: string) => ({ source, locator: "p. 1", excerpt: "x" });

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [70000, "70,000"],
    [1234567, "1,234,567"],
    [1.5, "1.5"],
    [0.125, "0.13"],
    [-3, "−3"],
    [-4500, "−4,500"],
  ])("%d → %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("honours maximumFractionDigits", () => {
    expect(formatNumber(2.71828, { maximumFractionDigits: 0 })).toBe("3");
    expect(formatNumber(2.71828, { maximumFractionDigits: 4 })).toBe("2.7183");
  });
});

describe("formatUnit", () => {
  it("uses the singular for exactly one and the plural otherwise", () => {
    expect(formatUnit("person", 1)).toBe("person");
    expect(formatUnit("person", 2)).toBe("people");
    expect(formatUnit("person", 0)).toBe("people");
    expect(formatUnit("person", undefined)).toBe("people");
    expect(formatUnit("library", 1)).toBe("library");
    expect(formatUnit("library", 3)).toBe("libraries");
  });

  it("gives the symbol where a unit has one and the word where it has none", () => {
    expect(formatUnit("km2", 5, "symbol")).toBe("km²");
    expect(formatUnit("percent", 5, "symbol")).toBe("%");
    expect(formatUnit("usd", 5, "symbol")).toBe("US$");
    expect(formatUnit("person", 5, "symbol")).toBe("people");
    expect(formatUnit("km2", 5, "none")).toBe("");
  });

  it("names the unit after a title: its symbol, else the word, in the reader's language", () => {
    expect(titleInUnit("Area occupied — Agdam District", "km2")).toBe("Area occupied — Agdam District (km²)");
    expect(titleInUnit("Area occupied — Agdam District", "percent")).toBe("Area occupied — Agdam District (%)");
    expect(titleInUnit("Villages destroyed — Kalbajar District", "village")).toBe("Villages destroyed — Kalbajar District (villages)");
    expect(titleInUnit("Оккупированная территория — Агдам", "km2", localeOf("ru"))).toBe("Оккупированная территория — Агдам (км²)");
  });

  it("has a singular, a plural and a symbol for every unit", () => {
    for (const unit of UNIT.values) {
      const label = UNIT.labels[unit];
      expect(label.one, unit).not.toBe("");
      expect(label.other, unit).not.toBe("");
      expect(typeof label.symbol, unit).toBe("string");
    }
  });
});

describe("formatFigure", () => {
  it.each<[Partial<Figure> & Pick<Figure, "unit">, string]>([
    [{ value: 70000, qualifier: "more-than", unit: "person" }, "more than 70,000 people"],
    [{ value: 60000, qualifier: "about", unit: "person" }, "about 60,000 people"],
    [{ value: 4000, qualifier: "at-least", unit: "person" }, "at least 4,000 people"],
    [{ value: 30, qualifier: "up-to", unit: "percent" }, "up to 30 per cent"],
    [{ value: 100, qualifier: "less-than", unit: "village" }, "less than 100 villages"],
    [{ value: 511, qualifier: "exact", unit: "person" }, "511 people"],
    [{ value: 1, qualifier: "exact", unit: "person" }, "1 person"],
    [{ value: 1, qualifier: "exact", unit: "km2" }, "1 square kilometre"],
    [{ value: 1936, qualifier: "exact", unit: "km2" }, "1,936 square kilometres"],
    [{ lower: 305, upper: 382, qualifier: "exact", unit: "km2" }, "305–382 square kilometres"],
    [{ lower: 20, upper: 25, qualifier: "about", unit: "percent" }, "about 20–25 per cent"],
    [{ lower: 5000, qualifier: "exact", unit: "person" }, "at least 5,000 people"],
    [{ upper: 30, qualifier: "exact", unit: "person" }, "up to 30 people"],
    [{ lower: 50000, qualifier: "more-than", unit: "person" }, "more than 50,000 people"],
    [{ lower: 50000, qualifier: "at-least", unit: "person" }, "at least 50,000 people"],
    [{ upper: 10, qualifier: "less-than", unit: "percent" }, "less than 10 per cent"],
    [{ upper: 10, qualifier: "up-to", unit: "percent" }, "up to 10 per cent"],
    [{ qualifier: "dozens", unit: "monument" }, "dozens of monuments"],
    [{ qualifier: "hundreds", unit: "village" }, "hundreds of villages"],
    [{ qualifier: "thousands", unit: "person" }, "thousands of people"],
    [{ value: 12, qualifier: "exact", unit: "troy-ounce" }, "12 troy ounces"],
  ])("%o → %s", (figure, text) => {
    expect(formatFigure({ qualifier: "exact", ...figure })).toBe(text);
  });

  it("treats a missing qualifier as exact", () => {
    const { qualifier: _q, ...figure } = { value: 2, unit: "person" as const, qualifier: "exact" as const };
    expect(formatFigure(figure as Figure)).toBe("2 people");
  });

  it("writes symbols: % and US$ attached, other symbols after a space", () => {
    const symbol = { unit: "symbol" } as const;
    expect(formatFigure({ value: 30, qualifier: "up-to", unit: "percent" }, symbol)).toBe("up to 30%");
    expect(formatFigure({ value: 1, qualifier: "exact", unit: "percent" }, symbol)).toBe("1%");
    expect(formatFigure({ value: 1500000, qualifier: "about", unit: "usd" }, symbol)).toBe("about US$1,500,000");
    // An open bound's word comes before the currency sign, never between it and the number.
    expect(formatFigure({ lower: 10, qualifier: "at-least", unit: "usd" }, symbol)).toBe("at least US$10");
    expect(formatFigure({ upper: 30, qualifier: "up-to", unit: "percent" }, symbol)).toBe("up to 30%");
    expect(formatFigure({ lower: 305, upper: 382, qualifier: "exact", unit: "km2" }, symbol)).toBe("305–382 km²");
    expect(formatFigure({ value: 2.5, qualifier: "exact", unit: "g-per-tonne" }, symbol)).toBe("2.5 g/t");
    expect(formatFigure({ value: 70000, qualifier: "more-than", unit: "person" }, symbol)).toBe("more than 70,000 people");
  });

  it("writes US dollars in words by default", () => {
    expect(formatFigure({ value: 1, qualifier: "exact", unit: "usd" })).toBe("1 US dollar");
    expect(formatFigure({ value: 250000000, qualifier: "about", unit: "usd" })).toBe("about 250,000,000 US dollars");
  });

  it("leaves the unit out with unit: none", () => {
    expect(formatFigure({ value: 70000, qualifier: "more-than", unit: "person" }, { unit: "none" })).toBe("more than 70,000");
    expect(formatFigure({ qualifier: "dozens", unit: "monument" }, { unit: "none" })).toBe("dozens");
  });

  it("says 'exactly' only when asked", () => {
    expect(formatFigure({ value: 511, qualifier: "exact", unit: "person" }, { showExact: true })).toBe("exactly 511 people");
    expect(formatFigure({ value: 511, qualifier: "about", unit: "person" }, { showExact: true })).toBe("about 511 people");
  });

  it("has a label for every qualifier", () => {
    for (const q of QUALIFIER.values) expect(QUALIFIER.labels[q], q).toMatch(/^[a-z ]+$/);
  });
});

describe("labels", () => {
  it("labelOf reads the label beside each value", () => {
    expect(labelOf(COMMODITY, "gold")).toBe("Gold");
    expect(labelOf(COMMODITY, "building-stone")).toBe("Building stone");
    expect(labelOf(STATISTIC_CATEGORY, "idps")).toBe("Internally displaced persons");
  });
});

describe("formatDate and formatPeriod", () => {
  it("writes each precision", () => {
    expect(formatDate("1993-04-02")).toBe("2 April 1993");
    expect(formatDate("1993-04")).toBe("April 1993");
    expect(formatDate("1993")).toBe("1993");
    expect(formatDate("2020-11-25")).toBe("25 November 2020");
    expect(formatDate("2020-01-09")).toBe("9 January 2020");
  });

  it("writes periods, open at either end", () => {
    expect(formatPeriod({ start: "1993-04", end: "1994" })).toBe("April 1993 – 1994");
    expect(formatPeriod({ start: "1993", end: "1993" })).toBe("1993");
    expect(formatPeriod({ start: "2020-11-25" })).toBe("since 25 November 2020");
    expect(formatPeriod({ end: "1994-05-12" })).toBe("until 12 May 1994");
    expect(formatPeriod({})).toBe("");
  });
});

describe("comparePartialDates", () => {
  it("compares at the common precision", () => {
    expect(comparePartialDates("1993", "1993-04-02")).toBe(0);
    expect(comparePartialDates("1993-04", "1993-04-30")).toBe(0);
    expect(comparePartialDates("1993-04", "1993-05-01")).toBeLessThan(0);
    expect(comparePartialDates("1994", "1993-12-31")).toBeGreaterThan(0);
    expect(comparePartialDates("1993-04-02", "1993-04-03")).toBeLessThan(0);
    expect(comparePartialDates("2020-11-25", "2020-11-25")).toBe(0);
  });

  it("sorts a list of mixed precisions chronologically", () => {
    const sorted = ["2020-11-25", "1993", "1994-05", "1993-04-02", "2020"].sort(comparePartialDates);
    expect(sorted).toEqual(["1993", "1993-04-02", "1994-05", "2020-11-25", "2020"]);
  });

  it("gives each partial date a sort key at its earliest day, undefined last", () => {
    expect(partialDateSortKey("1993")).toBe("1993-00-00");
    expect(partialDateSortKey("1993-04")).toBe("1993-04-00");
    expect(partialDateSortKey("1993-04-02")).toBe("1993-04-02");
    expect(partialDateSortKey(undefined) > partialDateSortKey("9999-12-31")).toBe(true);
  });
});

describe("sortFiguresByDate and figureDate", () => {
  const figures = [
    { label: "undated" },
    { label: "2020", asOf: "2020" },
    { label: "period ending 1994", period: { start: "1992", end: "1994-05" } },
    { label: "1993-04-02", asOf: "1993-04-02" },
    { label: "period from 1995", period: { start: "1995" } },
    { label: "also undated" },
    { label: "1993", asOf: "1993" },
  ];

  it("orders by asOf, else period end, else period start; undated last and stable", () => {
    expect(sortFiguresByDate(figures).map((f) => f.label)).toEqual([
      "1993",
      "1993-04-02",
      "period ending 1994",
      "period from 1995",
      "2020",
      "undated",
      "also undated",
    ]);
  });

  it("does not mutate its input", () => {
    const before = figures.map((f) => f.label);
    sortFiguresByDate(figures);
    expect(figures.map((f) => f.label)).toEqual(before);
  });

  it("reads the date a figure describes", () => {
    expect(figureDate({ asOf: "2001", period: { end: "2002" } })).toBe("2001");
    expect(figureDate({ period: { start: "1992", end: "1994" } })).toBe("1994");
    expect(figureDate({ period: { start: "1992" } })).toBe("1992");
    expect(figureDate({})).toBeUndefined();
  });
});

describe("figureSpan and formatCompetingFigures", () => {
  const area = (source: string, f: Partial<Figure>) => ({ qualifier: "exact" as const, unit: "km2" as const, citations: [cite(source)], ...f });

  it("spans values and range bounds", () => {
    expect(figureSpan([{ value: 350 }, { lower: 305, upper: 382 }])).toEqual({ min: 305, max: 382 });
    expect(figureSpan([])).toBeUndefined();
  });

  it("summarises three sources as a span", () => {
    const figures = [area("a", { value: 305 }), area("b", { value: 382 }), area("c", { value: 350 })];
    expect(formatCompetingFigures(figures, { unit: "symbol" })).toBe("3 sources: 305–382 km²");
    expect(formatCompetingFigures(figures)).toBe("3 sources: 305–382 square kilometres");
  });

  it("counts distinct sources, not figures", () => {
    const figures = [area("a", { value: 305 }), area("a", { value: 382 })];
    expect(formatCompetingFigures(figures, { unit: "symbol" })).toBe("1 source: 305–382 km²");
  });

  it("shows one value when every source agrees", () => {
    const figures = [area("a", { value: 1936 }), area("b", { value: 1936 })];
    expect(formatCompetingFigures(figures, { unit: "symbol" })).toBe("2 sources: 1,936 km²");
  });

  it("lists each figure when units differ", () => {
    const figures = [area("a", { value: 1936 }), { ...area("b", { value: 193600 }), unit: "ha" as const }];
    expect(formatCompetingFigures(figures, { unit: "symbol" })).toBe("2 sources: 1,936 km²; 193,600 ha");
  });

  it("gives one figure's own text, and nothing for none", () => {
    expect(formatCompetingFigures([area("a", { value: 70000, qualifier: "more-than", unit: "person" })])).toBe("more than 70,000 people");
    expect(formatCompetingFigures([])).toBe("");
  });
});
