/** `list <kind>`: the records of one kind, filtered by the flags its filter specification gives. */
import { Option, type Command } from "commander";
import { NAME, type Globals, type Vocab, collectValues, loadAtlas, format, printList, type CommandContext } from "./context.js";
import { usageError } from "../errors.js";

export function defineList(ctx: CommandContext): void {
  const { command, v, opt, io, tx } = ctx;
  const list = command("list")
    .argument("<kind>", tx.t("cli.help.list-kind", { kinds: (v?.KIND_CHOICES ?? []).join(", ") }))
    .description(tx.t("cli.help.list"));
  for (const [key, help] of Object.entries(v?.filterFlags(tx) ?? {})) {
    list.addOption(new Option(`${opt().flagName(key)} <value>`, tx.t("cli.help.repeatable", { help })).argParser(collectValues));
  }
  list.addOption(new Option("--sort <column>", tx.t("cli.help.list-sort", { columns: (v?.DEPOSIT_SORTS ?? []).join(", ") })));
  list
    .addHelpText("after", `\n${tx.t("cli.help.examples")}\n  ${NAME} list deposits --commodity gold --region kalbajar\n  ${NAME} list statistics --region kalbajar --category killed --json\n  ${NAME} list events --from 1993 --to 1994`)
    .action(async (kindText: string, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals & Record<string, unknown>>();
      const kind = opt().parseKind(kindText, tx);
      const mode = format(globals, tx);
      const atlas = await loadAtlas(opt(), tx, globals.data);
      const { sort, ...filters } = cmd.opts<{ sort?: string }>();
      const filter = opt().parseFilter(atlas, kind, filters, tx);
      let records = opt().listRecords(atlas, kind, filter);
      if (sort !== undefined) {
        if (kind !== "deposit") throw usageError(tx.t("cli.error.sort-deposits-only", { kind: kindText }));
        // The table sorts by the names it shows; JSON and CSV are the same in every language.
        records = opt().sortDeposits(atlas, records as Parameters<Vocab["sortDeposits"]>[1], opt().parseSort(sort, tx), mode === "text" ? tx : undefined);
      }
      await printList(opt(), io, tx, globals, atlas, kind, records, tx.t("cli.list.none", { kind: kindText }));
    });
}
