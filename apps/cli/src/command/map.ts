/** `map [region]`: the districts and the located deposits drawn in the terminal (see ../map.ts). */
import type { Command } from "commander";
import { NAME, format, loadAtlas, out, type CommandContext, type Globals } from "./context.js";

export function defineMap(ctx: CommandContext): void {
  const { command, opt, io } = ctx;
  command("map")
    .argument("[region]", "a district, city, town or former region (id or name); without it, all the districts returned in 2020 and 2023")
    .description("draw the districts and the located deposits in the terminal (Braille characters; colour on a terminal), with a key")
    .addHelpText("after", `\nExamples:\n  ${NAME} map\n  ${NAME} map kalbajar\n  ${NAME} map aghdara        a former district, drawn as the districts that hold it today`)
    .action(async (region: string | undefined, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const atlas = await loadAtlas(opt(), globals.data);
      const { runMap } = await import("../map-command.js");
      runMap(atlas, opt().bundledBoundaries(), region, out(globals, io), format(globals));
    });
}
