import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "@karabakh-atlas/domain";
import { FIELDS, ENTITY_KIND_TABLE, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { createAtlas, currentStatus, datedObservations, resolutionDate, type Atlas } from "./atlas.js";
import { FILTER_SPECS, FilterError } from "./filters.js";
import { DATASET_PARTS, datasetFromParts, datasetParts, type DatasetPart } from "./parts.js";
import { createSearchIndex, type SearchDocument } from "./search.js";
import { VALID_FIXTURE } from "./test-support.js";
import { validateDirectory } from "./validate.js";

let atlas: Atlas;
let dataset: Dataset;

beforeAll(() => {
  const result = validateDirectory(VALID_FIXTURE);
  if (!result.dataset) throw new Error(`the valid fixture has problems: ${JSON.stringify(result.problems)}`);
  dataset = result.dataset;
  atlas = createAtlas(dataset);
});

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

describe("records by id", () => {
  it("gets a record of a kind by id, and nothing for the wrong kind", () => {
    expect(atlas.get("region", "kalbajar")?.names.en).toBe("Kalbajar District");
    expect(atlas.region("kalbajar")?.kind).toBe("district");
    expect(atlas.deposit("gyzylbulag")?.commodities).toEqual(["copper", "gold"]);
    expect(atlas.company("base-metals")?.names.en).toBe("Base Metals");
    expect(atlas.resolution("unsc-822")?.number).toBe("822");
    expect(atlas.statistic("kalbajar-killed")?.category).toBe("killed");
    expect(atlas.heritageSite("kalbajar-museum")?.kind).toBe("museum");
    expect(atlas.event("kalbajar-returned")?.date).toBe("2020-11-25");
    expect(atlas.programme("great-return")?.kind).toBe("state-programme");
    expect(atlas.source("mining-news")?.publisherType).toBe("media");
    expect(atlas.get("deposit", "kalbajar")).toBeUndefined();
    expect(atlas.region("nowhere")).toBeUndefined();
  });

  it("finds any record by id with its kind", () => {
    expect(atlas.find("unsc-822")?.kind).toBe("resolution");
    expect(atlas.find("gyzylbulag")?.kind).toBe("deposit");
    expect(atlas.find("un-letter-kalbajar")?.kind).toBe("source");
    expect(atlas.find("nowhere")).toBeUndefined();
  });

  it("lists every record of a kind and titles each kind", () => {
    expect(atlas.list("deposit")).toHaveLength(4);
    expect(atlas.list("company")).toHaveLength(6);
    expect(atlas.meta.name).toBe("Karabakh Atlas test fixture");
    const title = (id: string) => atlas.title(atlas.find(id) as NonNullable<ReturnType<Atlas["find"]>>);
    expect(title("kalbajar")).toBe("Kalbajar District");
    expect(title("unsc-822")).toBe("Security Council resolution 822 (1993)");
    expect(title("kalbajar-killed")).toBe("Killed, civilians — Kalbajar District, 1993 – 1994");
    expect(title("kalbajar-expelled")).toBe("Expelled — Kalbajar District, Kalbajar occupied");
    expect(title("mining-news")).toBe("Fixture news article on mining companies");
  });
});

describe("deposits", () => {
  it("filters by commodity", () => {
    expect(ids(atlas.deposits({ commodity: "gold" }))).toEqual(["gyzylbulag", "soyudlu"]);
    expect(ids(atlas.deposits({ commodity: "marble" }))).toEqual(["lachin-marble"]);
    expect(atlas.deposits({ commodity: "mercury" })).toEqual([]);
  });

  it("filters by region, including regions inside it and economic regions", () => {
    expect(ids(atlas.deposits({ region: "kalbajar" }))).toEqual(["gyzylbulag", "soyudlu"]);
    expect(ids(atlas.deposits({ region: "azerbaijan" }))).toEqual(["agdam-limestone", "gyzylbulag", "lachin-marble", "soyudlu"]);
    expect(ids(atlas.deposits({ region: "kalbajar-lachin" }))).toEqual(["gyzylbulag", "lachin-marble", "soyudlu"]);
    expect(ids(atlas.deposits({ region: "karabakh-economic-region" }))).toEqual(["agdam-limestone"]);
    expect(atlas.deposits({ region: "heyvaly" })).toEqual([]);
    expect(() => atlas.deposits({ region: "nowhere" })).toThrow("no region 'nowhere'");
  });

  it("filters by company, including its subsidiaries", () => {
    expect(ids(atlas.deposits({ company: "base-metals" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ company: "vallex-group" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ company: "geopromining" }))).toEqual(["soyudlu"]);
    expect(ids(atlas.deposits({ company: "azergold" }))).toEqual(["agdam-limestone"]);
    expect(() => atlas.deposits({ company: "nowhere" })).toThrow("no company 'nowhere'");
  });

  it("filters by the latest status a source gives", () => {
    expect(ids(atlas.deposits({ status: "mining" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ status: "suspended" }))).toEqual(["soyudlu"]);
    expect(ids(atlas.deposits({ status: "undeveloped" }))).toEqual(["lachin-marble"]);
    expect(currentStatus(atlas.deposit("soyudlu") as NonNullable<ReturnType<Atlas["deposit"]>>)).toBe("suspended");
    expect(currentStatus(atlas.deposit("agdam-limestone") as NonNullable<ReturnType<Atlas["deposit"]>>)).toBeUndefined();
  });

  it("combines filters", () => {
    expect(ids(atlas.deposits({ commodity: "gold", region: "kalbajar", status: "suspended" }))).toEqual(["soyudlu"]);
    expect(atlas.deposits({ commodity: "gold", company: "azergold" })).toEqual([]);
    expect(ids(atlas.deposits())).toHaveLength(4);
  });

  it("lists the companies at a deposit", () => {
    expect(ids(atlas.depositCompanies("gyzylbulag"))).toEqual(["base-metals", "fixture-contractor"]);
    expect(atlas.depositCompanies("lachin-marble")).toEqual([]);
  });
});

describe("statistics, events and documents", () => {
  it("filters statistics by region (with the regions inside it) and category", () => {
    expect(ids(atlas.statistics({ region: "kalbajar" }))).toEqual(["heyvaly-population", "kalbajar-killed", "kalbajar-expelled"]);
    expect(ids(atlas.statistics({ region: "kalbajar-lachin" }))).toEqual(["heyvaly-population", "kalbajar-killed", "kalbajar-expelled"]);
    expect(ids(atlas.statistics({ category: "killed" }))).toEqual(["agdam-killed", "kalbajar-killed"]);
    expect(ids(atlas.statistics({ region: "kalbajar", category: "killed" }))).toEqual(["kalbajar-killed"]);
    expect(ids(atlas.statistics({ population: "civilians" }))).toEqual(["kalbajar-killed"]);
    expect(atlas.statistics({ region: "lachin" })).toEqual([]);
  });

  it("filters events by date range, at each date's precision", () => {
    expect(ids(atlas.events())).toEqual([
      "lachin-occupied",
      "kalbajar-occupied",
      "unsc-822-adopted",
      "april-2016-escalation",
      "kalbajar-returned",
    ]);
    expect(ids(atlas.events({ from: "1993", to: "1993" }))).toEqual(["kalbajar-occupied", "unsc-822-adopted"]);
    expect(ids(atlas.events({ from: "1993-04-15", to: "1993-12" }))).toEqual(["unsc-822-adopted"]);
    expect(ids(atlas.events({ to: "1992" }))).toEqual(["lachin-occupied"]);
    // An event that runs into the range counts: the escalation ends on 2016-04-05.
    expect(ids(atlas.events({ from: "2016-04-04" }))).toEqual(["april-2016-escalation", "kalbajar-returned"]);
    expect(atlas.events({ from: "2021" })).toEqual([]);
  });

  it("filters events by region and kind", () => {
    expect(ids(atlas.events({ region: "kalbajar" }))).toEqual(["kalbajar-occupied", "unsc-822-adopted", "kalbajar-returned"]);
    expect(ids(atlas.events({ kind: "occupation" }))).toEqual(["lachin-occupied", "kalbajar-occupied"]);
    expect(ids(atlas.events({ region: "kalbajar-lachin", kind: "occupation" }))).toEqual(["lachin-occupied", "kalbajar-occupied"]);
  });

  it("filters resolutions by region, in date order", () => {
    expect(ids(atlas.resolutions({ region: "kalbajar" }))).toEqual(["unsc-822"]);
    expect(ids(atlas.resolutions({ region: "karabakh-economic-region" }))).toEqual(["unsc-853"]);
    expect(ids(atlas.resolutions({ region: "azerbaijan" }))).toEqual(["unsc-822", "unsc-853"]);
    expect(ids(atlas.resolutions({ body: "general-assembly" }))).toEqual([]);
    expect(resolutionDate(atlas.resolution("unsc-853") as NonNullable<ReturnType<Atlas["resolution"]>>)).toBe("1993-07-29");
  });

  it("filters heritage sites and lists programmes and sources", () => {
    expect(ids(atlas.heritageSites({ region: "kalbajar-lachin" }))).toEqual(["kalbajar-museum"]);
    expect(ids(atlas.heritageSites({ status: "destroyed" }))).toEqual([]);
    expect(ids(atlas.programmes())).toEqual(["great-return"]);
    expect(ids(atlas.sources({ publisherType: "media" }))).toEqual(["mining-news"]);
    expect(ids(atlas.sources({ kind: "un-document" }))).toEqual(["un-letter-kalbajar", "unsc-822-text"]);
  });
});

describe("relations", () => {
  it("gives a region's deposits, statistics, events, documents and heritage sites", () => {
    expect(ids(atlas.regionDeposits("kalbajar"))).toEqual(["gyzylbulag", "soyudlu"]);
    expect(ids(atlas.regionStatistics("agdam"))).toEqual(["agdam-killed"]);
    expect(ids(atlas.regionEvents("lachin"))).toEqual(["lachin-occupied"]);
    expect(ids(atlas.regionResolutions("agdam"))).toEqual(["unsc-853"]);
    expect(ids(atlas.regionHeritageSites("kalbajar"))).toEqual(["kalbajar-museum"]);
  });

  it("walks the region tree", () => {
    expect(ids(atlas.regionChildren("kalbajar"))).toEqual(["heyvaly"]);
    expect(ids(atlas.regionChildren("azerbaijan"))).toEqual(["agdam", "kalbajar", "kalbajar-lachin", "karabakh-economic-region", "lachin"]);
    expect(ids(atlas.regionAncestors("heyvaly"))).toEqual(["kalbajar", "azerbaijan"]);
    expect(ids(atlas.regions({ kind: "economic-region" }))).toEqual(["kalbajar-lachin", "karabakh-economic-region"]);
    expect([...atlas.regionScope("kalbajar-lachin")].sort()).toEqual(["heyvaly", "kalbajar", "kalbajar-lachin", "lachin"]);
  });

  it("gives a company's deposits, parents and subsidiaries", () => {
    expect(ids(atlas.companyDeposits("fixture-contractor"))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.companyDeposits("gpm-gold"))).toEqual(["soyudlu"]);
    expect(ids(atlas.companyParents("base-metals"))).toEqual(["vallex-group"]);
    expect(atlas.companyParents("vallex-group")).toEqual([]);
    expect(ids(atlas.companySubsidiaries("vallex-group"))).toEqual(["base-metals"]);
    expect(atlas.companySubsidiaries("fixture-contractor")).toEqual([]);
    expect(ids(atlas.companies({ jurisdiction: "LI" }))).toEqual(["vallex-group"]);
    expect(ids(atlas.companies({ kind: "state-owned" }))).toEqual(["azergold"]);
  });

  it("walks ownership up (nearest first) and down (as a tree)", () => {
    expect(ids(atlas.ownershipChainUp("fixture-contractor"))).toEqual(["base-metals", "vallex-group"]);
    expect(atlas.ownershipChainUp("vallex-group")).toEqual([]);
    const tree = atlas.ownershipTreeDown("vallex-group");
    const shape = (node: typeof tree): unknown => node && { id: node.company.id, children: node.children.map(shape) };
    expect(shape(tree)).toEqual({
      id: "vallex-group",
      children: [{ id: "base-metals", children: [{ id: "fixture-contractor", children: [] }] }],
    });
    expect(atlas.ownershipTreeDown("nowhere")).toBeUndefined();
  });

  it("lists where a source is cited and what it supports", () => {
    const uses = atlas.sourceUses("unsc-822-text");
    expect(uses.map((u) => `${u.kind}:${u.id} ${u.field}`).sort()).toEqual([
      "deposit:lachin-marble commodityCitations[0]",
      "event:unsc-822-adopted citations[0]",
      "resolution:unsc-822 adoptedOn[0].citations[0]",
      "resolution:unsc-822 citations[0]",
      "resolution:unsc-822 regions[0].citations[0]",
    ]);
    expect(uses.find((u) => u.field === "regions[0].citations[0]")).toMatchObject({
      title: "Security Council resolution 822 (1993)",
      locator: "operative para. 1",
      excerpt: "Fixture excerpt naming Kalbajar.",
    });
    expect(atlas.sourceSupports("unsc-822-text").map((r) => `${r.kind}:${r.record.id}`)).toEqual(
      expect.arrayContaining(["resolution:unsc-822", "event:unsc-822-adopted", "deposit:lachin-marble"]),
    );
    expect(atlas.sourceSupports("unsc-822-text")).toHaveLength(3);
    expect(atlas.sourceUses("nowhere")).toEqual([]);
  });

  it("counts every citation of every source exactly once", () => {
    const counted = dataset.sources.reduce((n, s) => n + atlas.sourceUses(s.id).length, 0);
    const inFiles = JSON.stringify(dataset).match(/"source":"/g)?.length ?? 0;
    expect(counted).toBe(inFiles);
  });
});

describe("filters: one specification, checked for every caller", () => {
  const errorOf = (f: () => unknown): FilterError => {
    try {
      f();
    } catch (error) {
      if (error instanceof FilterError) return error;
      throw error;
    }
    throw new Error("no FilterError thrown");
  };

  it("refuses an unknown id, naming the nearest one, also from plain JavaScript", () => {
    const plain = atlas as unknown as { deposits: (filter: Record<string, unknown>) => unknown };
    const error = errorOf(() => plain.deposits({ region: "kalbajr" }));
    expect(error.message).toBe("no region 'kalbajr' — did you mean 'kalbajar'?");
    expect(error).toMatchObject({ kind: "deposit", key: "region", value: "kalbajr", reason: "not-found", suggestion: "kalbajar" });
    expect(error.accepted).toContain("kalbajar");
  });

  it("refuses a value outside the vocabulary, a malformed date or id, and a key the kind does not take", () => {
    const plain = atlas as unknown as Record<string, (filter: Record<string, unknown>) => unknown>;
    expect(errorOf(() => plain.deposits?.({ commodity: "gld" }))).toMatchObject({ reason: "not-allowed", suggestion: "gold", message: expect.stringContaining("commodity: 'gld' is not allowed — did you mean 'gold'?") });
    expect(errorOf(() => plain.events?.({ from: "1993-13" }))).toMatchObject({ reason: "invalid", key: "from" });
    expect(errorOf(() => plain.regions?.({ parent: "Kalbajar!" }))).toMatchObject({ reason: "invalid", key: "parent" });
    expect(errorOf(() => plain.deposits?.({ colour: "red" }))).toMatchObject({ reason: "unknown-filter", key: "colour", message: expect.stringContaining("deposits take commodity, region, status, company") });
    expect(errorOf(() => plain.deposits?.({ comodity: "gold" }))).toMatchObject({ suggestion: "commodity" });
    expect(errorOf(() => plain.programmes?.({ region: "kalbajar" })).message).toContain("programmes take no filters");
    expect(errorOf(() => plain.deposits?.({ region: 7 }))).toMatchObject({ reason: "invalid", key: "region" });
  });

  it("answers query(kind, filter) as the named lists do, with undefined values as not given", () => {
    expect(atlas.query("deposit", { commodity: "gold", region: undefined })).toEqual(atlas.deposits({ commodity: "gold" }));
    expect(atlas.query("statistic", {})).toEqual(atlas.statistics());
    expect(atlas.query("programme")).toEqual(atlas.programmes());
  });

  it("gives facets whose every value selects exactly the records that take it", () => {
    for (const { kind } of ENTITY_KIND_TABLE) {
      const all = atlas.list(kind) as readonly { id: string }[];
      const query = atlas.query as (k: EntityKind, f: Record<string, string>) => { id: string }[];
      const values = atlas.filterValues as (k: EntityKind, r: unknown) => Record<string, readonly string[]>;
      for (const facet of atlas.facets(kind)) {
        expect(FILTER_SPECS[kind].map((s) => s.key)).toContain(facet.key);
        for (const option of facet.options) {
          const expected = all.filter((r) => values(kind, r)[facet.key]?.includes(option.value)).map((r) => r.id).sort();
          expect(query(kind, { [facet.key]: option.value }).map((r) => r.id).sort(), `${kind} ${facet.key}=${option.value}`).toEqual(expected);
          expect(expected.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("facets a deposit by the regions it lies in and the companies that own its operators", () => {
    const facets = Object.fromEntries(atlas.facets("deposit").map((f) => [f.key, f.options.map((o) => o.value)]));
    expect(facets.company).toEqual(expect.arrayContaining(["vallex-group", "base-metals", "fixture-contractor"]));
    expect(facets.region).toEqual(expect.arrayContaining(["azerbaijan", "kalbajar", "kalbajar-lachin"]));
    expect(atlas.facets("event").map((f) => f.key)).toEqual(["region", "kind"]);
  });
});

describe("the field registry in the atlas", () => {
  it("gives every record that references a record, by field and relation", () => {
    expect(atlas.backlinks("vallex-group")).toEqual([{ kind: "company", id: "base-metals", field: "ownership[0].parent", relation: "ownership" }]);
    expect(atlas.backlinks("kalbajar").map((b) => `${b.kind}:${b.id} ${b.field}`)).toEqual(
      expect.arrayContaining(["region:heyvaly parent", "deposit:gyzylbulag region", "heritage-site:kalbajar-museum region"]),
    );
    expect(atlas.backlinks("nowhere")).toEqual([]);
  });

  it("titles a record by its names, its title, or what a statistic counts", () => {
    expect(atlas.title({ kind: "deposit", record: atlas.deposit("gyzylbulag") } as never)).toBe(atlas.deposit("gyzylbulag")?.names.en);
    expect(atlas.title({ kind: "resolution", record: atlas.resolution("unsc-822") } as never)).toBe("Security Council resolution 822 (1993)");
    expect(atlas.fields).toBe(FIELDS);
  });

  it("gives the ownership links above a company, nearest first, and the chain of parents from them", () => {
    const steps = atlas.ownershipStepsUp("fixture-contractor");
    expect(steps.map((s) => `${s.child.id}→${s.parent.id} ${s.link.relation}`)).toEqual([
      `fixture-contractor→base-metals ${atlas.company("fixture-contractor")?.ownership[0]?.relation}`,
      `base-metals→vallex-group ${atlas.company("base-metals")?.ownership[0]?.relation}`,
    ]);
    expect(atlas.ownershipStepsUp("vallex-group")).toEqual([]);
  });

  it("picks headline statistics (about the whole area) and a statistic's dated observations", () => {
    const headline = atlas.headlineStatistics();
    const whole = dataset.statistics.filter((s) => ["country", "economic-region"].includes(atlas.region(s.subject)?.kind ?? ""));
    const pool = whole.length > 0 ? whole : dataset.statistics;
    expect(ids(headline).sort()).toEqual(ids(pool).slice(0, 8).sort());
    const counts = headline.map((s) => s.observations.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(atlas.headlineStatistics(1)).toHaveLength(1);
    for (const s of dataset.statistics) {
      for (const o of datedObservations(s)) expect(o.asOf ?? o.period).toBeDefined();
    }
  });
});

describe("search", () => {
  const first = (query: string, options?: Parameters<Atlas["search"]>[1]) => atlas.search(query, options)[0]?.id;

  it.each(["Kəlbəcər", "kelbecer", "KALBAJAR", "Kalbajar", "kəlbəcər rayonu", "Кельбаджарский"])("finds the district for '%s'", (query) => {
    expect(first(query)).toBe("kalbajar");
  });

  it.each(["Drmbon", "drmbon", "Qızılbulaq", "qizilbulaq", "GYZYLBULAG", "Gyzybulag"])("finds the deposit for '%s'", (query) => {
    expect(first(query)).toBe("gyzylbulag");
  });

  it("tolerates a typo in a longer word and matches prefixes", () => {
    expect(first("Gyzylbulak")).toBe("gyzylbulag");
    expect(first("Kalbajr")).toBe("kalbajar");
    expect(first("Soyudl")).toBe("soyudlu");
    expect(first("Söyüdlü")).toBe("soyudlu");
  });

  it("is exact when fuzzy matching is off", () => {
    expect(atlas.search("Kalbajr", { fuzzy: false })).toEqual([]);
    expect(first("Kalbajar", { fuzzy: false })).toBe("kalbajar");
  });

  it("finds documents by symbol and number, companies by alias", () => {
    expect(first("S/RES/822")).toBe("unsc-822");
    expect(first("853")).toBe("unsc-853");
    expect(first("Vallex Group CJSC")).toBe("vallex-group");
  });

  it("filters by kind and limits the hits", () => {
    const events = atlas.search("Kalbajar", { kinds: ["event"] });
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((h) => h.kind))).toEqual(new Set(["event"]));
    expect(atlas.search("Kalbajar", { limit: 1 })).toHaveLength(1);
    expect(atlas.search("Kalbajar").length).toBeGreaterThan(1);
  });

  it("returns hits with kind, id, title, score and the matched terms", () => {
    const [hit] = atlas.search("Kəlbəcər");
    expect(hit).toMatchObject({ kind: "region", id: "kalbajar", title: "Kalbajar District" });
    expect(hit?.score).toBeGreaterThan(0);
    expect(hit?.terms).toContain("kelbecer");
  });

  it("finds an event by its title in Azerbaijani and Russian", () => {
    expect(first("Kəlbəcər işğal olunub", { kinds: ["event"] })).toBe("kalbajar-occupied");
    expect(first("оккупирован")).toBe("kalbajar-occupied");
    expect(atlas.searchDocuments().find((d) => d.key === "event:kalbajar-occupied")?.names).toBe("Kalbajar occupied · Kəlbəcər işğal olunub · Кельбаджар оккупирован");
  });

  it("returns nothing for an empty or unrelated query", () => {
    expect(atlas.search("")).toEqual([]);
    expect(atlas.search("   ")).toEqual([]);
    expect(atlas.search("zzzzzz")).toEqual([]);
  });

  it("gives its documents: one per record, and an index built from them as JSON answers as the atlas does", () => {
    const documents = atlas.searchDocuments();
    const records = Object.entries(dataset).filter(([key]) => key !== "meta").flatMap(([, list]) => list as { id: string }[]);
    expect(documents).toHaveLength(records.length);
    expect(documents.find((d) => d.key === "deposit:gyzylbulag")).toMatchObject({ kind: "deposit", id: "gyzylbulag", title: "Gyzylbulag" });
    // What a browser does with a shipped index file: parse the documents and build the index there.
    const shipped = createSearchIndex(JSON.parse(JSON.stringify(documents)) as SearchDocument[]);
    for (const query of ["Drmbon", "Kəlbəcər", "kelbecer", "S/RES/822", "Kalbajar", "zzzzzz"]) {
      expect(shipped.search(query, { limit: 50 }), query).toEqual(atlas.search(query, { limit: 50 }));
    }
  });

  it("suggests completions", () => {
    expect(atlas.searchSuggestions("kalb")).toContain("kalbajar");
  });

  it("answers a very long word without running out of memory (found by the CLI fuzz test)", () => {
    const long = "x".repeat(100_000);
    expect(atlas.search(long)).toEqual([]);
    expect(atlas.searchSuggestions(long)).toEqual([]);
    // A long word that starts like a name is still no match: words are matched whole or by prefix.
    expect(atlas.search(`kalbajar${"a".repeat(200)}`)).toEqual([]);
    // Ordinary typos are still forgiven.
    expect(atlas.search("kalbajr").map((h) => h.id)).toContain("kalbajar");
  });
});

describe("suggestId", () => {
  it("suggests the nearest id of any kind or of one kind", () => {
    expect(atlas.suggestId("base-metal")).toBe("base-metals");
    expect(atlas.suggestId("kalbajr", "region")).toBe("kalbajar");
    expect(atlas.suggestId("unsc822", "resolution")).toBe("unsc-822");
    expect(atlas.suggestId("gyzyl")).toBe("gyzylbulag");
  });

  it("suggests nothing when nothing is close", () => {
    expect(atlas.suggestId("kalbajar", "deposit")).toBeUndefined();
    expect(atlas.suggestId("qqqqqqqqqq")).toBeUndefined();
  });
});

describe("a dataset read one part at a time", () => {
  function counted(source: Dataset) {
    const reads: string[] = [];
    const parts = datasetFromParts((part) => {
      reads.push(part);
      // A copy, as a file read back would be: nothing shared with `source`.
      return structuredClone((source as unknown as Record<DatasetPart, unknown>)[part]);
    });
    return { parts, reads };
  }

  it("is the whole dataset to JSON.stringify and Object.keys, each part read once", () => {
    const { parts, reads } = counted(dataset);
    expect(Object.keys(parts)).toEqual(Object.keys(dataset));
    expect(JSON.parse(JSON.stringify(parts))).toEqual(JSON.parse(JSON.stringify(dataset)));
    JSON.stringify(parts);
    expect(reads).toEqual([...DATASET_PARTS]);
    expect(datasetParts(dataset).map(([part]) => part)).toEqual([...DATASET_PARTS]);
  });

  it("lets the atlas read only the kinds a question needs", () => {
    const { parts, reads } = counted(dataset);
    const lazy = createAtlas(parts);
    expect(ids(lazy.deposits())).toEqual(ids(atlas.deposits()));
    expect(reads).toEqual(["meta", "deposits"]);
    expect(ids(lazy.deposits({ region: "kalbajar" }))).toEqual(ids(atlas.deposits({ region: "kalbajar" })));
    expect(reads).toEqual(["meta", "deposits", "regions"]);
    expect(lazy.region("kalbajar")?.names.en).toBe("Kalbajar District");
    expect(reads).toHaveLength(3);
  });

  it("answers every question as the atlas over the whole dataset does", () => {
    const lazy = createAtlas(counted(dataset).parts);
    expect(lazy.find("gyzylbulag")).toEqual(atlas.find("gyzylbulag"));
    expect(lazy.suggestId("gyzilbulag")).toBe(atlas.suggestId("gyzilbulag"));
    expect(ids(lazy.statistics({ region: "kalbajar" }))).toEqual(ids(atlas.statistics({ region: "kalbajar" })));
    expect(lazy.ownershipChainUp("base-metals").map((c) => c.id)).toEqual(atlas.ownershipChainUp("base-metals").map((c) => c.id));
    const sourceId = dataset.sources[0]?.id as string;
    expect(lazy.sourceUses(sourceId)).toEqual(atlas.sourceUses(sourceId));
    expect(lazy.search("gyzylbulag").map((h) => `${h.kind}:${h.id}`)).toEqual(atlas.search("gyzylbulag").map((h) => `${h.kind}:${h.id}`));
    expect(lazy.search("gyzylbulag").length).toBeGreaterThan(0);
  });
});
