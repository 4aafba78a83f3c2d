import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ARMENIAN_ALIAS_MESSAGE,
  armenianNameLang,
  armenianScriptMessage,
  AliasSchema,
  CITATION_WORDS_MESSAGE,
  CitationSchema,
  ClaimSchema,
  CompanySchema,
  DatasetMetaSchema,
  DatasetSchema,
  DepositSchema,
  ENTITY_KINDS,
  EventSchema,
  FigureSchema,
  HeritageSiteSchema,
  IdSchema,
  PartialDateSchema,
  ProgrammeSchema,
  RegionSchema,
  ResolutionSchema,
  SourceSchema,
  StatisticSchema,
  SubsetInSchema,
  TITLE_LANGUAGES,
  TitlesSchema,
  entityKindByDir,
  entityKindInfo,
  unattributedTermMessage,
  isPartialDate,
} from "./index.js";

const cite = { source: "seed-un-letter-2018-04-17-kalbajar", locator: "annex, para. 1", excerpt: "the Kalbajar district" };

/** One minimal valid record of every kind: only the fields the schema requires. */
const minimal = {
  source: {
    id: "unsc-822-text",
    title: "Resolution 822 (1993)",
    publisher: "United Nations",
    publisherType: "un",
    kind: "un-document",
    language: "en",
    symbol: "S/RES/822 (1993)",
  },
  region: { id: "kalbajar", names: { en: "Kalbajar" }, kind: "district" },
  deposit: { id: "gyzylbulag", names: { en: "Gyzylbulag" }, region: "kalbajar", commodities: ["gold"], inTerritories: true },
  company: { id: "base-metals", names: { en: "Base Metals" }, kind: "private" },
  resolution: { id: "unsc-822", title: "Security Council resolution 822 (1993)", body: "security-council", kind: "resolution", citations: [cite] },
  statistic: {
    id: "kalbajar-killed",
    subject: "kalbajar",
    category: "killed",
    observations: [{ value: 511, unit: "person", citations: [cite] }],
  },
  "heritage-site": { id: "kalbajar-museum", names: { en: "Kalbajar museum" }, kind: "museum", region: "kalbajar" },
  event: { id: "kalbajar-occupied", title: "Kalbajar occupied", kind: "occupation", citations: [cite] },
  programme: { id: "great-return", names: { en: "Great Return" }, kind: "state-programme", citations: [cite] },
} as const;

const schemas = {
  source: SourceSchema,
  region: RegionSchema,
  deposit: DepositSchema,
  company: CompanySchema,
  resolution: ResolutionSchema,
  statistic: StatisticSchema,
  "heritage-site": HeritageSiteSchema,
  event: EventSchema,
  programme: ProgrammeSchema,
} as const;

/** The issues a schema reports for the input, as `path: message` lines (empty when it parses). */
function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

describe("a minimal valid record of every kind", () => {
  for (const [kind, record] of Object.entries(minimal)) {
    it(`accepts a ${kind}`, () => {
      expect(issues(schemas[kind as keyof typeof schemas], record)).toEqual([]);
    });
  }

  it("has a schema in ENTITY_KINDS for every kind, each rejecting an empty object", () => {
    expect(ENTITY_KINDS.map((k) => k.kind).sort()).toEqual(Object.keys(minimal).sort());
    for (const { kind, schema } of ENTITY_KINDS) {
      expect(schema.safeParse(minimal[kind]).success, kind).toBe(true);
      expect(schema.safeParse({}).success, kind).toBe(false);
    }
  });

  it("fills defaults: aliases, claims, miningType, crossBorder, population", () => {
    const deposit = DepositSchema.parse(minimal.deposit);
    expect(deposit.aliases).toEqual([]);
    expect(deposit.claims).toEqual([]);
    expect(deposit.miningType).toBe("unknown");
    expect(deposit.crossBorder).toBe(false);
    expect(StatisticSchema.parse(minimal.statistic).population).toBe("all");
    expect(StatisticSchema.parse(minimal.statistic).observations[0]?.qualifier).toBe("exact");
  });

  it("looks kinds up by folder and by name", () => {
    expect(entityKindByDir("heritage-sites")?.kind).toBe("heritage-site");
    expect(entityKindByDir("deposit")).toBeUndefined();
    expect(entityKindInfo("company").dir).toBe("companies");
    // @ts-expect-error: not a kind
    expect(() => entityKindInfo("mine")).toThrow("unknown entity kind 'mine'");
  });
});

