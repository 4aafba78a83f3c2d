/**
 * Deposits: the current status without a silent winner, the scope of lists (the territories by
 * default), the district claims the validator checks, and the per-district count of deposits the
 * atlas lists against the counts the sources give. Fixture copies are mutated as text; the last
 * block reads the bundled dataset.
 */
import { afterAll, describe, expect, it } from "vitest";
import { SourceSchema, type Deposit } from "@karabakh-atlas/domain";
import { createAtlas, currentStatus, currentStatusClaims, hasCurrentStatus } from "./atlas.js";
import { atlas as bundled } from "./index.js";
import { copyFixture, edit, removeCopies, write } from "./test-support.js";
import { validateDirectory } from "./validate.js";

afterAll(removeCopies);

const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

function load(dir: string) {
  const result = validateDirectory(dir);
  if (!result.dataset) throw new Error(`fixture has problems: ${JSON.stringify(result.problems)}`);
  return createAtlas(result.dataset);
}

function problemsOf(dir: string) {
  return validateDirectory(dir).problems;
}

const SECOND_STATUS = `  - status: depleted
    asOf: "2018"
    citations:
      - source: mining-news
        locator: para. 3
        excerpt: Fixture excerpt saying the mine is exhausted.
`;

/** The fixture's gyzylbulag with a second status of the same date from another source, before or after the first. */
function disputedFixture(position: "after" | "before"): string {
  const dir = copyFixture();
  if (position === "before") edit(dir, "deposits/gyzylbulag.yaml", "status:\n", `status:\n${SECOND_STATUS}`);
  else edit(dir, "deposits/gyzylbulag.yaml", "operations:\n", `${SECOND_STATUS}operations:\n`);
  return dir;
}

describe("currentStatus", () => {
  it("gives 'disputed' when two sources give different statuses for the same latest date, in either file order", () => {
    for (const position of ["after", "before"] as const) {
      const atlas = load(disputedFixture(position));
      const deposit = atlas.deposit("gyzylbulag") as Deposit;
      expect(currentStatus(deposit), position).toBe("disputed");
      expect(currentStatusClaims(deposit).map((c) => c.status).sort(), position).toEqual(["depleted", "mining"]);
      expect(hasCurrentStatus(deposit, "mining")).toBe(true);
      expect(hasCurrentStatus(deposit, "depleted")).toBe(true);
      expect(hasCurrentStatus(deposit, "suspended")).toBe(false);
    }
  });

  it("keeps a disputed deposit under each status its sources give, and under 'disputed'", () => {
    const atlas = load(disputedFixture("before"));
    expect(ids(atlas.deposits({ status: "mining" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ status: "depleted" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ status: "disputed" }))).toEqual(["gyzylbulag"]);
    expect(ids(atlas.deposits({ status: "suspended" }))).toEqual(["soyudlu"]);
  });

  it("gives the latest status when the dates differ, and one status when the sources agree", () => {
    const atlas = load(copyFixture());
    expect(currentStatus(atlas.deposit("soyudlu") as Deposit)).toBe("suspended");
    expect(currentStatusClaims(atlas.deposit("soyudlu") as Deposit).map((c) => c.asOf)).toEqual(["2021"]);
    const agree = copyFixture();
    edit(agree, "deposits/gyzylbulag.yaml", "status:\n", `status:\n${SECOND_STATUS.replace("depleted", "mining")}`);
    const deposit = load(agree).deposit("gyzylbulag") as Deposit;
    expect(currentStatus(deposit)).toBe("mining");
    expect(currentStatusClaims(deposit)).toHaveLength(2);
    expect(currentStatus({ ...deposit, status: [] })).toBeUndefined();
    expect(currentStatusClaims({ ...deposit, status: [] })).toEqual([]);
  });
});

const ELSEWHERE = `id: dashkasan-gold
names:
  en: Dashkasan Gold
region: azerbaijan
inTerritories: false
commodities: [gold]
operations:
  - company: azergold
    role: operator
    citations:
      - source: mining-news
        locator: para. 9
        excerpt: Fixture excerpt on a mine elsewhere.
`;

