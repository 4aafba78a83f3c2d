import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatasetSchema } from "@karabakh-atlas/domain";
import { copyFixture, edit, lineOf, removeCopies, VALID_FIXTURE, write } from "./test-support.js";
import { checkIntegrity, formatProblems, validateDirectory, type Problem } from "./validate.js";

afterAll(removeCopies);

/** The only problem found in the folder (fails the test when there is not exactly one). */
function onlyProblem(dir: string): Problem {
  const { problems, dataset } = validateDirectory(dir);
  expect(dataset).toBeUndefined();
  expect(problems, formatProblems(problems)).toHaveLength(1);
  return problems[0] as Problem;
}

describe("the valid fixture", () => {
  it("validates with no problems and yields a dataset the domain schema accepts", () => {
    const { problems, dataset, files } = validateDirectory(VALID_FIXTURE);
    expect(formatProblems(problems)).toBe("");
    expect(files).toBe(34);
    expect(dataset).toBeDefined();
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(checkIntegrity(dataset as NonNullable<typeof dataset>)).toEqual([]);
    expect(dataset?.regions.map((r) => r.id)).toContain("kalbajar");
  });

  it("fills schema defaults in the dataset it returns", () => {
    const { dataset } = validateDirectory(VALID_FIXTURE);
    const soyudlu = dataset?.deposits.find((d) => d.id === "soyudlu");
    expect(soyudlu?.miningType).toBe("unknown");
    expect(soyudlu?.figures).toEqual([]);
    expect(dataset?.statistics.find((s) => s.id === "kalbajar-expelled")?.population).toBe("all");
  });
});

describe("references", () => {
  it("reports a dangling company id with the nearest existing id", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "company: base-metals", "company: base-metal");
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "gyzylbulag.yaml"),
      line: lineOf(dir, "deposits/gyzylbulag.yaml", "company: base-metal"),
      column: 14,
      field: "operations[0].company",
      message: "unknown company 'base-metal' — did you mean 'base-metals'?",
    });
  });

  it("reports an id of the wrong kind, naming the kind it is", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "region: kalbajar", "region: base-metals");
    expect(onlyProblem(dir)).toMatchObject({
      field: "region",
      message: "unknown region 'base-metals' ('base-metals' is a company)",
    });
  });

  it("reports a dangling id in an event's list and a related resolution", () => {
    const dir = copyFixture();
    edit(dir, "events/kalbajar-returned.yaml", "deposits: [gyzylbulag, soyudlu]", "deposits: [gyzylbulag, soyudly]");
    edit(dir, "resolutions/unsc-853.yaml", "  - id: unsc-822", "  - id: unsc-82");
    const { problems } = validateDirectory(dir);
    expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
      [join("resolutions", "unsc-853.yaml"), "related[0].id", "unknown UN document 'unsc-82' — did you mean 'unsc-822'?"],
      [join("events", "kalbajar-returned.yaml"), "deposits[1]", "unknown deposit 'soyudly' — did you mean 'soyudlu'?"],
    ]);
    expect(problems[1]?.line).toBe(lineOf(dir, "events/kalbajar-returned.yaml", "deposits: ["));
  });

  it("reports an unknown source in a citation, with a suggestion", () => {
    const dir = copyFixture();
    edit(dir, "regions/agdam.yaml", "source: un-letter-kalbajar", "source: un-leter-kalbajar");
    expect(onlyProblem(dir)).toEqual({
      file: join("regions", "agdam.yaml"),
      line: lineOf(dir, "regions/agdam.yaml", "un-leter-kalbajar"),
      column: expect.any(Number),
      field: "economicRegions[0].citations[0].source",
      message: "unknown source 'un-leter-kalbajar' — did you mean 'un-letter-kalbajar'?",
    });
  });

  it("checks the sources of named citation lists (regionCitations, commodityCitations, …) too", () => {
    const dir = copyFixture();
    edit(
      dir,
      "deposits/soyudlu.yaml",
      "region: kalbajar\n",
      "region: kalbajar\nregionCitations:\n  - source: mining-newz\n    locator: para. 5\n    excerpt: Fixture excerpt on the district.\n",
    );
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "soyudlu.yaml"),
      line: lineOf(dir, "deposits/soyudlu.yaml", "mining-newz"),
      column: expect.any(Number),
      field: "regionCitations[0].source",
      message: "unknown source 'mining-newz' — did you mean 'mining-news'?",
    });
  });

  it("gives no suggestion when nothing is close", () => {
    const dir = copyFixture();
    edit(dir, "programmes/great-return.yaml", "source: mining-news", "source: zzzzzzzzzzzzzz");
    expect(onlyProblem(dir).message).toBe("unknown source 'zzzzzzzzzzzzzz'");
  });

  it("rejects an economic-region link to a region that is not an economic region", () => {
    const dir = copyFixture();
    edit(dir, "regions/lachin.yaml", "  - id: kalbajar-lachin", "  - id: kalbajar");
    expect(onlyProblem(dir)).toEqual({
      file: join("regions", "lachin.yaml"),
      line: lineOf(dir, "regions/lachin.yaml", "  - id: kalbajar"),
      column: expect.any(Number),
      field: "economicRegions[0].id",
      message: "'kalbajar' is a district, not an economic region",
    });
  });

  it("rejects a record that refers to itself", () => {
    const dir = copyFixture();
    edit(dir, "regions/lachin.yaml", "parent: azerbaijan", "parent: lachin");
    expect(onlyProblem(dir)).toMatchObject({ field: "parent", message: "region 'lachin' refers to itself" });
  });
});

