/** `stats`: statistics with every source's figure, as bar charts. */
import type { Command } from "commander";
import { NAME, type Globals, collectValues, loadAtlas, out, format, printList, type CommandContext } from "./context.js";
import { printLines } from "../output.js";

export function defineStats(ctx: CommandContext): void {
  const { command, v, opt, io } = ctx;
  const stats = command("stats");
  // The flags of `list statistics`, from the data package's filter specification.
  for (const spec of v?.filterSpecs("statistic") ?? []) stats.option(`${v?.flagName(spec.key)} <value>`, `${spec.help} (repeat for any of several)`, collectValues);
  stats
    .description("statistics with every source's figure, as bar charts")
    .addHelpText("after", `\nExamples:\n  ${NAME} stats --region kalbajar\n  ${NAME} stats --category killed --csv`)
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const mode = format(globals);
      const atlas = await loadAtlas(opt(), globals.data);
      const statistics = opt().listRecords(atlas, "statistic", opt().parseFilter(atlas, "statistic", opts)) as ReturnType<typeof atlas.statistics>;
      if (mode !== "text") return printList(opt(), io, globals, atlas, "statistic", statistics, "", true);
      if (statistics.length === 0) {
        io.stderr("no statistics match these filters\n");
        return;
      }
      const o = out(globals, io);
      const { chartLines, formatCompetingFigures } = opt();
      for (const s of statistics) {
        printLines(o, [
          { text: `${atlas.title({ kind: "statistic", record: s })}`, indent: 0, tone: "title" },
          { text: `${s.id} · ${formatCompetingFigures(s.observations)}`, indent: 0, tone: "meta" },
          ...chartLines(atlas, s, o.width, 1),
          { text: "", indent: 0, tone: "text" },
        ]);
      }
    });
}
