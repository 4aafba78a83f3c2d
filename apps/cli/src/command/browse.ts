/** `browse`: the interactive browser. */
import type { Command } from "commander";
import { type Globals, isInteractive, browse, type CommandContext } from "./context.js";
import { usageError } from "../errors.js";

export function defineBrowse(ctx: CommandContext): void {
  const { command, opt } = ctx;
  command("browse")
    .description("the interactive browser (the default on a terminal)")
    .action(async (_opts, cmd: Command) => {
      if (!isInteractive()) throw usageError("the interactive browser needs a terminal: use list, show, search or --json when piping");
      await browse(opt(), cmd.optsWithGlobals<Globals>().data);
    });
}
