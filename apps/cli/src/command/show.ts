/** `show <id>`: every field of one record, with its sources and relations. */
import type { Command } from "commander";
import { NAME, type Globals, loadAtlas, out, format, type CommandContext } from "./context.js";
import { notFoundError } from "../errors.js";
import { csvText, printJson, printLines } from "../output.js";

export function defineShow(ctx: CommandContext): void {
  const { command, opt, io, tx } = ctx;
  command("show")
    .argument("<id>", tx.t("cli.help.show-id"))
    .option("--kind <kind>", tx.t("cli.help.option-kind"))
    .description(`${tx.t("cli.help.show")}; ${tx.t("cli.help.show-json")}`)
    .addHelpText("after", `\n${tx.t("cli.help.examples")}\n  ${NAME} show gyzylbulag\n  ${NAME} show kalbajar --json`)
    .action(async (id: string, opts: { kind?: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const kind = opts.kind ? opt().parseKind(opts.kind, tx) : undefined;
      const mode = format(globals, tx);
      const atlas = await loadAtlas(opt(), tx, globals.data);
      // An id in any case, or a name or alias (diacritics optional) that names one record.
      const found = opt().lookup(atlas, id, kind);
      if ("candidates" in found) throw notFoundError(tx.t("cli.error.ambiguous", { id, count: found.candidates.length, candidates: opt().candidatesText(atlas, found.candidates, tx) }));
      if ("none" in found) throw notFoundError(opt().missing(atlas, kind, id, tx));
      const entry = found.found;
      const o = out(globals, io);
      // The record with the related records the text lists (README: "JSON of one record").
      if (mode === "json") return printJson(o, opt().recordJson(atlas, entry));
      if (mode === "csv") {
        return o.write(csvText(opt().recordsCsv(atlas.dataset, entry.kind, [entry.record])));
      }
      printLines(o, new (opt().Describer)(atlas, tx).describe(entry, o.width));
    });
}
