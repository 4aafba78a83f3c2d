/** `map [region]`: the districts and the located deposits drawn in the terminal (see ../map.ts). */
import type { Command } from "commander";
import { NAME, format, loadAtlas, out, type CommandContext, type Globals } from "./context.js";

export function defineMap(ctx: CommandContext): void {
  const { command, opt, io, tx } = ctx;
  command("map")
    .argument("[region]", tx.t("cli.help.map-region"))
    .description(tx.t("cli.help.map"))
    .addHelpText("after", `\n${tx.t("cli.help.examples")}\n  ${NAME} map\n  ${NAME} map kalbajar\n  ${NAME} map aghdara        ${tx.t("cli.help.example-map-former")}`)
    .action(async (region: string | undefined, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const atlas = await loadAtlas(opt(), tx, globals.data);
      const { runMap } = await import("../map-command.js");
      runMap(atlas, opt().bundledBoundaries(), region, out(globals, io), format(globals, tx), tx);
    });
}
