/** `list <kind>`: the records of one kind, filtered by the flags its filter specification gives. */
import { Option, type Command } from "commander";
import { NAME, type Globals, type Vocab, collectValues, loadAtlas, format, printList, type CommandContext } from "./context.js";
import { usageError } from "../errors.js";

export function defineList(ctx: CommandContext): void {
  const { command, v, opt, io } = ctx;
  const list = command("list")
    .argument("<kind>", `one of: ${(v?.KIND_CHOICES ?? []).join(", ")} (also timeline)`)
    .description("list records of one kind, filtered");
  for (const [key, help] of Object.entries(v?.FILTER_FLAGS ?? {})) {
    list.addOption(new Option(`${opt().flagName(key)} <value>`, `${help} (repeat for any of several)`).argParser(collectValues));
  }
  list.addOption(new Option("--sort <column>", `deposits: sort the table by ${(v?.DEPOSIT_SORTS ?? []).join(", ")} (reserve: largest first)`));
  list
    .addHelpText("after", `\nExamples:\n  ${NAME} list deposits --commodity gold --region kalbajar\n  ${NAME} list statistics --region kalbajar --category killed --json\n  ${NAME} list events --from 1993 --to 1994`)
    .action(async (kindText: string, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals & Record<string, unknown>>();
      const kind = opt().parseKind(kindText);
      format(globals);
      const atlas = await loadAtlas(opt(), globals.data);
      const { sort, ...filters } = cmd.opts<{ sort?: string }>();
      const filter = opt().parseFilter(atlas, kind, filters);
      let records = opt().listRecords(atlas, kind, filter);
      if (sort !== undefined) {
        if (kind !== "deposit") throw usageError(`--sort applies to deposits — for ${kindText}, leave it out`);
        records = opt().sortDeposits(atlas, records as Parameters<Vocab["sortDeposits"]>[1], opt().parseSort(sort));
      }
      await printList(opt(), io, globals, atlas, kind, records, `no ${kindText} match these filters`);
    });
}