describe("citations", () => {
  it("rejects an operation whose citations are missing", () => {
    const dir = copyFixture();
    edit(
      dir,
      "deposits/agdam-limestone.yaml",
      '    from: "2022"\n    citations:\n      - source: mining-news\n        locator: para. 8\n        excerpt: Fixture excerpt on a licence.\n',
      '    from: "2022"\n',
    );
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "agdam-limestone.yaml"),
      line: lineOf(dir, "deposits/agdam-limestone.yaml", "- company: azergold"),
      column: expect.any(Number),
      field: "operations[0].citations",
      message: "required field is missing (expected array)",
    });
  });

  it("rejects an empty citations list", () => {
    const dir = copyFixture();
    edit(
      dir,
      "programmes/great-return.yaml",
      "citations:\n  - source: mining-news\n    locator: para. 13\n    excerpt: Fixture excerpt on the programme.\n",
      "citations: []\n",
    );
    expect(onlyProblem(dir)).toEqual({
      file: join("programmes", "great-return.yaml"),
      line: lineOf(dir, "programmes/great-return.yaml", "citations: []"),
      column: 12,
      field: "citations",
      message: "every figure and relationship needs at least one citation",
    });
  });

  it("rejects an excerpt over 200 characters", () => {
    const dir = copyFixture();
    edit(dir, "statistics/agdam-killed.yaml", "excerpt: Fixture excerpt on Agdam.", `excerpt: ${"x".repeat(201)}`);
    expect(onlyProblem(dir)).toMatchObject({
      field: "observations[0].citations[0].excerpt",
      message: "an excerpt is at most 200 characters: quote only the words that show the fact",
    });
  });
});

