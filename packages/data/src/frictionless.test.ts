/**
 * The exported Data Package checked by Frictionless' own JavaScript library (`datapackage`), not
 * by code of ours: the descriptor against the Tabular Data Package profile, and every table's
 * rows read, cast to their field types and checked against their primary and foreign keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- the library ships no types
import { Package } from "datapackage";
import { dataset } from "./index.js";
import { EXPORT_TABLE_NAMES, toCsv, toDatapackage } from "./exports.js";

interface FrictionlessResource {
  name: string;
  read(options: { keyed?: boolean; relations?: boolean }): Promise<Record<string, unknown>[]>;
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  resources: FrictionlessResource[];
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "karabakh-datapackage-"));
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(toDatapackage(dataset), null, 2));
  for (const table of EXPORT_TABLE_NAMES) writeFileSync(join(dir, `${table}.csv`), toCsv(dataset, table));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("datapackage.json under Frictionless (the datapackage library)", () => {
  it("is a valid Tabular Data Package", async () => {
    const pkg = (await Package.load(join(dir, "datapackage.json"))) as FrictionlessPackage;
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual([...EXPORT_TABLE_NAMES]);
  });

  it("rejects an empty list of foreign keys (what the exports wrote before)", async () => {
    const descriptor = toDatapackage(dataset) as { resources: { schema: Record<string, unknown> }[] };
    for (const resource of descriptor.resources) resource.schema.foreignKeys ??= [];
    const pkg = (await Package.load(descriptor, dir)) as FrictionlessPackage;
    expect(pkg.valid).toBe(false);
  });

  it("finds a foreign key that points nowhere (so the check below can fail)", async () => {
    const broken = mkdtempSync(join(tmpdir(), "karabakh-datapackage-broken-"));
    try {
      const mutated = structuredClone(dataset);
      const [first] = mutated.deposits;
      if (!first) throw new Error("no deposit");
      first.region = "no-such-region";
      writeFileSync(join(broken, "datapackage.json"), JSON.stringify(toDatapackage(mutated)));
      for (const table of EXPORT_TABLE_NAMES) writeFileSync(join(broken, `${table}.csv`), toCsv(mutated, table));
      const pkg = (await Package.load(join(broken, "datapackage.json"))) as FrictionlessPackage;
      const deposits = pkg.resources.find((r) => r.name === "deposits");
      await expect(deposits?.read({ keyed: true, relations: true })).rejects.toThrow();
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  }, 60_000);

  it("reads every row of every table, cast to its types, with every foreign key resolved", async () => {
    const pkg = (await Package.load(join(dir, "datapackage.json"))) as FrictionlessPackage;
    for (const resource of pkg.resources) {
      const rows = await resource.read({ keyed: true, relations: true }).catch((error: Error & { errors?: Error[] }) => {
        throw new Error(`${resource.name}: ${error.message} ${(error.errors ?? []).slice(0, 3).map((e) => e.message).join("; ")}`);
      });
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
  }, 120_000);
});