describe("scope of deposit lists", () => {
  const dir = copyFixture();
  write(dir, "deposits/dashkasan-gold.yaml", ELSEWHERE);

  it("lists the territories by default, the others with scope 'elsewhere', and everything with 'all'", () => {
    const atlas = load(dir);
    expect(ids(atlas.deposits())).toEqual(["agdam-limestone", "gyzylbulag", "lachin-marble", "soyudlu"]);
    expect(ids(atlas.deposits({ scope: "elsewhere" }))).toEqual(["dashkasan-gold"]);
    expect(ids(atlas.deposits({ scope: "all" }))).toHaveLength(5);
    expect(ids(atlas.deposits({ commodity: "gold" }))).toEqual(["gyzylbulag", "soyudlu"]);
    expect(ids(atlas.deposits({ commodity: "gold", scope: "all" }))).toEqual(["dashkasan-gold", "gyzylbulag", "soyudlu"]);
  });

  it("shows a company's and a region's deposits wherever they are", () => {
    const atlas = load(dir);
    expect(ids(atlas.companyDeposits("azergold"))).toEqual(["agdam-limestone", "dashkasan-gold"]);
    expect(ids(atlas.regionDeposits("azerbaijan"))).toContain("dashkasan-gold");
  });
});

describe("district claims and scope, as the validator checks them", () => {
  const CLAIMS = `regionClaims:
  - region: kalbajar
    citations:
      - source: un-letter-kalbajar
        locator: annex, para. 6
        excerpt: Fixture excerpt placing it in Kalbajar.
  - region: agdam
    citations:
      - source: mining-news
        locator: para. 2
        excerpt: Fixture excerpt placing it in Agdam.
`;

  it("accepts a deposit filed under one of the districts its sources claim, keeping all of them", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "inTerritories: true\n", `inTerritories: true\n${CLAIMS}`);
    const deposit = load(dir).deposit("gyzylbulag") as Deposit;
    expect(deposit.regionClaims.map((c) => c.region)).toEqual(["kalbajar", "agdam"]);
  });

  it("rejects a region that none of the claims names, a claimed district that does not exist, and a district claimed twice", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "inTerritories: true\n", `inTerritories: true\n${CLAIMS.replace("region: kalbajar", "region: lachin").replace("region: agdam", "region: agdm")}`);
    const messages = problemsOf(dir).map((p) => `${p.field}: ${p.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^region: region 'kalbajar' is not one of the districts in regionClaims \(lachin, agdm\)/));
    expect(messages).toContainEqual(expect.stringMatching(/^regionClaims\[1\]\.region: unknown region 'agdm'.*did you mean 'agdam'/));

    const twice = copyFixture();
    edit(twice, "deposits/gyzylbulag.yaml", "inTerritories: true\n", `inTerritories: true\n${CLAIMS.replace("region: agdam", "region: kalbajar")}`);
    expect(problemsOf(twice).map((p) => `${p.field}: ${p.message}`)).toContainEqual(
      "regionClaims[1].region: district 'kalbajar' is claimed twice: put both citations in one claim",
    );
  });

  it("requires inTerritories, and checks it against the district", () => {
    const missing = copyFixture();
    edit(missing, "deposits/lachin-marble.yaml", "inTerritories: true\n", "");
    expect(problemsOf(missing).map((p) => p.field)).toContain("inTerritories");

    const country = copyFixture();
    edit(country, "deposits/lachin-marble.yaml", "region: lachin", "region: azerbaijan");
    expect(problemsOf(country).map((p) => p.message)).toContainEqual(
      "a deposit in the territories (inTerritories: true) is filed under its district, not the country 'azerbaijan'",
    );

    const outside = copyFixture();
    edit(outside, "deposits/soyudlu.yaml", "inTerritories: true", "inTerritories: false");
    expect(problemsOf(outside).map((p) => p.message)).toContainEqual(
      "'kalbajar' lies in 'kalbajar', a district of the territories the atlas is about: set inTerritories: true",
    );
  });
});

describe("sources that are copies", () => {
  const base = { id: "a-mirror", title: "Zod gold mine", publisher: "example.org", publisherType: "other", kind: "encyclopedia-article", url: "https://example.org/Zod", language: "en" };

  it("names the original of a mirror, and is marked as a copy when it names one", () => {
    expect(SourceSchema.safeParse({ ...base, reliability: "encyclopedia-mirror", mirrorOf: "English Wikipedia, 'Zod gold mine'" }).success).toBe(true);
    expect(SourceSchema.safeParse({ ...base, reliability: "user-contributed" }).success).toBe(true);
    const noOriginal = SourceSchema.safeParse({ ...base, reliability: "machine-translated-mirror" });
    expect(noOriginal.error?.issues.map((i) => i.path.join("."))).toEqual(["mirrorOf"]);
    const notMarked = SourceSchema.safeParse({ ...base, mirrorOf: "English Wikipedia" });
    expect(notMarked.error?.issues.map((i) => i.path.join("."))).toEqual(["reliability"]);
    expect(SourceSchema.safeParse({ ...base, reliability: "rumour" }).success).toBe(false);
  });
});

describe("the bundled dataset", () => {
  it("does not let file order make Gyzylbulag 'depleted': its statuses for April 2018 differ", () => {
    const gyzylbulag = bundled.deposit("gyzylbulag") as Deposit;
    expect(currentStatus(gyzylbulag)).toBe("disputed");
    const claims = currentStatusClaims(gyzylbulag);
    expect(claims.map((c) => c.status).sort()).toEqual(["depleted", "mining"]);
    expect(ids(bundled.deposits({ status: "mining" }))).toContain("gyzylbulag");
    expect(ids(bundled.deposits({ status: "depleted" }))).toContain("gyzylbulag");
  });

  it("lists Lachin's deposits, and keeps AzerGold's mines elsewhere out of the default list", () => {
    const lachin = ids(bundled.deposits({ region: "lachin" }));
    expect(lachin).toEqual(expect.arrayContaining(["narzanli", "chilgazchay", "sarybulag", "gochaz-marbled-limestone", "minkend-mineral-water"]));
    const elsewhere = ids(bundled.deposits({ scope: "elsewhere" }));
    expect(elsewhere.sort()).toEqual(["aghyokhush", "chovdar", "gedabek", "marah", "tulallar"]);
    expect(ids(bundled.deposits())).not.toContain("gedabek");
    expect(bundled.deposits().length).toBeGreaterThanOrEqual(80);
    expect(bundled.deposits().every((d) => d.inTerritories)).toBe(true);
  });

  it("counts, per district, the deposits the atlas lists against the counts the sources give", () => {
    const counts = bundled.depositCountsByDistrict();
    const lachin = counts.find((c) => c.region.id === "lachin");
    expect(lachin).toBeDefined();
    expect(lachin?.listed).toBe(bundled.deposits({ region: "lachin" }).length);
    expect(lachin?.stated.map((o) => o.value)).toContain(40);
    expect(lachin?.statistics).toContain("lachin-deposits-with-reserves-1993");
    for (const c of counts) {
      expect(c.region.kind).toBe("district");
      expect(c.listed).toBe(bundled.dataset.deposits.filter((d) => d.inTerritories && d.region === c.region.id).length);
    }
    // Every district the Ministry counts (Trend, 4 November 2020) is there, listed or not.
    const counted = counts.filter((c) => c.stated.length > 0).map((c) => c.region.id);
    expect(counted).toEqual(expect.arrayContaining(["lachin", "kalbajar", "jabrayil", "agdam", "tartar", "zangilan", "shusha", "khojaly", "khojavend", "fuzuli"]));
    // Demirli is filed under Aghdara; the Prosecutor General's Office places it in Tartar.
    expect(counts.find((c) => c.region.id === "tartar")?.alsoClaimed).toBeGreaterThanOrEqual(1);
  });
});