describe("ids and files", () => {
  it("rejects a duplicate id across kinds", () => {
    const dir = copyFixture();
    write(
      dir,
      "events/kalbajar.yaml",
      'id: kalbajar\ntitle: Duplicate\nkind: other\ncitations:\n  - source: mining-news\n    locator: p. 1\n    excerpt: Fixture.\n',
    );
    expect(onlyProblem(dir)).toEqual({
      file: join("events", "kalbajar.yaml"),
      line: 1,
      column: 5,
      field: "id",
      message: "duplicate id 'kalbajar': already used by a region",
    });
  });

  it("rejects an id that does not match the file name", () => {
    const dir = copyFixture();
    edit(dir, "regions/heyvaly.yaml", "id: heyvaly", "id: heyvali");
    expect(onlyProblem(dir)).toEqual({
      file: join("regions", "heyvaly.yaml"),
      line: 1,
      column: 5,
      field: "id",
      message: "id 'heyvali' does not match the file name: name the file 'heyvali.yaml' or set id to 'heyvaly'",
    });
  });

  it("rejects an id that is not a slug", () => {
    const dir = copyFixture();
    edit(dir, "regions/heyvaly.yaml", "id: heyvaly", "id: Heyvaly");
    expect(onlyProblem(dir)).toMatchObject({
      line: 1,
      field: "id",
      message: "an id is a lowercase slug of letters, digits and single hyphens, e.g. 'gyzylbulag'",
    });
  });

  it("rejects an unknown folder, suggesting the nearest kind", () => {
    const dir = copyFixture();
    mkdirSync(join(dir, "deposit"));
    const problem = onlyProblem(dir);
    expect(problem.file).toBe("deposit");
    expect(problem.message).toMatch(/^unknown folder 'deposit' — did you mean 'deposits'\?; record folders are regions, deposits, /);
  });

  it("rejects a stray file at the top and a file of the wrong type in a folder", () => {
    const dir = copyFixture();
    write(dir, "notes.txt", "notes");
    write(dir, "regions/kalbajar.txt", "notes");
    const { problems } = validateDirectory(dir);
    expect(problems.map((p) => [p.file, p.message])).toEqual([
      ["notes.txt", expect.stringMatching(/^unexpected file: records go in one of the folders regions, /)],
      [join("regions", "kalbajar.txt"), "unexpected file type '.txt': a record is a .yaml or .json file"],
    ]);
  });

  it("reports a missing meta.yaml and a folder that does not exist", () => {
    const dir = copyFixture();
    rmSync(join(dir, "meta.yaml"));
    expect(onlyProblem(dir)).toMatchObject({ file: "meta.yaml", message: expect.stringMatching(/^missing: /) });
    expect(onlyProblem(join(dir, "nowhere")).message).toBe("folder not found or not readable");
  });

  it("accepts a record written as JSON", () => {
    const dir = copyFixture();
    rmSync(join(dir, "companies/azergold.yaml"));
    write(dir, "companies/azergold.json", JSON.stringify({ id: "azergold", kind: "state-owned", names: { en: "AzerGold" } }));
    const { problems, dataset } = validateDirectory(dir);
    expect(problems).toEqual([]);
    expect(dataset?.companies.map((c) => c.id)).toContain("azergold");
  });
});