describe("citations", () => {
  it("accepts a citation with source, locator and excerpt", () => {
    expect(issues(CitationSchema, cite)).toEqual([]);
  });

  it("rejects a figure without citations", () => {
    expect(issues(FigureSchema, { value: 1, unit: "person", citations: [] })).toEqual([
      "citations: every figure and relationship needs at least one citation",
    ]);
    expect(issues(FigureSchema, { value: 1, unit: "person" })).toEqual([expect.stringMatching(/^citations: .*expected array/)]);
  });

  it("rejects records whose citations list is empty", () => {
    for (const kind of ["resolution", "event", "programme"] as const) {
      expect(issues(schemas[kind], { ...minimal[kind], citations: [] }), kind).toEqual([
        "citations: every figure and relationship needs at least one citation",
      ]);
    }
  });

  it("rejects an ownership link and an operation without citations", () => {
    const company = { ...minimal.company, ownership: [{ parent: "vallex-group", relation: "subsidiary", citations: [] }] };
    expect(issues(CompanySchema, company)).toEqual(["ownership.0.citations: every figure and relationship needs at least one citation"]);
    const deposit = { ...minimal.deposit, operations: [{ company: "base-metals", role: "operator" }] };
    expect(issues(DepositSchema, deposit)).toEqual([expect.stringMatching(/^operations\.0\.citations: /)]);
  });

  it("rejects an excerpt over 200 characters and accepts exactly 200", () => {
    expect(issues(CitationSchema, { ...cite, excerpt: "x".repeat(200) })).toEqual([]);
    expect(issues(CitationSchema, { ...cite, excerpt: "x".repeat(201) })).toEqual([
      "excerpt: an excerpt is at most 200 characters: quote only the words that show the fact",
    ]);
  });

  it("accepts an alias with or without citations, and rejects an empty list or a citation without its source", () => {
    const region = { ...minimal.region, aliases: [{ name: "Stepanakert", lang: "hy-Latn", note: "Armenian name", citations: [cite] }] };
    expect(issues(RegionSchema, region)).toEqual([]);
    expect(issues(RegionSchema, { ...minimal.region, aliases: [{ name: "Agdera" }] })).toEqual([]);
    expect(issues(RegionSchema, { ...minimal.region, aliases: [{ name: "Stepanakert", citations: [] }] })).toEqual([
      "aliases.0.citations: every figure and relationship needs at least one citation",
    ]);
    const { source: _source, ...withoutSource } = cite;
    expect(issues(RegionSchema, { ...minimal.region, aliases: [{ name: "Stepanakert", citations: [withoutSource] }] })).toEqual([
      expect.stringMatching(/^aliases\.0\.citations\.0\.source: /),
    ]);
  });

  it("accepts a summary in place of an excerpt, and both together", () => {
    const { excerpt: _excerpt, ...bare } = cite;
    expect(issues(CitationSchema, { ...bare, summary: "The letter lists the seven districts." })).toEqual([]);
    expect(issues(CitationSchema, { ...cite, summary: "The letter lists the seven districts." })).toEqual([]);
  });

  it("rejects a citation with neither the source's words nor a summary", () => {
    const { excerpt: _excerpt, ...bare } = cite;
    expect(issues(CitationSchema, bare)).toEqual([`excerpt: ${CITATION_WORDS_MESSAGE}`]);
    expect(issues(CitationSchema, { ...bare, note: "a note is not the source's words" })).toEqual([`excerpt: ${CITATION_WORDS_MESSAGE}`]);
    expect(issues(CitationSchema, { ...bare, summary: "" })).toHaveLength(1);
  });

  it("rejects an empty locator and an unknown field", () => {
    expect(issues(CitationSchema, { ...cite, locator: "" })).toHaveLength(1);
    expect(issues(CitationSchema, { ...cite, page: 3 })).toEqual([': Unrecognized key: "page"']);
  });
});

