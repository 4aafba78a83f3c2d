/** `completion <shell>`: a shell completion script of every command, kind and flag. */
import type { Command } from "commander";
import { NAME, type CommandContext } from "./context.js";
import { usageError } from "../errors.js";

/** `build` gives the whole program, every command built in full, for the script to list. */
export function defineCompletion(ctx: CommandContext, build: () => Command): void {
  const { command, v, io, tx } = ctx;
  command("completion")
    .argument("<shell>", tx.t("cli.help.completion-shell"))
    .description(tx.t("cli.help.completion"))
    .addHelpText(
      "after",
      `\n${tx.t("cli.help.install")}\n  bash  source <(${NAME} completion bash)        (~/.bashrc)\n  zsh   ${NAME} completion zsh > "\${fpath[1]}/_${NAME}"\n  fish  ${NAME} completion fish > ~/.config/fish/completions/${NAME}.fish`,
    )
    .action(async (shellText: string) => {
      const { SHELLS, completionScript } = await import("../completion.js");
      const shell = shellText.toLowerCase();
      if (!(SHELLS as readonly string[]).includes(shell)) throw usageError(tx.t("cli.error.unknown-shell", { value: shellText, choices: SHELLS.join(", ") }));
      const full = build();
      const longs = (c: Command) => c.options.map((o) => o.long).filter((l): l is string => Boolean(l));
      io.stdout(
        completionScript(shell as (typeof SHELLS)[number], {
          name: NAME,
          globals: [...longs(full), "--help"],
          commands: full.commands.map((c) => ({ name: c.name(), description: c.description().split("\n")[0] ?? "", options: longs(c) })),
          kinds: [...(v?.KIND_CHOICES ?? []), "timeline"],
        }),
      );
    });
}
