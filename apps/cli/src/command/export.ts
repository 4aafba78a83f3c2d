/** `export`: the dataset as JSON, a CSV table, GeoJSON or a SQLite database (the data package's exports). */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { NAME, loadAtlas, type CommandContext, type Globals } from "./context.js";
import { notFoundError, usageError } from "../errors.js";
import { csvText, jsonText } from "../output.js";

export function defineExport(ctx: CommandContext): void {
  const { command, opt, io, tx } = ctx;
  command("export")
    .requiredOption("--format <format>", tx.t("cli.help.export-format"))
    .option("--kind <kind>", tx.t("cli.help.export-kind"))
    .option("--table <table>", tx.t("cli.help.export-table"))
    .option("--layer <layer>", tx.t("cli.help.export-layer"))
    .option("--out <file>", tx.t("cli.help.export-out"))
    .description(tx.t("cli.help.export"))
    .addHelpText(
      "after",
      `\n${tx.t("cli.help.examples")}\n  ${NAME} export --format json --out atlas.json\n  ${NAME} export --format csv --table deposits --out deposits.csv\n  ${NAME} export --format csv --table figures > figures.csv\n  ${NAME} export --format geojson --layer deposits > deposits.geojson\n  ${NAME} export --format sqlite --out karabakh-atlas.sqlite`,
    )
    .action(async (opts: { format: string; kind?: string; table?: string; layer?: string; out?: string }, cmd: Command) => {
      const fmt = opt().parseFormat(opts.format, tx);
      const misplaced = (flag: string, applies: string) => usageError(tx.t("cli.error.does-not-apply", { flag, format: fmt, applies }));
      if (opts.kind && fmt !== "json") throw misplaced("--kind", tx.t("cli.error.kind-is-for-json"));
      if (opts.table && fmt !== "csv") throw misplaced("--table", "--format csv");
      if (opts.layer && fmt !== "geojson") throw misplaced("--layer", "--format geojson");
      const kind = opts.kind ? opt().parseKind(opts.kind, tx) : undefined;
      const table = opts.table ? opt().parseTable(opts.table, tx) : undefined;
      const layer = opts.layer ? opt().parseLayer(opts.layer, tx) : undefined;
      if (fmt === "csv" && !table) throw usageError(tx.t("cli.error.csv-needs-table"));
      if (fmt === "sqlite" && !opts.out) throw usageError(tx.t("cli.error.sqlite-needs-out"));
      const atlas = await loadAtlas(opt(), tx, cmd.optsWithGlobals<Globals>().data);
      if (fmt === "sqlite") {
        opt().exportSqlite(atlas.dataset, opts.out as string, tx);
        return void io.stderr(`${tx.t("cli.export.wrote", { format: fmt, file: opts.out as string })}\n`);
      }
      const { tableCsv, geoJson } = opt();
      // The same bytes to a file as to standard output: JSON exact, CSV without control characters.
      let text: string;
      if (fmt === "csv") text = csvText(tableCsv(atlas.dataset, table as NonNullable<typeof table>));
      else if (fmt === "geojson") text = jsonText(geoJson(atlas.dataset, opt().bundledBoundaries(), layer, tx));
      else text = jsonText(kind ? atlas.list(kind) : atlas.dataset);
      if (!opts.out) return void io.stdout(text);
      try {
        writeFileSync(opts.out, text);
      } catch (error) {
        throw notFoundError(tx.t("cli.error.cannot-write", { file: opts.out, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
      }
      io.stderr(`${tx.t("cli.export.wrote", { format: fmt, file: opts.out })}\n`);
    });
}
