/** `browse`: the interactive browser. */
import type { Command } from "commander";
import { type Globals, isInteractive, browse, type CommandContext } from "./context.js";
import { usageError } from "../errors.js";

export function defineBrowse(ctx: CommandContext): void {
  const { command, opt, tx } = ctx;
  command("browse")
    .description(tx.t("cli.help.browse"))
    .action(async (_opts, cmd: Command) => {
      if (!isInteractive()) throw usageError(tx.t("cli.error.needs-terminal"));
      await browse(opt(), tx, cmd.optsWithGlobals<Globals>().data);
    });
}