describe("a citation written once and repeated with a YAML alias", () => {
  const anchored = (dir: string) => {
    edit(dir, "deposits/gyzylbulag.yaml", "      - source: un-letter-kalbajar\n        locator: annex, para. 6\n        excerpt: Fixture excerpt on mining in 2018.\n", "      - &mining\n        source: un-letter-kalbajar\n        locator: annex, para. 6\n        excerpt: Fixture excerpt on mining in 2018.\n");
    edit(dir, "deposits/gyzylbulag.yaml", "      - source: un-letter-kalbajar\n        locator: annex, para. 6\n        excerpt: Fixture excerpt on the operator.\n", "      - *mining\n");
  };

  it("reads the alias as a copy of the anchored citation", () => {
    const dir = copyFixture();
    anchored(dir);
    const { dataset, problems } = validateDirectory(dir);
    expect(formatProblems(problems)).toBe("");
    const deposit = dataset?.deposits.find((d) => d.id === "gyzylbulag");
    expect(deposit?.operations[0]?.citations[0]).toEqual(deposit?.status[0]?.citations[0]);
    expect(deposit?.operations[0]?.citations[0]).toEqual({ source: "un-letter-kalbajar", locator: "annex, para. 6", excerpt: "Fixture excerpt on mining in 2018." });
  });

  it("locates a problem in the repeated citation at the line where its field is written", () => {
    const dir = copyFixture();
    anchored(dir);
    edit(dir, "deposits/gyzylbulag.yaml", "        source: un-letter-kalbajar\n", "        source: un-letter-kalbajr\n");
    const { problems } = validateDirectory(dir);
    const line = lineOf(dir, "deposits/gyzylbulag.yaml", "source: un-letter-kalbajr");
    expect(problems.map((p) => [p.field, p.line, p.column])).toEqual([
      ["status[0].citations[0].source", line, 17],
      ["operations[0].citations[0].source", line, 17],
    ]);
    expect(problems[0]?.message).toMatch(/^unknown source 'un-letter-kalbajr' — did you mean 'un-letter-kalbajar'\?$/);
  });

  it("reports an alias to an anchor that does not exist with its line", () => {
    const dir = copyFixture();
    anchored(dir);
    edit(dir, "deposits/gyzylbulag.yaml", "      - *mining\n", "      - *minnig\n");
    const problem = onlyProblem(dir);
    expect(problem.message).toMatch(/^cannot parse: .*minnig/);
    expect(problem.line).toBe(lineOf(dir, "deposits/gyzylbulag.yaml", "*minnig"));
  });
});

