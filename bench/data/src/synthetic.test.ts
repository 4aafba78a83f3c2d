import { describe, expect, it } from "vitest";
import { DatasetSchema, ENTITY_KINDS, foldText } from "@karabakh-atlas/domain";
import { createAtlas, dataset } from "@karabakh-atlas/data";
import { checkIntegrity } from "@karabakh-atlas/data/validate";
import { cloneRecord, copyWord, recordCount, syntheticDataset } from "./synthetic.js";

describe("syntheticDataset", () => {
  const factor = 5;
  const synthetic = syntheticDataset(dataset, factor);

  it("holds factor × the records of every kind", () => {
    for (const { dir } of ENTITY_KINDS) expect(synthetic[dir].length, dir).toBe(dataset[dir].length * factor);
    expect(recordCount(synthetic)).toBe(recordCount(dataset) * factor);
  });

  it("passes the domain schema and the integrity check (unique ids and names, every reference resolves)", () => {
    expect(DatasetSchema.safeParse(synthetic).success).toBe(true);
    expect(checkIntegrity(synthetic)).toEqual([]);
  });

  it("leaves the real dataset untouched", () => {
    expect(syntheticDataset(dataset, 1)).toEqual({ ...dataset, meta: { ...dataset.meta, name: `${dataset.meta.name} (synthetic ×1)` } });
    expect(checkIntegrity(dataset)).toEqual([]);
  });

  it("remaps references and citations to the same copy", () => {
    const [deposit] = dataset.deposits;
    if (!deposit) return;
    const copy = cloneRecord("deposit", deposit, 3);
    expect(copy.id).toBe(`${deposit.id}-s3`);
    expect(copy.region).toBe(`${deposit.region}-s3`);
    expect(copy.operations.map((o) => o.company)).toEqual(deposit.operations.map((o) => `${o.company}-s3`));
    expect(copy.names.en).toBe(`${deposit.names.en} ${copyWord(3)}`);
    const sources = JSON.stringify(copy).match(/"source":"[^"]+"/g) ?? [];
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) expect(s).toMatch(/-s3"$/);
  });

  it("gives every copy a distinct word", () => {
    const words = Array.from({ length: 300 }, (_, i) => foldText(copyWord(i + 1)));
    expect(new Set(words).size).toBe(300);
  });

  it("can be searched: a real name finds its record in the real copy and the clones", () => {
    const atlas = createAtlas(synthetic);
    const region = dataset.regions.find((r) => r.id === "kalbajar");
    expect(region).toBeDefined();
    const hits = atlas.search("kelbecer", { limit: 100 }).map((h) => h.id);
    expect(hits).toContain("kalbajar");
    expect(hits).toContain("kalbajar-s4");
  });

  it("rejects a factor that is not a whole number ≥ 1", () => {
    expect(() => syntheticDataset(dataset, 0)).toThrow("factor must be a whole number ≥ 1, got 0");
  });
});
