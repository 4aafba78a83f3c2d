/**
 * Tests over the REAL bundled dataset (`generated/dataset.json`, written by `npm run build`),
 * through the source entry and through the built package as users import it.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DatasetSchema, ENTITY_KINDS } from "@karabakh-atlas/domain";
import { atlas, dataset } from "./index.js";
import type * as DataIndex from "./index.js";
import type * as DataValidate from "./validate.js";
import { checkIntegrity, validateDirectory } from "./validate.js";

const records = join(dirname(fileURLToPath(import.meta.url)), "..", "records");

describe("the bundled dataset", () => {
  it("validates with the domain DatasetSchema, defaults already applied", () => {
    const result = DatasetSchema.safeParse(dataset);
    expect(result.success, result.success ? "" : JSON.stringify(result.error.issues.slice(0, 5))).toBe(true);
    expect(result.data).toEqual(dataset);
  });

  it("passes the integrity check", () => {
    expect(checkIntegrity(dataset)).toEqual([]);
  });

  it("is what the record files say now (rebuild with `npm run build` after editing records)", () => {
    const { dataset: fromRecords, problems } = validateDirectory(records);
    expect(problems).toEqual([]);
    expect(fromRecords).toEqual(dataset);
    // Reads and validates every record file (over 600): seconds on a busy machine.
  }, 30_000);

  it("has the records the apps and docs rely on", () => {
    expect(atlas.region("kalbajar")?.kind).toBe("district");
    expect(atlas.region("azerbaijan")?.kind).toBe("country");
    expect(atlas.deposit("gyzylbulag")?.region).toBe("kalbajar");
    expect(atlas.company("base-metals")).toBeDefined();
    expect(atlas.company("vallex-group")).toBeDefined();
    expect(atlas.source("seed-un-letter-2018-04-17-kalbajar")?.kind).toBe("un-document");
    expect(ids(atlas.regionDeposits("kalbajar"))).toContain("gyzylbulag");
    expect(ids(atlas.ownershipChainUp("base-metals"))).toContain("vallex-group");
  });

  it.each(["Kalbajar", "Kəlbəcər", "kelbecer", "KALBAJAR"])("finds the Kalbajar district first for '%s'", (query) => {
    expect(atlas.search(query)[0]).toMatchObject({ kind: "region", id: "kalbajar" });
  });

  it.each(["Drmbon", "Qızılbulaq", "qizilbulaq"])("finds the Gyzylbulag deposit first for '%s'", (query) => {
    expect(atlas.search(query)[0]).toMatchObject({ kind: "deposit", id: "gyzylbulag" });
  });

  // An event is searched by its title in every language it gives (`titles`), as a place by its names.
  it.each(["Xocalı qətliamı", "Ходжалинская резня", "xocali qetliami", "Khojaly massacre"])("finds the Khojaly massacre first for '%s'", (query) => {
    expect(atlas.search(query, { kinds: ["event"] })[0]).toMatchObject({ kind: "event", id: "khojaly-massacre-1992", title: "Khojaly massacre" });
    expect(ids(atlas.search(query).slice(0, 3))).toContain("khojaly-massacre-1992");
  });

  // A place named by the query ranks above records that only contain it ("Kalbajar listvenite
  // deposit"), a qualifier in parentheses aside; a district is found by its town's names below the
  // town, since Russian names a district by its adjective (Шушинский район).
  it.each([
    ["Kalbajar", ["kalbajar", "kalbajar-town"]],
    ["Kəlbəcər", ["kalbajar", "kalbajar-town"]],
    ["Шуша", ["shusha-city", "shusha"]],
    ["Губадлы", ["gubadly-town", "gubadly"]],
    ["Ходжалы", ["khojaly-town", "khojaly"]],
  ] as const)("finds the place named '%s' and its district or town first", (query, ids) => {
    expect(atlas.search(query, { kinds: ["region"] }).slice(0, 2).map((h) => h.id)).toEqual(ids);
    expect(atlas.search(query).slice(0, 2).map((h) => h.id)).toEqual(ids);
  });

  it("ranks no source above a place by the name in its title", () => {
    expect(atlas.search("Kalbajar").findIndex((h) => h.kind === "source")).toBeGreaterThan(1);
  });

  // Armenian-used names of places, districts of the former NKR and monuments are cited aliases:
  // a search finds the record they belong to among its first hits (events whose titles name the
  // place may rank above it) and, of its kind, first — or right after the district that bears
  // the same name in another spelling (Mardakert for the former Aghdara district).
  it.each([
    ["Stepanakert", "region", "khankendi", []],
    ["Dadivank", "heritage-site", "khudavank-cloister", []],
    ["Martakert", "region", "aghdara-town", ["aghdara"]],
    ["Gandzasar", "heritage-site", "ganjasar-cloister", []],
    ["Martuni", "region", "khojavend-town", []],
    ["Askeran", "region", "askeran", []],
    ["Kashatagh", "region", "lachin", []],
    ["Shahumyan", "region", "kalbajar", []],
  ] as const)("finds the record the Armenian-used name '%s' belongs to", (query, kind, id, before) => {
    expect(ids(atlas.search(query).slice(0, 5))).toContain(id);
    const ofKind = ids(atlas.search(query, { kinds: [kind] }));
    expect(ofKind.slice(0, before.length + 1)).toContain(id);
    expect(ofKind.slice(0, ofKind.indexOf(id))).toEqual(before.filter((b) => ofKind.indexOf(b) < ofKind.indexOf(id)));
  });

  it.each([
    ["Stepanakert", "khankendi"],
    ["Dadivank", "khudavank-cloister"],
    ["Martakert", "aghdara-town"],
  ])("cites the alias '%s' of %s", (name, id) => {
    const record = atlas.find(id)?.record as { aliases?: { name: string; lang?: string; note?: string; citations?: unknown[] }[] };
    const alias = record.aliases?.find((a) => a.name === name);
    expect(alias?.citations?.length).toBeGreaterThan(0);
    expect(alias?.lang).toMatch(/^hy/);
    expect(alias?.note).toBeTruthy();
  });

  it("has the events of 2023 on the timeline (what the web's /timeline lists)", () => {
    const of2023 = ids(atlas.events({ from: "2023-01-01", to: "2023-12-31" }));
    for (const id of [
      "military-operation-2023-09",
      "ceasefire-2023-09-20",
      "fuel-depot-explosion-2023-09-25",
      "nkr-dissolution-decree-2023-09-28",
      "karabakh-armenian-departure-2023",
      "flag-raising-khankendi-2023-10-15",
    ]) {
      expect(of2023, id).toContain(id);
    }
    expect(atlas.event("lachin-corridor-blockade")?.date).toBe("2022-12-12");
  });

  it("gives the areas taken in September 2023 that control period", () => {
    for (const id of ["khankendi", "khojaly", "aghdara", "khojavend", "nagorno-karabakh-autonomous-oblast"]) {
      const periods = atlas.region(id)?.control ?? [];
      expect(
        periods.some((p) => p.returnMode === "operation-2023" && p.returnedOn.some((d) => d.date.startsWith("2023-09"))),
        id,
      ).toBe(true);
    }
  });
});

// The package's own name, resolved at run time to its built `dist` (written by `npm run build`,
// which turbo runs before the tests); typed from the sources, which `typecheck` may see first.
const builtPackage = "@karabakh-atlas/data";

describe("the built package", () => {
  it("serves the same dataset and query API from its ESM and CJS builds", async () => {
    const esm = (await import(builtPackage)) as typeof DataIndex;
    const cjs = createRequire(import.meta.url)(builtPackage) as typeof esm;
    for (const built of [esm, cjs]) {
      for (const { dir } of ENTITY_KINDS) expect(built.dataset[dir].length, dir).toBe(dataset[dir].length);
      expect(built.atlas.search("kelbecer")[0]?.id).toBe("kalbajar");
      expect(built.atlas.search("Drmbon")[0]?.id).toBe("gyzylbulag");
    }
  });

  it("exports the validator on its own subpath", async () => {
    const { validateDirectory: validate, formatProblems } = (await import(`${builtPackage}/validate`)) as typeof DataValidate;
    const { problems } = validate(join(records, "..", "test-fixtures", "valid"));
    expect(formatProblems(problems)).toBe("");
  });
});

function ids(list: readonly { id: string }[]): string[] {
  return list.map((r) => r.id);
}
