/** `export`: the dataset as JSON, a CSV table, GeoJSON or a SQLite database (the data package's exports). */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { NAME, loadAtlas, type CommandContext, type Globals } from "./context.js";
import { notFoundError, usageError } from "../errors.js";
import { csvText, jsonText } from "../output.js";

export function defineExport(ctx: CommandContext): void {
  const { command, opt, io } = ctx;
  command("export")
    .requiredOption("--format <format>", "json, csv, geojson or sqlite")
    .option("--kind <kind>", "json: records of one kind only")
    .option("--table <table>", "csv: a kind's table (regions, deposits, …) or a long table (records, figures, links, claims, citations)")
    .option("--layer <layer>", "geojson: regions (polygons), places or deposits only (default: all three)")
    .option("--out <file>", "write to this file instead of standard output (sqlite: required)")
    .description("the dataset as JSON, a CSV table, GeoJSON or a SQLite database (the data package's exports)")
    .addHelpText(
      "after",
      `\nExamples:\n  ${NAME} export --format json --out atlas.json\n  ${NAME} export --format csv --table deposits --out deposits.csv\n  ${NAME} export --format csv --table figures > figures.csv\n  ${NAME} export --format geojson --layer deposits > deposits.geojson\n  ${NAME} export --format sqlite --out karabakh-atlas.sqlite`,
    )
    .action(async (opts: { format: string; kind?: string; table?: string; layer?: string; out?: string }, cmd: Command) => {
      const fmt = opt().parseFormat(opts.format);
      const misplaced = (flag: string, applies: string) => usageError(`${flag} does not apply to ${fmt}; it is for ${applies}`);
      if (opts.kind && fmt !== "json") throw misplaced("--kind", "--format json (use --table for csv)");
      if (opts.table && fmt !== "csv") throw misplaced("--table", "--format csv");
      if (opts.layer && fmt !== "geojson") throw misplaced("--layer", "--format geojson");
      const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
      const table = opts.table ? opt().parseTable(opts.table) : undefined;
      const layer = opts.layer ? opt().parseLayer(opts.layer) : undefined;
      if (fmt === "csv" && !table) throw usageError("a CSV is one table: add --table, e.g. --table deposits or --table figures");
      if (fmt === "sqlite" && !opts.out) throw usageError("a SQLite database is a file: add --out, e.g. --out karabakh-atlas.sqlite");
      const atlas = await loadAtlas(opt(), cmd.optsWithGlobals<Globals>().data);
      if (fmt === "sqlite") {
        opt().exportSqlite(atlas.dataset, opts.out as string);
        return void io.stderr(`wrote sqlite to ${opts.out}\n`);
      }
      const { tableCsv, geoJson } = opt();
      // The same bytes to a file as to standard output: JSON exact, CSV without control characters.
      let text: string;
      if (fmt === "csv") text = csvText(tableCsv(atlas.dataset, table as NonNullable<typeof table>));
      else if (fmt === "geojson") text = jsonText(geoJson(atlas.dataset, opt().bundledBoundaries(), layer));
      else text = jsonText(kind ? atlas.list(kind) : atlas.dataset);
      if (!opts.out) return void io.stdout(text);
      try {
        writeFileSync(opts.out, text);
      } catch (error) {
        throw notFoundError(`cannot write '${opts.out}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      io.stderr(`wrote ${fmt} to ${opts.out}\n`);
    });
}