describe("YAML and field values", () => {
  it("reports a YAML syntax error with its line", () => {
    const dir = copyFixture();
    edit(dir, "regions/lachin.yaml", "  az: Laçın rayonu", "  az: [Laçın rayonu");
    const problem = onlyProblem(dir);
    expect(problem.file).toBe(join("regions", "lachin.yaml"));
    expect(problem.field).toBe("");
    expect(problem.message).toMatch(/^cannot parse: /);
    expect(problem.line).toBeGreaterThanOrEqual(lineOf(dir, "regions/lachin.yaml", "[Laçın"));
  });

  it("reports a duplicate key as a YAML error", () => {
    const dir = copyFixture();
    edit(dir, "regions/heyvaly.yaml", "kind: village\n", "kind: village\nkind: town\n");
    const problem = onlyProblem(dir);
    expect(problem.message).toMatch(/^cannot parse: .*(unique|duplicate)/i);
    expect(problem.line).toBe(3);
  });

  it("rejects an unknown enum value with a suggestion", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "commodities: [copper, gold]", "commodities: [copper, gld]");
    const problem = onlyProblem(dir);
    expect(problem).toMatchObject({
      file: join("deposits", "gyzylbulag.yaml"),
      line: lineOf(dir, "deposits/gyzylbulag.yaml", "commodities:"),
      field: "commodities[1]",
    });
    expect(problem.message).toMatch(/^'gld' is not allowed; expected one of: gold, silver, copper, .* — did you mean 'gold'\?$/);
  });

  it("rejects an unknown region kind and names the allowed ones", () => {
    const dir = copyFixture();
    edit(dir, "regions/heyvaly.yaml", "kind: village", "kind: vilage");
    expect(onlyProblem(dir)).toMatchObject({
      line: 2,
      field: "kind",
      message:
        "'vilage' is not allowed; expected one of: country, economic-region, autonomous-oblast, district, city, town, village, settlement, area — did you mean 'village'?",
    });
  });

  it("reads a year written as a bare number as that year's text", () => {
    const dir = copyFixture();
    edit(dir, "deposits/agdam-limestone.yaml", 'from: "2022"', "from: 2022");
    const { dataset, problems } = validateDirectory(dir);
    expect(formatProblems(problems)).toBe("");
    expect(dataset?.deposits.find((d) => d.id === "agdam-limestone")?.operations[0]?.from).toBe("2022");
    expect(dataset).toEqual(validateDirectory(VALID_FIXTURE).dataset);
  });

  it("rejects a bare number that is not a plausible year, saying what to write", () => {
    const dir = copyFixture();
    edit(dir, "deposits/agdam-limestone.yaml", 'from: "2022"', "from: 22");
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "agdam-limestone.yaml"),
      line: lineOf(dir, "deposits/agdam-limestone.yaml", "from: 22"),
      column: 11,
      field: "operations[0].from",
      message: 'a number here must be a year from 1000 to 2100 (e.g. 2003); write any other date in quotes as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2003-04"',
    });
  });

  it("reports a missing date as missing", () => {
    const dir = copyFixture();
    edit(dir, "resolutions/unsc-853.yaml", '  - date: "1993-07-29"\n    citations:', "  - citations:");
    expect(onlyProblem(dir)).toMatchObject({ field: "adoptedOn[0].date", message: "required field is missing" });
  });

  it("rejects a number where text is expected, saying to quote it", () => {
    const dir = copyFixture();
    edit(dir, "deposits/agdam-limestone.yaml", "locator: para. 8", "locator: 8");
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "agdam-limestone.yaml"),
      line: lineOf(dir, "deposits/agdam-limestone.yaml", "locator: 8"),
      column: 18,
      field: "operations[0].citations[0].locator",
      message: 'expected text but found number 8: put it in quotes, e.g. "8"',
    });
  });

  it("rejects an impossible date", () => {
    const dir = copyFixture();
    edit(dir, "events/lachin-occupied.yaml", '"1992-05-18"', '"1993-02-30"');
    expect(onlyProblem(dir)).toMatchObject({
      line: 4,
      field: "date",
      message: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD naming a real day",
    });
  });

  it("rejects an unknown field", () => {
    const dir = copyFixture();
    edit(dir, "companies/azergold.yaml", "kind: state-owned", "kind: state-owned\nwebsite_url: https://example.org");
    expect(onlyProblem(dir)).toMatchObject({ field: "website_url", message: "unknown field 'website_url'" });
  });

  it("rejects a javascript: url on a source, saying that only http and https are allowed", () => {
    const dir = copyFixture();
    edit(dir, "sources/mining-news.yaml", "url: https://example.org/fixture-mining-news", "url: javascript:alert(1)");
    expect(onlyProblem(dir)).toEqual({
      file: join("sources", "mining-news.yaml"),
      line: lineOf(dir, "sources/mining-news.yaml", "url: javascript:"),
      column: 6,
      field: "url",
      message: "'javascript:' addresses are not allowed: a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/",
    });
  });

  it("rejects a data: website on a company", () => {
    const dir = copyFixture();
    edit(dir, "companies/azergold.yaml", "kind: state-owned", 'kind: state-owned\nwebsite: "data:text/html,<script>alert(1)</script>"');
    expect(onlyProblem(dir)).toMatchObject({
      file: join("companies", "azergold.yaml"),
      field: "website",
      message: expect.stringMatching(/^'data:' addresses are not allowed: a URL must be a web address starting with http:\/\/ or https:\/\//),
    });
  });

  it("rejects a figure with both value and range", () => {
    const dir = copyFixture();
    edit(dir, "regions/kalbajar.yaml", "  - value: 3054\n", "  - value: 3054\n    lower: 3000\n    upper: 3100\n");
    expect(onlyProblem(dir)).toMatchObject({
      field: "area[0].value",
      line: lineOf(dir, "regions/kalbajar.yaml", "value: 3054"),
      message: "give either `value` or `lower`/`upper`, not both",
    });
  });
});

