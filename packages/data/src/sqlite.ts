/**
 * The whole dataset as one SQLite database, for Datasette, DuckDB, QGIS or any SQL client: one
 * table per CSV table of the exports (the same columns, types, rows and descriptions), each with
 * its primary key, its foreign keys as constraints, an index on every foreign key column, and a
 * `_tables` / `_columns` pair that documents them. Written with Node's built-in `node:sqlite`
 * (Node 22.5 or later; nothing to download or compile). Entry: `@karabakh-atlas/data/sqlite`.
 */
import type { ReadonlyDataset } from "@karabakh-atlas/domain/vocabulary";
import { describeTables, toRows, type ExportFieldType, type ExportTableInfo } from "./exports.js";

/** What this module uses of `node:sqlite`. */
interface SqliteStatement {
  run(...values: (string | number | null)[]): unknown;
  all(...values: (string | number | null)[]): unknown[];
}
interface SqliteDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
interface SqliteModule {
  DatabaseSync: new (path: string) => SqliteDatabase;
}

/**
 * `node:sqlite`, without the ExperimentalWarning Node prints when it is first loaded (it would
 * land on the standard error of a command that only asked for a file). Other warnings pass.
 */
function loadSqlite(): SqliteModule {
  const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (/SQLite/i.test(text)) return;
    return (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    const sqlite = getBuiltin?.("node:sqlite") as SqliteModule | undefined;
    if (!sqlite?.DatabaseSync) throw new Error(`the SQLite export needs Node.js 22.5 or later (node:sqlite); this is Node.js ${process.versions.node}`);
    return sqlite;
  } finally {
    process.emitWarning = emit;
  }
}

/** A table's SQL name: the CSV name with `_` for `-` (`heritage-sites` → `heritage_sites`). */
export const sqlTableName = (table: string): string => table.replace(/-/g, "_");

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const SQL_TYPES: Record<ExportFieldType, string> = { string: "TEXT", integer: "INTEGER", number: "REAL", boolean: "INTEGER" };

/** The `CREATE TABLE` of one export table, with its keys. */
function createTable(table: ExportTableInfo): string {
  const columns = table.columns.map((c) => `  ${quote(c.name)} ${SQL_TYPES[c.type]}${c.name === table.primaryKey ? " PRIMARY KEY NOT NULL" : ""}`);
  const keys = table.foreignKeys.map((fk) => `  FOREIGN KEY (${quote(fk.fields)}) REFERENCES ${quote(sqlTableName(fk.table))} (${quote(fk.field)})`);
  return `CREATE TABLE ${quote(sqlTableName(table.name))} (\n${[...columns, ...keys].join(",\n")}\n) STRICT;`;
}

/** Every index: one per foreign key column (joins and lookups by reference). */
function createIndexes(table: ExportTableInfo): string[] {
  const name = sqlTableName(table.name);
  return [...new Set(table.foreignKeys.map((fk) => fk.fields))].map((column) => `CREATE INDEX ${quote(`${name}_${column}`)} ON ${quote(name)} (${quote(column)});`);
}

/** The schema of the database, as SQL: what `writeSqlite` creates before it inserts the rows. */
export function sqliteSchema(): string {
  const tables = describeTables();
  return [
    "CREATE TABLE _tables (name TEXT PRIMARY KEY NOT NULL, csv TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL) STRICT;",
    "CREATE TABLE _columns (table_name TEXT NOT NULL REFERENCES _tables (name), name TEXT NOT NULL, type TEXT NOT NULL, description TEXT NOT NULL, PRIMARY KEY (table_name, name)) STRICT;",
    ...tables.flatMap((t) => [createTable(t), ...createIndexes(t)]),
  ].join("\n");
}

/**
 * Writes the dataset to a new SQLite database at `file` (an existing file is an error: pass a
 * path that does not exist yet). The foreign keys are checked once all rows are in; a broken
 * reference throws, naming the table, the row and the key.
 */
export function writeSqlite(dataset: ReadonlyDataset, file: string): void {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(file);
  try {
    db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;");
    const existing = db.prepare("SELECT count(*) AS n FROM sqlite_schema").all() as { n: number }[];
    if ((existing[0]?.n ?? 0) > 0) throw new Error(`${file} already holds a database: write the SQLite export to a new file`);
    db.exec("BEGIN;");
    db.exec(sqliteSchema());
    const tables = describeTables();
    const addTable = db.prepare("INSERT INTO _tables (name, csv, title, description) VALUES (?, ?, ?, ?)");
    const addColumn = db.prepare("INSERT INTO _columns (table_name, name, type, description) VALUES (?, ?, ?, ?)");
    for (const t of tables) {
      const name = sqlTableName(t.name);
      addTable.run(name, `${t.name}.csv`, t.title, t.description);
      for (const c of t.columns) addColumn.run(name, c.name, SQL_TYPES[c.type], c.description);
      const insert = db.prepare(`INSERT INTO ${quote(name)} (${t.columns.map((c) => quote(c.name)).join(", ")}) VALUES (${t.columns.map(() => "?").join(", ")})`);
      for (const row of toRows(dataset, t.name)) {
        insert.run(
          ...t.columns.map((c) => {
            const value = row[c.name];
            return value === undefined ? null : typeof value === "boolean" ? (value ? 1 : 0) : value;
          }),
        );
      }
    }
    db.exec("COMMIT;");
    const broken = db.prepare("PRAGMA foreign_key_check").all() as { table: string; rowid: number; parent: string; fkid: number }[];
    if (broken.length > 0) {
      const [first] = broken;
      throw new Error(`${broken.length} broken reference${broken.length === 1 ? "" : "s"} in the SQLite export; the first: ${first?.table} row ${first?.rowid} → ${first?.parent}`);
    }
    db.exec("VACUUM;");
    // The dataset's name and version, readable without knowing this module.
    db.exec(`CREATE VIEW _meta AS SELECT ${literal(dataset.meta.name)} AS name, ${literal(dataset.meta.version)} AS version, ${literal(dataset.meta.updated)} AS updated, ${literal(dataset.meta.licence)} AS licence;`);
  } finally {
    db.close();
  }
}