describe("ids", () => {
  it.each(["kalbajar", "unsc-822", "seed-un-letter-2018-04-17-kalbajar", "a1"])("accepts %s", (id) => {
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each(["Kalbajar", "base_metals", "base--metals", "-kalbajar", "kalbajar-", "kəlbəcər", "has space", ""])("rejects '%s'", (id) => {
    expect(issues(IdSchema, id)).toEqual([": an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'"]);
  });

  it("rejects a bad slug in a record and in a reference", () => {
    expect(issues(RegionSchema, { ...minimal.region, id: "Kalbajar District" })).toEqual([
      "id: an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'",
    ]);
    expect(issues(DepositSchema, { ...minimal.deposit, region: "Kalbajar" })).toEqual([
      "region: an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'",
    ]);
  });

  it("rejects an id over 80 characters", () => {
    expect(IdSchema.safeParse("a".repeat(80)).success).toBe(true);
    expect(IdSchema.safeParse("a".repeat(81)).success).toBe(false);
  });
});

describe("partial dates", () => {
  it.each(["1993", "1993-04", "1993-04-02", "2020-02-29", "2000-02-29", "1993-12-31"])("accepts %s", (date) => {
    expect(isPartialDate(date)).toBe(true);
    expect(PartialDateSchema.safeParse(date).success).toBe(true);
  });

  it.each(["1993-02-30", "1993-02-29", "1900-02-29", "1993-04-31", "1993-13", "1993-00", "1993-04-00", "93", "1993-4-2", "2 April 1993", "1993/04/02", ""])(
    "rejects %s",
    (date) => {
      expect(isPartialDate(date)).toBe(false);
      expect(issues(PartialDateSchema, date)).toEqual([": expected a date as YYYY, YYYY-MM or YYYY-MM-DD naming a real day"]);
    },
  );

  it("reads a year written as a bare number as the text of that year", () => {
    expect(PartialDateSchema.parse(1993)).toBe("1993");
    expect(EventSchema.parse({ ...minimal.event, date: 2003 }).date).toBe("2003");
    expect(FigureSchema.parse({ unit: "person", value: 1, asOf: 1000, citations: [cite] }).asOf).toBe("1000");
    expect(FigureSchema.parse({ unit: "person", value: 1, period: { start: 1992, end: "1993-04" }, citations: [cite] }).period).toEqual({ start: "1992", end: "1993-04" });
  });

  it.each([93, 999, 2101, 20030401, -1993])("rejects the bare number %s, which is not a plausible year, saying what to write", (year) => {
    expect(issues(EventSchema, { ...minimal.event, date: year })).toEqual([
      'date: a number here must be a year from 1000 to 2100 (e.g. 2003); write any other date in quotes as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2003-04"',
    ]);
  });

  it.each([1993.5, true, null, { year: 1993 }])("rejects %s where a date is expected", (value) => {
    expect(issues(EventSchema, { ...minimal.event, date: value })).toEqual([
      "date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD naming a real day, or a year as a bare number (e.g. 2003)",
    ]);
  });

  it("describes both spellings in the record files' JSON Schema and text in the dataset's", () => {
    const recordSchema = JSON.stringify(z.toJSONSchema(EventSchema, { io: "input", unrepresentable: "any" }));
    expect(recordSchema).toContain('"anyOf":[{"type":"string"},{"type":"integer","minimum":1000,"maximum":2100}]');
    const datasetSchema = z.toJSONSchema(EventSchema, { io: "output", unrepresentable: "any" }) as { properties: Record<string, unknown> };
    expect(datasetSchema.properties.date).toEqual({ description: "Date at the source's precision.", type: "string" });
  });

  it("rejects an impossible date inside a record", () => {
    expect(issues(EventSchema, { ...minimal.event, date: "1993-02-30" })).toEqual([
      "date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD naming a real day",
    ]);
  });
});

describe("figures", () => {
  const figure = { unit: "person", citations: [cite] } as const;

  it("accepts a value, a range, an open range and a word-only qualifier", () => {
    expect(issues(FigureSchema, { ...figure, value: 70000, qualifier: "more-than" })).toEqual([]);
    expect(issues(FigureSchema, { ...figure, lower: 305, upper: 382 })).toEqual([]);
    expect(issues(FigureSchema, { ...figure, lower: 305, upper: 305 })).toEqual([]);
    expect(issues(FigureSchema, { ...figure, lower: 305 })).toEqual([]);
    expect(issues(FigureSchema, { ...figure, upper: 30 })).toEqual([]);
    expect(issues(FigureSchema, { ...figure, qualifier: "dozens" })).toEqual([]);
  });

  it("defaults the qualifier to exact", () => {
    expect(FigureSchema.parse({ ...figure, value: 1 }).qualifier).toBe("exact");
  });

  it("rejects value and range both given", () => {
    expect(issues(FigureSchema, { ...figure, value: 350, lower: 305, upper: 382 })).toEqual([
      "value: give either `value` or `lower`/`upper`, not both",
    ]);
  });

  it("rejects lower above upper", () => {
    expect(issues(FigureSchema, { ...figure, lower: 382, upper: 305 })).toEqual(["upper: `upper` must not be below `lower`"]);
  });

  it("rejects a figure with neither value nor range", () => {
    expect(issues(FigureSchema, { ...figure, qualifier: "about" })).toEqual(["value: a figure needs `value`, or `lower`/`upper` for a range"]);
  });

  it("rejects an unknown unit and an unknown qualifier", () => {
    const [unitIssue] = issues(FigureSchema, { ...figure, value: 1, unit: "persons" });
    expect(unitIssue).toMatch(/^unit: Invalid option: expected one of .*"person"/);
    const [qualifierIssue] = issues(FigureSchema, { ...figure, value: 1, qualifier: "roughly" });
    expect(qualifierIssue).toMatch(/^qualifier: Invalid option: expected one of .*"about"/);
  });

  it("rejects an unknown field and a text value", () => {
    expect(issues(FigureSchema, { ...figure, value: 1, source: "x" })).toEqual([': Unrecognized key: "source"']);
    expect(issues(FigureSchema, { ...figure, value: "70,000" })[0]).toMatch(/^value: .*expected number/);
  });
});

describe("record rules", () => {
  it("rejects a source without url or symbol unless it says why it has neither", () => {
    const { symbol: _symbol, ...withoutSymbol } = minimal.source;
    const found = issues(SourceSchema, withoutSymbol);
    expect(found).toEqual(["url: a source needs a `url` or a document `symbol`, or a `noAddressReason` saying why it has neither"]);
    expect(issues(SourceSchema, { ...withoutSymbol, url: "https://www.un.org/" })).toEqual([]);
    // A seed file or the source that names it is no longer an address.
    expect(issues(SourceSchema, { ...withoutSymbol, seedFile: "002_773fb7f93ddba32c.txt" })).toEqual(found);
    expect(issues(SourceSchema, { ...withoutSymbol, noAddressReason: "Known only as cited in another article." })).toEqual([]);
    expect(issues(SourceSchema, { ...withoutSymbol, noAddressReason: "" })).toHaveLength(2);
  });

  it("keeps mirrors as web addresses under alsoAt", () => {
    expect(issues(SourceSchema, { ...minimal.source, alsoAt: ["https://docslib.org/doc/1"] })).toEqual([]);
    expect(issues(SourceSchema, { ...minimal.source, alsoAt: ["javascript:alert(1)"] })).toEqual([
      expect.stringMatching(/^alsoAt\.0: 'javascript:' addresses are not allowed/),
    ]);
  });

  it("rejects a letter without its author, who says what it says", () => {
    const letter = { ...minimal.source, addressee: "Secretary-General of the United Nations" };
    expect(issues(SourceSchema, letter)).toEqual([
      "author: a letter (it has an `addressee`) needs its `author`: who says what it says, e.g. `Ministry of Foreign Affairs of Azerbaijan`",
    ]);
    expect(issues(SourceSchema, { ...letter, author: "Ministry of Foreign Affairs of Azerbaijan" })).toEqual([]);
  });

  it("rejects a statement using one side's word unless it says whose word it is", () => {
    const claim = (statement: string) => ({ statement, citations: [cite] });
    expect(issues(ClaimSchema, claim("Mines in the liberated territories slow the return of displaced persons."))).toEqual([
      `statement: ${unattributedTermMessage("liberated")}`,
    ]);
    expect(issues(ClaimSchema, claim("Azer Allahverenov said mines in the liberated territories slow the return of displaced persons."))).toEqual([]);
    expect(issues(ClaimSchema, claim("According to AzerGold, the deposits were illegally exploited."))).toEqual([]);
    expect(issues(ClaimSchema, claim("The district was occupied on 2 April 1993."))).toEqual([]);
  });

  it("takes an event's title in Azerbaijani and Russian, and no other language", () => {
    const titles = { az: "Kəlbəcər rayonunun işğalı", ru: "Оккупация Кельбаджарского района" };
    expect(EventSchema.parse({ ...minimal.event, titles }).titles).toEqual(titles);
    expect(issues(EventSchema, { ...minimal.event, titles: { az: titles.az } })).toEqual([]);
    // English is the `title` itself; an empty title is no title.
    expect(issues(EventSchema, { ...minimal.event, titles: { en: "Kalbajar occupied" } })).toEqual([expect.stringMatching(/^titles: Unrecognized key: "en"/)]);
    expect(issues(EventSchema, { ...minimal.event, titles: { az: "" } })).toEqual([expect.stringMatching(/^titles\.az: /)]);
    expect(Object.keys(TitlesSchema.shape)).toEqual([...TITLE_LANGUAGES]);
  });

  it("takes a statistic's subset in Azerbaijani and Russian, and no other language", () => {
    const subsetIn = { az: "hər iki valideyn", ru: "оба родителя" };
    const statistic = { ...minimal.statistic, subset: "both parents" };
    expect(StatisticSchema.parse({ ...statistic, subsetIn }).subsetIn).toEqual(subsetIn);
    expect(issues(StatisticSchema, { ...statistic, subsetIn: { ru: subsetIn.ru } })).toEqual([]);
    expect(issues(StatisticSchema, { ...statistic, subsetIn: { en: "both parents" } })).toEqual([expect.stringMatching(/^subsetIn: Unrecognized key: "en"/)]);
    expect(issues(StatisticSchema, { ...statistic, subsetIn: { az: "" } })).toEqual([expect.stringMatching(/^subsetIn\.az: /)]);
    expect(Object.keys(SubsetInSchema.shape)).toEqual([...TITLE_LANGUAGES]);
  });

  it("requires a citation on a name used on the Armenian side", () => {
    expect(issues(AliasSchema, { name: "Karvachar", lang: "hy-Latn" })).toEqual([`citations: ${ARMENIAN_ALIAS_MESSAGE}`]);
    expect(issues(AliasSchema, { name: "Քարվաճառ", lang: "hy" })).toEqual([`citations: ${ARMENIAN_ALIAS_MESSAGE}`]);
    expect(issues(AliasSchema, { name: "Քարվաճառ", lang: "hy", citations: [cite] })).toEqual([]);
    expect(issues(AliasSchema, { name: "Kelbadjar", lang: "en" })).toEqual([]);
    expect(issues(AliasSchema, { name: "Kelbadjar", lang: "hy", citations: [] })).toEqual([
      "citations: every figure and relationship needs at least one citation",
      `lang: ${armenianScriptMessage("Kelbadjar", "hy")}`,
    ]);
  });

  it("tags an Armenian-used name by its script: hy in Armenian letters, hy-Latn in Latin ones", () => {
    expect(armenianNameLang("Քարվաճառ")).toBe("hy");
    expect(armenianNameLang("Karvachar")).toBe("hy-Latn");
    expect(issues(AliasSchema, { name: "Karvachar", lang: "hy-Latn", citations: [cite] })).toEqual([]);
    expect(issues(AliasSchema, { name: "Karvachar", lang: "hy", citations: [cite] })).toEqual([
      'lang: "Karvachar" is written in Latin letters, so its tag is `lang: hy-Latn`, not `hy` (`hy` is Armenian script, `hy-Latn` a Latin transliteration)',
    ]);
    expect(issues(AliasSchema, { name: "Քարվաճառ", lang: "hy-Latn", citations: [cite] })).toEqual([
      'lang: "Քարվաճառ" is written in Armenian letters, so its tag is `lang: hy`, not `hy-Latn` (`hy` is Armenian script, `hy-Latn` a Latin transliteration)',
    ]);
    // Other tags are not checked by script.
    expect(issues(AliasSchema, { name: "Мехакаван", lang: "ru" })).toEqual([]);
  });

  it("has no `by` on a heritage status: who did it is an attributed claim", () => {
    const site = { ...minimal["heritage-site"], statuses: [{ status: "destroyed", by: "someone", citations: [cite] }] };
    expect(issues(HeritageSiteSchema, site)).toEqual(['statuses.0: Unrecognized key: "by"']);
  });

  it("rejects a malformed url and language tag on a source", () => {
    expect(issues(SourceSchema, { ...minimal.source, url: "www.un.org" })[0]).toMatch(/^url: /);
    expect(issues(SourceSchema, { ...minimal.source, language: "English" })).toEqual([
      "language: expected a BCP 47 language tag such as 'en' or 'az-Latn'",
    ]);
  });

  it("accepts http and https addresses as a source's url and a company's website", () => {
    for (const url of ["https://www.un.org/", "http://www.azertag.az/en/xeber/1", "https://example.org/a?b=1#c", "HTTPS://WWW.UN.ORG/"]) {
      expect(issues(SourceSchema, { ...minimal.source, url }), url).toEqual([]);
      expect(issues(CompanySchema, { ...minimal.company, website: url }), url).toEqual([]);
    }
  });

  it("rejects a url with any other scheme, naming the scheme and what is allowed", () => {
    const cases: [string, string][] = [
      ["javascript:alert(1)", "javascript"],
      ["JavaScript:alert(document.domain)", "javascript"],
      ["  javascript:alert(1)", "javascript"],
      ["data:text/html,<script>alert(1)</script>", "data"],
      ["vbscript:msgbox(1)", "vbscript"],
      ["file:///etc/passwd", "file"],
      ["mailto:press@example.org", "mailto"],
      ["ftp://ftp.example.org/report.pdf", "ftp"],
    ];
    for (const [url, scheme] of cases) {
      const expected = [`url: '${scheme}:' addresses are not allowed: a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/`];
      expect(issues(SourceSchema, { ...minimal.source, url }), url).toEqual(expected);
      expect(issues(CompanySchema, { ...minimal.company, website: url }), url).toEqual([expected[0]?.replace(/^url:/, "website:")]);
    }
  });

  it("rejects an http(s) url without a host name, and text that is not a url", () => {
    for (const url of ["https:alert(1)", "https://", "http:/www.un.org", "www.un.org", ""]) {
      expect(issues(SourceSchema, { ...minimal.source, url }), url).toEqual([
        "url: not a web address: a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/",
      ]);
    }
  });

  it("rejects an unknown enum value in every kind that has one", () => {
    const cases: [keyof typeof schemas, string, string][] = [
      ["source", "publisherType", "newspaper"],
      ["source", "kind", "book"],
      ["region", "kind", "province"],
      ["company", "kind", "public"],
      ["resolution", "body", "security-counsel"],
      ["resolution", "kind", "decision"],
      ["statistic", "category", "dead"],
      ["statistic", "population", "adults"],
      ["heritage-site", "kind", "temple"],
      ["event", "kind", "battle"],
      ["programme", "kind", "plan"],
    ];
    for (const [kind, field, value] of cases) {
      const found = issues(schemas[kind], { ...minimal[kind], [field]: value });
      expect(found, `${kind}.${field}`).toHaveLength(1);
      expect(found[0], `${kind}.${field}`).toMatch(new RegExp(`^${field}: Invalid option: expected one of `));
    }
    expect(issues(DepositSchema, { ...minimal.deposit, commodities: ["gold", "uranium"] })[0]).toMatch(/^commodities\.1: Invalid option/);
  });

  it("rejects an unknown field in every kind (strict objects)", () => {
    for (const kind of Object.keys(schemas) as (keyof typeof schemas)[]) {
      expect(issues(schemas[kind], { ...minimal[kind], colour: "red" }), kind).toEqual([': Unrecognized key: "colour"']);
    }
    expect(issues(RegionSchema, { ...minimal.region, names: { en: "Kalbajar", fr: "Kelbadjar" } })).toEqual(['names: Unrecognized key: "fr"']);
  });

  it("rejects a deposit without commodities", () => {
    expect(issues(DepositSchema, { ...minimal.deposit, commodities: [] })[0]).toMatch(/^commodities: /);
  });

  it("rejects a statistic without observations", () => {
    expect(issues(StatisticSchema, { ...minimal.statistic, observations: [] })[0]).toMatch(/^observations: /);
  });

  it("rejects a location outside WGS 84 bounds", () => {
    const centre = { lat: 40.1, lon: 46.03, precision: "approximate", citations: [cite] };
    const town = { ...minimal.region, kind: "town" };
    expect(issues(RegionSchema, { ...town, centre })).toEqual([]);
    expect(issues(RegionSchema, { ...town, centre: { ...centre, lat: 91 } })[0]).toMatch(/^centre\.lat: /);
  });

  it("accepts the four location precisions and rejects the old district centroid", () => {
    const town = { ...minimal.region, kind: "town" };
    for (const precision of ["exact", "approximate", "nearest-settlement", "district"]) {
      expect(issues(RegionSchema, { ...town, centre: { lat: 40.1, lon: 46.03, precision, citations: [cite] } })).toEqual([]);
    }
    expect(issues(RegionSchema, { ...town, centre: { lat: 40.1, lon: 46.03, precision: "district-centroid", citations: [cite] } })[0]).toMatch(/^centre\.precision: /);
  });

  it("gives a district no point of its own: its label point comes from its boundary", () => {
    const centre = { lat: 40.1, lon: 46.03, precision: "exact", citations: [cite] };
    expect(issues(RegionSchema, { ...minimal.region, centre })).toEqual([
      "centre: a district has no `centre`: its label point is computed from its `boundary`; put the town's coordinates on the town's record and link it with `adminCentre`",
    ]);
  });

  it("takes a boundary or a reason for none, not both", () => {
    const boundary = { dataset: "geoboundaries-aze-adm2", shapeId: "AZE-ADM2-54616110B71777131" };
    const noBoundary = { reason: "abolished in 1992", parts: [{ region: "kalbajar" }] };
    expect(issues(RegionSchema, { ...minimal.region, boundary })).toEqual([]);
    expect(issues(RegionSchema, { ...minimal.region, noBoundary })).toEqual([]);
    expect(issues(RegionSchema, { ...minimal.region, boundary, noBoundary })).toEqual(["noBoundary: a region has a `boundary` or a `noBoundary` reason, not both"]);
    expect(issues(RegionSchema, { ...minimal.region, noBoundary: { parts: [] } })[0]).toMatch(/^noBoundary\.reason: /);
    expect(issues(RegionSchema, { ...minimal.region, boundary: { dataset: "geoboundaries-aze-adm2" } })[0]).toMatch(/^boundary\.shapeId: /);
  });

  it("rejects a jurisdiction that is not an ISO alpha-2 code", () => {
    const company = { ...minimal.company, jurisdictions: [{ country: "Armenia", citations: [cite] }] };
    expect(issues(CompanySchema, company)).toEqual(["jurisdictions.0.country: expected an ISO 3166-1 alpha-2 code such as 'AM' or 'LI'"]);
  });

  it("rejects a negative vote count", () => {
    const resolution = { ...minimal.resolution, votes: [{ inFavour: 15, against: -1, abstaining: 0, citations: [cite] }] };
    expect(issues(ResolutionSchema, resolution)[0]).toMatch(/^votes\.0\.against: /);
  });
});

describe("dataset", () => {
  const meta = { name: "Fixture", version: "0.1.0", updated: "2026-11-23", licence: "CC-BY-4.0", citation: "Fixture." };
  const empty = { regions: [], deposits: [], companies: [], resolutions: [], statistics: [], "heritage-sites": [], events: [], programmes: [], sources: [] };

  it("accepts a dataset with one record of each kind", () => {
    const dataset = {
      meta,
      regions: [minimal.region],
      deposits: [minimal.deposit],
      companies: [minimal.company],
      resolutions: [minimal.resolution],
      statistics: [minimal.statistic],
      "heritage-sites": [minimal["heritage-site"]],
      events: [minimal.event],
      programmes: [minimal.programme],
      sources: [minimal.source],
    };
    expect(issues(DatasetSchema, dataset)).toEqual([]);
  });

  it("rejects a missing kind, a bad version and an unknown kind", () => {
    const { events: _events, ...withoutEvents } = empty;
    expect(issues(DatasetSchema, { meta, ...withoutEvents })[0]).toMatch(/^events: /);
    expect(issues(DatasetMetaSchema, { ...meta, version: "1.0" })).toEqual(["version: expected a semantic version such as 1.2.0"]);
    expect(issues(DatasetSchema, { meta, ...empty, mines: [] })).toEqual([': Unrecognized key: "mines"']);
  });
});
