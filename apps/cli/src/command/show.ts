/** `show <id>`: every field of one record, with its sources and relations. */
import type { Command } from "commander";
import { NAME, type Globals, loadAtlas, out, format, type CommandContext } from "./context.js";
import { notFoundError } from "../errors.js";
import { csvText, printJson, printLines } from "../output.js";

export function defineShow(ctx: CommandContext): void {
  const { command, opt, io } = ctx;
  command("show")
    .argument("<id>", "a record id (any case), or a name or alias that names one record, with or without diacritics: gyzylbulag, Kalbajar, Drmbon, Kəlbəcər")
    .option("--kind <kind>", "only look among records of this kind")
    .description("every field of one record, with its sources and relations; --json: the record with its related records")
    .addHelpText("after", `\nExamples:\n  ${NAME} show gyzylbulag\n  ${NAME} show kalbajar --json`)
    .action(async (id: string, opts: { kind?: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
      const mode = format(globals);
      const atlas = await loadAtlas(opt(), globals.data);
      // An id in any case, or a name or alias (diacritics optional) that names one record.
      const found = opt().lookup(atlas, id, kind);
      if ("candidates" in found) throw notFoundError(`'${id}' names ${found.candidates.length} records — show one of them by id: ${opt().candidatesText(atlas, found.candidates)}`);
      if ("none" in found) throw notFoundError(opt().missing(atlas, kind, id));
      const entry = found.found;
      const o = out(globals, io);
      // The record with the related records the text lists (README: "JSON of one record").
      if (mode === "json") return printJson(o, opt().recordJson(atlas, entry));
      if (mode === "csv") {
        return o.write(csvText(opt().recordsCsv(atlas.dataset, entry.kind, [entry.record])));
      }
      printLines(o, new (opt().Describer)(atlas).describe(entry, o.width));
    });
}