describe("dates in order", () => {
  it("rejects an operation that ends before it starts", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", 'to: "2020"', 'to: "2001"');
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "gyzylbulag.yaml"),
      line: lineOf(dir, "deposits/gyzylbulag.yaml", 'to: "2001"'),
      column: 9,
      field: "operations[0].to",
      message: "`to` 2001 is before the start 2002",
    });
  });

  it("rejects a period whose end is before its start", () => {
    const dir = copyFixture();
    edit(dir, "statistics/kalbajar-killed.yaml", 'end: "1994"', 'end: "1992"');
    expect(onlyProblem(dir)).toMatchObject({
      field: "period.end",
      line: lineOf(dir, "statistics/kalbajar-killed.yaml", 'end: "1992"'),
      message: "period end 1992 is before the start 1993",
    });
  });

  it("rejects an event whose end date is before its date", () => {
    const dir = copyFixture();
    edit(dir, "events/april-2016-escalation.yaml", 'endDate: "2016-04-05"', 'endDate: "2016-04-01"');
    expect(onlyProblem(dir)).toMatchObject({
      file: join("events", "april-2016-escalation.yaml"),
      line: 5,
      field: "endDate",
      message: "`endDate` 2016-04-01 is before the start 2016-04-02",
    });
  });

  it("rejects a return dated before the occupation, but not one marked erroneous", () => {
    const dir = copyFixture();
    edit(dir, "regions/kalbajar.yaml", '- date: "2020-11-25"', '- date: "1992-11-25"');
    expect(onlyProblem(dir)).toMatchObject({
      field: "control[0].returnedOn[0].date",
      line: lineOf(dir, "regions/kalbajar.yaml", "1992-11-25"),
      message: "return date 1992-11-25 is before the start 1993-04-02",
    });
    edit(dir, "regions/kalbajar.yaml", '- date: "1992-11-25"', '- date: "1992-11-25"\n        assessment: erroneous');
    expect(validateDirectory(dir).problems).toEqual([]);
  });

  it("accepts dates equal at their common precision", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", 'to: "2020"', 'to: "2002-06"');
    expect(validateDirectory(dir).problems).toEqual([]);
  });
});

describe("companies and names", () => {
  it("rejects an ownership cycle, on each company in it", () => {
    const dir = copyFixture();
    write(
      dir,
      "companies/vallex-group.yaml",
      "id: vallex-group\nkind: private\nnames:\n  en: Vallex Group\nownership:\n  - parent: fixture-contractor\n    relation: affiliate\n    citations:\n      - source: mining-news\n        locator: p. 1\n        excerpt: Fixture.\n",
    );
    const { problems } = validateDirectory(dir);
    expect(problems.map((p) => [p.file, p.field, p.line, p.message])).toEqual([
      [join("companies", "base-metals.yaml"), "ownership", 8, "ownership of 'base-metals' loops back to itself"],
      [join("companies", "fixture-contractor.yaml"), "ownership", 6, "ownership of 'fixture-contractor' loops back to itself"],
      [join("companies", "vallex-group.yaml"), "ownership", 6, "ownership of 'vallex-group' loops back to itself"],
    ]);
  });

  it("rejects a name or alias used by two records of one kind", () => {
    const dir = copyFixture();
    edit(dir, "regions/lachin.yaml", "  - name: Lachin\n", "  - name: Lachin\n  - name: KƏLBƏCƏR\n");
    expect(onlyProblem(dir)).toEqual({
      file: join("regions", "lachin.yaml"),
      line: lineOf(dir, "regions/lachin.yaml", "- name: Lachin"),
      column: expect.any(Number),
      field: "aliases",
      message: "name or alias 'kelbecer' is also used by region 'kalbajar'",
    });
  });

  it("rejects an Armenian-used alias tagged with the other script's tag, at its `lang`", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "  - name: Drmbon\n    lang: hy-Latn\n", "  - name: Drmbon\n    lang: hy\n");
    expect(onlyProblem(dir)).toEqual({
      file: join("deposits", "gyzylbulag.yaml"),
      line: lineOf(dir, "deposits/gyzylbulag.yaml", "    lang: hy"),
      column: expect.any(Number),
      field: "aliases[1].lang",
      message: '"Drmbon" is written in Latin letters, so its tag is `lang: hy-Latn`, not `hy` (`hy` is Armenian script, `hy-Latn` a Latin transliteration)',
    });
  });

  it("allows the same name in two kinds (a district and its museum's alias)", () => {
    const dir = copyFixture();
    edit(dir, "heritage-sites/kalbajar-museum.yaml", "  en: Kalbajar History Museum\n", "  en: Kalbajar History Museum\naliases:\n  - name: Kalbajar\n");
    expect(validateDirectory(dir).problems).toEqual([]);
  });
});

