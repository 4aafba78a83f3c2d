/** The examples of README.md, run: what the README promises is what the package does. */
import { describe, expect, it } from "vitest";
import {
  COMMODITY,
  RegionSchema,
  SourceSchema,
  armenianNameLang,
  comparePartialDates,
  datasetJsonSchema,
  entityJsonSchema,
  entityKindInfo,
  figureDate,
  figureSpan,
  foldText,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatUnit,
  isPartialDate,
  labelOf,
  partialDateSortKey,
  plainText,
  slugify,
  sortFiguresByDate,
  statisticTitle,
  statisticWhat,
  titleInLanguage,
  tokenize,
} from "../src/index.js";
import { localeOf } from "../src/i18n.js";

describe("README examples", () => {
  it("schemas explain a bad id", () => {
    const result = RegionSchema.safeParse({ id: "Kalbajar", kind: "district", names: { en: "Kalbajar District" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'");
    expect(isPartialDate("1993-04")).toBe(true);
    expect(isPartialDate("1993-02-30")).toBe(false);
  });

  it("web addresses are http or https only", () => {
    const source = { id: "unsc-822-text", title: "Resolution 822 (1993)", publisher: "United Nations", publisherType: "un", kind: "un-document", language: "en" };
    expect(SourceSchema.safeParse({ ...source, url: "https://undocs.org/S/RES/822(1993)" }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...source, url: "javascript:alert(1)" }).error?.issues[0]?.message).toBe(
      "'javascript:' addresses are not allowed: a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/",
    );
  });

  it("plain text for the terminal", () => {
    expect(plainText("\u001b[2Jcleared")).toBe("\uFFFD[2Jcleared");
    expect(plainText("invoice\u202Efdp.exe")).toBe("invoice\uFFFDfdp.exe");
    expect(plainText("two\nlines")).toBe("two lines");
    expect(plainText("Safe\rEVIL\nnext", { lineBreaks: "keep" })).toBe("Safe\uFFFDEVIL\nnext");
  });

  it("kinds and labels", () => {
    expect(entityKindInfo("heritage-site").dir).toBe("heritage-sites");
    expect(COMMODITY.labels.molybdenum).toBe("Molybdenum");
    expect(labelOf(COMMODITY, "gold")).toBe("Gold");
  });

  it("an event's title in a language, and a statistic titled with it", () => {
    const khojaly = { title: "Khojaly massacre", titles: { az: "Xocalı qətliamı", ru: "Ходжалинская резня" } };
    expect(titleInLanguage(khojaly, "az")).toBe("Xocalı qətliamı");
    expect(statisticTitle({ category: "killed", population: "all", observations: [] }, { place: "Xocalı", event: titleInLanguage(khojaly, "az") }, localeOf("az"))).toBe(
      "Həlak olanlar — Xocalı, Xocalı qətliamı",
    );
  });

  it("a statistic's subset in a language", () => {
    const orphans = { category: "children-lost-parents", population: "children", subset: "both parents", subsetIn: { az: "hər iki valideyn", ru: "оба родителя" }, observations: [] } as const;
    expect(statisticWhat(orphans, localeOf("ru"))).toBe("Дети, потерявшие родителя, дети (оба родителя)");
  });

  it("an Armenian-used name's tag", () => {
    expect(armenianNameLang("Քարվաճառ")).toBe("hy");
    expect(armenianNameLang("Karvachar")).toBe("hy-Latn");
  });

  it("figures and dates", () => {
    expect(formatFigure({ value: 70000, qualifier: "more-than", unit: "person" })).toBe("more than 70,000 people");
    expect(formatFigure({ lower: 305, upper: 382, qualifier: "exact", unit: "km2" })).toBe("305–382 square kilometres");
    expect(
      formatCompetingFigures([
        { value: 1936, qualifier: "exact", unit: "km2", citations: [{ source: "a", locator: "p. 1", excerpt: "1,936 km²" }] },
        { value: 3054, qualifier: "about", unit: "km2", citations: [{ source: "b", locator: "p. 2", excerpt: "3,054 km²" }] },
      ]),
    ).toBe("2 sources: 1,936–3,054 square kilometres");
    expect(formatDate("1993-04-02")).toBe("2 April 1993");
    expect(formatDate("1993-04")).toBe("April 1993");
    expect(formatPeriod({ start: "1993-04", end: "2020-11-25" })).toBe("April 1993 – 25 November 2020");
    expect(formatNumber(1234567.891)).toBe("1,234,567.89");
    expect(formatUnit("person", 1)).toBe("person");
  });

  it("ordering", () => {
    expect(comparePartialDates("1993", "1993-04-02")).toBe(0);
    expect(sortFiguresByDate([{ asOf: "2020" }, { asOf: "1993-04" }, {}]).map((f) => f.asOf)).toEqual(["1993-04", "2020", undefined]);
    expect(figureSpan([{ value: 3 }, { lower: 1, upper: 5 }])).toEqual({ min: 1, max: 5 });
    expect(figureDate({ period: { start: "1992", end: "1993" } })).toBe("1993");
    expect(partialDateSortKey("1993")).toBe("1993-00-00");
  });

  it("text", () => {
    expect(foldText("Qızılbulaq")).toBe("qizilbulaq");
    expect(tokenize("Gyzylbulag / Qızılbulaq")).toEqual(["gyzylbulag", "qizilbulaq"]);
    expect(slugify("Kəlbəcər rayonu")).toBe("kelbecer-rayonu");
  });

  it("JSON Schema", () => {
    expect(datasetJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(Object.keys(entityJsonSchema("deposit").properties as object)).toEqual(expect.arrayContaining(["id", "names", "region"]));
  });
});
