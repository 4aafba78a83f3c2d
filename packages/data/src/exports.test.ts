import { ENTITY_KINDS } from "@karabakh-atlas/domain";
import { describe, expect, it } from "vitest";
import { dataset } from "./index.js";
import { EXPORT_TABLE_NAMES, describeTables, toCsv, toDatapackage, toGeoJSON, toRows, withoutCoordinates } from "./exports.js";

describe("export tables", () => {
  it("have one table per kind of record plus the long tables, with consistent keys", () => {
    expect(EXPORT_TABLE_NAMES).toEqual([...ENTITY_KINDS.map((k) => k.dir), "records", "figures", "links", "claims", "citations"]);
    for (const table of describeTables()) {
      const names = table.columns.map((c) => c.name);
      expect(new Set(names).size, `${table.name}: duplicate column`).toBe(names.length);
      expect(names).toContain(table.primaryKey);
      for (const fk of table.foreignKeys) {
        expect(names, `${table.name}.${fk.fields}`).toContain(fk.fields);
        const target = describeTables().find((t) => t.name === fk.table);
        expect(target?.columns.map((c) => c.name), `${table.name} → ${fk.table}`).toContain(fk.field);
      }
    }
  });

  it("write a header row and one CRLF-terminated row per record", () => {
    const csv = toCsv(dataset, "regions");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(describeTables()[0]?.columns.map((c) => c.name).join(","));
    expect(lines.at(-1)).toBe("");
    expect(toRows(dataset, "regions").map((r) => r.id)).toEqual(dataset.regions.map((r) => r.id));
  });

  it("quote fields with commas, quotes and line breaks (RFC 4180)", () => {
    const tricky = structuredClone(dataset);
    const [first] = tricky.regions;
    if (!first) throw new Error("no region");
    first.names = { en: 'A, "B"\nC' };
    expect(toCsv(tricky, "regions")).toContain(`,"A, ""B""\nC",`);
  });

  it("reject an unknown table or layer with the list of valid ones", () => {
    expect(() => toCsv(dataset, "nope" as never)).toThrow(/unknown table 'nope'; expected one of: regions, deposits/);
    expect(() => toGeoJSON(dataset, "nope" as never)).toThrow(/expected regions, places, deposits/);
  });

  it("put points in [lon, lat] order and count the records left out", () => {
    const placed = structuredClone(dataset);
    const [first] = placed.deposits;
    if (!first) throw new Error("no deposit");
    first.location = { lat: 40.1, lon: 46.03, precision: "approximate", citations: [{ source: "s", locator: "l", excerpt: "e" }] };
    const features = toGeoJSON(placed, "deposits").features;
    expect(features.find((f) => f.id === first.id)?.geometry.coordinates).toEqual([46.03, 40.1]);
    expect(features.length + withoutCoordinates(placed, "deposits").length).toBe(placed.deposits.length);
  });

  it("describe every table in the data package with the dataset's version", () => {
    const pkg = toDatapackage(dataset) as { version: string; resources: { name: string; path: string }[] };
    expect(pkg.version).toBe(dataset.meta.version);
    expect(pkg.resources.map((r) => r.path)).toEqual(EXPORT_TABLE_NAMES.map((n) => `${n}.csv`));
  });
});
