/** `list <kind>`: the records of one kind, filtered by the flags its filter specification gives. */
import { Option, type Command } from "commander";
import { NAME, type Globals, loadAtlas, format, printList, type CommandContext } from "./context.js";

export function defineList(ctx: CommandContext): void {
  const { command, v, opt, io } = ctx;
  const list = command("list")
    .argument("<kind>", `one of: ${(v?.KIND_CHOICES ?? []).join(", ")} (also timeline)`)
    .description("list records of one kind, filtered");
  for (const [key, help] of Object.entries(v?.FILTER_FLAGS ?? {})) list.addOption(new Option(`${opt().flagName(key)} <value>`, help));
  list
    .addHelpText("after", `\nExamples:\n  ${NAME} list deposits --commodity gold --region kalbajar\n  ${NAME} list statistics --region kalbajar --category killed --json\n  ${NAME} list events --from 1993 --to 1994`)
    .action(async (kindText: string, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals & Record<string, unknown>>();
      const kind = opt().parseKind(kindText);
      format(globals);
      const atlas = await loadAtlas(opt(), globals.data);
      const filter = opt().parseFilter(atlas, kind, cmd.opts());
      await printList(opt(), io, globals, atlas, kind, opt().listRecords(atlas, kind, filter), `no ${kindText} match these filters`);
    });
}
