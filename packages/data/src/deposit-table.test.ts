import { describe, expect, it } from "vitest";
import type { Deposit } from "@karabakh-atlas/domain";
import { atlas } from "./index.js";
import { depositRow, largestReserve, tonnesOf } from "./deposit-table.js";

const cite = [{ source: "s", locator: "p. 1", excerpt: "x" }];

describe("deposit rows", () => {
  it("weighs tonnages across units and prefers reserves to resources", () => {
    expect(tonnesOf({ unit: "megatonne", value: 2 })).toBe(2_000_000);
    expect(tonnesOf({ unit: "percent", value: 2 })).toBeUndefined();
    const figures = [
      { category: "resource", unit: "megatonne", value: 9, qualifier: "exact", citations: cite },
      { category: "reserve", unit: "tonne", value: 300, qualifier: "exact", citations: cite },
      { category: "reserve", unit: "kilotonne", value: 1, qualifier: "exact", citations: cite },
    ] as Deposit["figures"];
    expect(largestReserve({ figures })?.figure.value).toBe(1);
    expect(largestReserve({ figures: figures.slice(0, 1) })?.tonnes).toBe(9_000_000);
  });

  it("gives every bundled deposit a row with its district and operations in date order", () => {
    for (const deposit of atlas.deposits()) {
      const row = depositRow(deposit);
      expect(row.region).toBe(deposit.region);
      const starts = row.operations.map((o) => o.from ?? "9999");
      expect([...starts].sort()).toEqual(starts);
    }
  });
});