describe("formatProblems", () => {
  it("writes file:line:column, field and message on one line each", () => {
    const text = formatProblems(
      [
        { file: "deposits/x.yaml", line: 12, column: 5, field: "operations[0].company", message: "unknown company 'a'" },
        { file: "deposit", field: "", message: "unknown folder 'deposit'" },
      ],
      "records/",
    );
    expect(text).toBe("records/deposits/x.yaml:12:5  operations[0].company: unknown company 'a'\nrecords/deposit  unknown folder 'deposit'");
  });

  it("prints a value from the files as plain text: no escape sequence, CR or line break of its own", () => {
    const dir = copyFixture();
    edit(dir, "sources/mining-news.yaml", "publisherType: media", 'publisherType: "\\e[2Jmedia\\rEVIL\\nsecond line"');
    const text = formatProblems(validateDirectory(dir).problems);
    expect(text).toMatch(/^sources\/mining-news\.yaml:\d+:\d+ {2}publisherType: '\uFFFD\[2Jmedia\uFFFDEVIL second line' is not allowed; expected one of: /);
    for (const control of ["\u001b", "\r", "\n"]) expect(text).not.toContain(control);
  });
});

describe("statistic titles", () => {
  const copy = (dir: string) =>
    readFileSync(join(dir, "statistics", "kalbajar-killed.yaml"), "utf8").replace("id: kalbajar-killed", "id: kalbajar-killed-again");

  it("rejects two statistics whose generated titles are alike, naming both and the fields that tell them apart", () => {
    const dir = copyFixture();
    write(dir, "statistics/kalbajar-killed-again.yaml", copy(dir));
    expect(onlyProblem(dir)).toMatchObject({
      // The files are read in name order: the copy comes first, the original is the second alike.
      file: join("statistics", "kalbajar-killed.yaml"),
      field: "subset",
      message:
        "statistic 'kalbajar-killed' has the same title as 'kalbajar-killed-again' (\"Killed, civilians — Kalbajar District, 1993 – 1994\"): tell them apart with `subset`, `war` or `period`",
    });
  });

  it("accepts the same statistic once a subset tells it apart", () => {
    const dir = copyFixture();
    write(dir, "statistics/kalbajar-killed-again.yaml", copy(dir).replace("population: civilians\n", "population: civilians\nsubset: in villages\nsubsetIn:\n  az: kəndlərdə\n  ru: в сёлах\n"));
    expect(validateDirectory(dir).problems).toEqual([]);
  });
});

