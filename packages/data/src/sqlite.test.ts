import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Sqlite from "node:sqlite";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataset } from "./index.js";
import { describeTables, toRows } from "./exports.js";
import { sqlTableName, writeSqlite } from "./sqlite.js";

const { DatabaseSync } = createRequire(import.meta.url)("node:sqlite") as typeof Sqlite;

let dir = "";
let file = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "karabakh-sqlite-"));
  file = join(dir, "atlas.sqlite");
  writeSqlite(dataset, file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open = () => new DatabaseSync(file, { readOnly: true });

describe("the SQLite export", () => {
  it("has every table of the exports with every row", () => {
    const db = open();
    for (const table of describeTables()) {
      const [{ n }] = db.prepare(`SELECT count(*) AS n FROM "${sqlTableName(table.name)}"`).all() as [{ n: number }];
      expect(n, table.name).toBe(toRows(dataset, table.name).length);
      const columns = (db.prepare(`PRAGMA table_info("${sqlTableName(table.name)}")`).all() as { name: string }[]).map((c) => c.name);
      expect(columns).toEqual(table.columns.map((c) => c.name));
    }
    db.close();
  });

  it("answers a join across tables: the deposits of a district and their sources", () => {
    const db = open();
    const rows = db
      .prepare(
        `SELECT d.id, r.name_en AS region FROM deposits d JOIN regions r ON r.id = d.region WHERE r.id = ? ORDER BY d.id`,
      )
      .all("kalbajar") as { id: string; region: string }[];
    expect(rows.map((r) => r.id)).toEqual(dataset.deposits.filter((d) => d.region === "kalbajar").map((d) => d.id).sort());
    expect(rows.every((r) => r.region === dataset.regions.find((x) => x.id === "kalbajar")?.names.en)).toBe(true);
    const cited = db
      .prepare(`SELECT count(DISTINCT c.source_id) AS n FROM citations c JOIN sources s ON s.id = c.source_id WHERE c.record_id = ?`)
      .all("gyzylbulag") as [{ n: number }];
    expect(cited[0].n).toBeGreaterThan(0);
    db.close();
  });

  it("declares the foreign keys and indexes them, and SQLite finds no broken reference", () => {
    const db = open();
    for (const table of describeTables()) {
      const keys = db.prepare(`PRAGMA foreign_key_list("${sqlTableName(table.name)}")`).all() as { from: string; table: string; to: string }[];
      expect(keys.map((k) => `${k.from}->${k.table}.${k.to}`).sort(), table.name).toEqual(table.foreignKeys.map((fk) => `${fk.fields}->${sqlTableName(fk.table)}.${fk.field}`).sort());
      const indexed = (db.prepare(`PRAGMA index_list("${sqlTableName(table.name)}")`).all() as { name: string }[]).flatMap(
        (i) => (db.prepare(`PRAGMA index_info("${i.name}")`).all() as { name: string }[]).map((c) => c.name),
      );
      for (const fk of table.foreignKeys) expect(indexed, `${table.name}.${fk.fields}`).toContain(fk.fields);
    }
    expect(db.prepare("PRAGMA foreign_key_check").all()).toEqual([]);
    db.close();
  });

  it("refuses a row that points nowhere once foreign keys are on", () => {
    const db = new DatabaseSync(file);
    db.exec("PRAGMA foreign_keys = ON");
    expect(() => db.prepare(`INSERT INTO deposits (id, name_en, region) VALUES ('x-test', 'X', 'no-such-region')`).run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it("fails the export when the dataset holds a broken reference, naming it", () => {
    const broken = structuredClone(dataset);
    const [first] = broken.deposits;
    if (!first) throw new Error("no deposit");
    first.region = "no-such-region";
    expect(() => writeSqlite(broken, join(dir, "broken.sqlite"))).toThrow(/broken references? in the SQLite export; the first: \w+ row \d+ → \w+/);
  });

  it("describes its tables and columns, and names the dataset's version", () => {
    const db = open();
    const tables = db.prepare("SELECT name FROM _tables ORDER BY rowid").all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(describeTables().map((t) => sqlTableName(t.name)));
    expect(db.prepare("SELECT version FROM _meta").all()).toEqual([{ version: dataset.meta.version }]);
    db.close();
  });
});
