/** `stats`: statistics with every source's figure, as bar charts. */
import type { Command } from "commander";
import { NAME, type Globals, collectValues, loadAtlas, out, format, printList, type CommandContext } from "./context.js";
import { printLines } from "../output.js";

export function defineStats(ctx: CommandContext): void {
  const { command, v, opt, io, tx } = ctx;
  const stats = command("stats");
  // The flags of `list statistics`, from the data package's filter specification.
  for (const spec of v?.filterSpecs("statistic") ?? []) stats.option(`${v?.flagName(spec.key)} <value>`, tx.t("cli.help.repeatable", { help: v?.filterHelp(spec.help, tx) ?? spec.help }), collectValues);
  stats
    .description(tx.t("cli.help.stats"))
    .addHelpText("after", `\n${tx.t("cli.help.examples")}\n  ${NAME} stats --region kalbajar\n  ${NAME} stats --category killed --csv`)
    .action(async (opts: Record<string, unknown>, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const mode = format(globals, tx);
      const atlas = await loadAtlas(opt(), tx, globals.data);
      const statistics = opt().listRecords(atlas, "statistic", opt().parseFilter(atlas, "statistic", opts, tx)) as ReturnType<typeof atlas.statistics>;
      if (mode !== "text") return printList(opt(), io, tx, globals, atlas, "statistic", statistics, "");
      if (statistics.length === 0) {
        io.stderr(`${tx.t("cli.stats.none")}\n`);
        return;
      }
      const o = out(globals, io);
      const { chartLines, formatCompetingFigures, statisticTitleIn, statedInSeveralUnits, titleInUnit, comparisonText } = opt();
      const { locale } = tx;
      // Bars share a scale only across statistics that may share a chart (the data package's
      // rule: same category, population, war or period, unit); one figure alone gets no bar.
      for (const comparison of atlas.comparisons(statistics)) {
        const top = Math.max(0, ...comparison.rows.map((r) => r.span?.max ?? 0));
        if (comparison.rows.length > 1) {
          printLines(o, [{ text: comparisonText(atlas, comparison, tx), indent: 0, tone: "heading" }]);
        }
        for (const row of comparison.rows) {
          const s = row.statistic;
          const alone = comparison.rows.length === 1 && row.figures.length === 1;
          // A statistic stated in two units is listed once in each: its title then names the unit (the data package's rule).
          const title = statisticTitleIn(atlas, s, tx);
          printLines(o, [
            { text: statedInSeveralUnits(s) ? titleInUnit(title, comparison.unit, locale) : title, indent: 0, tone: "title" },
            { text: `${s.id} · ${formatCompetingFigures(row.figures, { locale })}`, indent: 0, tone: "meta" },
            ...(alone ? [] : chartLines(atlas, s, o.width, 1, { figures: row.figures, top }, tx)),
            { text: "", indent: 0, tone: "text" },
          ]);
        }
      }
    });
}