describe("the title of an event a statistic names", () => {
  const file = join("events", "kalbajar-occupied.yaml");
  const message = (lang: string, language: string) =>
    `event 'kalbajar-occupied' is part of the title of statistic 'kalbajar-expelled': give its title in ${language} as \`titles.${lang}\`, with the meaning and words of the English title ("Kalbajar occupied")`;

  it("is required in Azerbaijani, located at the titles it is missing from", () => {
    const dir = copyFixture();
    edit(dir, "events/kalbajar-occupied.yaml", "  az: Kəlbəcər işğal olunub\n", "");
    expect(onlyProblem(dir)).toEqual({
      file,
      line: lineOf(dir, "events/kalbajar-occupied.yaml", "  ru: Кельбаджар оккупирован"),
      column: 3,
      field: "titles.az",
      message: message("az", "Azerbaijani"),
    });
  });

  it("is required in every language other than English, pointed at beside the English title when there are no titles", () => {
    const dir = copyFixture();
    edit(dir, "events/kalbajar-occupied.yaml", "titles:\n  az: Kəlbəcər işğal olunub\n  ru: Кельбаджар оккупирован\n", "");
    const { problems, dataset } = validateDirectory(dir);
    expect(dataset).toBeUndefined();
    const line = lineOf(dir, "events/kalbajar-occupied.yaml", "title: Kalbajar occupied");
    expect(problems).toEqual([
      { file, line, column: 8, field: "titles.az", message: message("az", "Azerbaijani") },
      { file, line, column: 8, field: "titles.ru", message: message("ru", "Russian") },
    ]);
  });

  it("counts every statistic that names the event, and is not asked of an event no statistic names", () => {
    const dir = copyFixture();
    edit(dir, "events/kalbajar-occupied.yaml", "  ru: Кельбаджар оккупирован\n", "");
    edit(dir, "statistics/kalbajar-killed.yaml", "population: civilians\n", "population: civilians\nevent: kalbajar-occupied\n");
    expect(onlyProblem(dir).message).toMatch(/^event 'kalbajar-occupied' is part of the title of statistic 'kalbajar-expelled' \(and 1 more\): give its title in Russian as `titles\.ru`/);
    const unnamed = copyFixture();
    edit(unnamed, "statistics/kalbajar-expelled.yaml", "event: kalbajar-occupied\n", "");
    edit(unnamed, "events/kalbajar-occupied.yaml", "  ru: Кельбаджар оккупирован\n", "");
    expect(validateDirectory(unnamed).problems).toEqual([]);
  });
});

describe("a statistic's subset in other languages", () => {
  const file = join("statistics", "kalbajar-killed.yaml");
  const message = (lang: string, language: string) =>
    `statistic 'kalbajar-killed' has a subset, which is part of its title: give it in ${language} as \`subsetIn.${lang}\`, with the meaning and words of the English subset ("anti-personnel")`;

  it("is required in Azerbaijani and Russian, pointed at beside the subset when there is none", () => {
    const dir = copyFixture();
    edit(dir, "statistics/kalbajar-killed.yaml", "population: civilians\n", "population: civilians\nsubset: anti-personnel\n");
    const { problems, dataset } = validateDirectory(dir);
    expect(dataset).toBeUndefined();
    const line = lineOf(dir, "statistics/kalbajar-killed.yaml", "subset: anti-personnel");
    expect(problems).toEqual([
      { file, line, column: 9, field: "subsetIn.az", message: message("az", "Azerbaijani") },
      { file, line, column: 9, field: "subsetIn.ru", message: message("ru", "Russian") },
    ]);
  });

  it("is required in Russian too, located at the translations it is missing from", () => {
    const dir = copyFixture();
    edit(dir, "statistics/kalbajar-killed.yaml", "population: civilians\n", "population: civilians\nsubset: anti-personnel\nsubsetIn:\n  az: piyada əleyhinə minalar\n");
    expect(onlyProblem(dir)).toEqual({
      file,
      line: lineOf(dir, "statistics/kalbajar-killed.yaml", "  az: piyada əleyhinə minalar"),
      column: 3,
      field: "subsetIn.ru",
      message: message("ru", "Russian"),
    });
  });

  it("is not asked of a statistic without a subset; with both translations the subset is valid", () => {
    const dir = copyFixture();
    edit(dir, "statistics/kalbajar-killed.yaml", "population: civilians\n", "population: civilians\nsubset: anti-personnel\nsubsetIn:\n  az: piyada əleyhinə minalar\n  ru: противопехотные мины\n");
    expect(validateDirectory(dir).problems).toEqual([]);
    expect(validateDirectory(VALID_FIXTURE).dataset?.statistics.some((s) => s.subset)).toBe(false);
  });
});
