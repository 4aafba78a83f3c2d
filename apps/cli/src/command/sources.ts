/** `sources [id]`: the sources, or one source and every record that cites it. */
import type { Command } from "commander";
import { type Globals, loadAtlas, out, format, printList, type CommandContext } from "./context.js";
import { notFoundError } from "../errors.js";
import { csvText, printJson, printLines } from "../output.js";

export function defineSources(ctx: CommandContext): void {
  const { command, opt, io, tx } = ctx;
  command("sources")
    .argument("[id]", tx.t("cli.help.sources-id"))
    .description(tx.t("cli.help.sources"))
    .action(async (id: string | undefined, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const mode = format(globals, tx);
      const atlas = await loadAtlas(opt(), tx, globals.data);
      if (id === undefined) return printList(opt(), io, tx, globals, atlas, "source", atlas.sources(), tx.t("cli.sources.none"));
      const source = atlas.source(id);
      if (!source) throw notFoundError(opt().missing(atlas, "source", id, tx));
      const o = out(globals, io);
      if (mode === "json") return printJson(o, opt().recordJson(atlas, { kind: "source", record: source }));
      if (mode === "csv") {
        return o.write(csvText(opt().csvStringify(atlas.sourceUses(id).map((u) => ({ ...u })), { header: true, columns: ["kind", "id", "title", "field", "locator", "excerpt", "summary"] })));
      }
      printLines(o, new (opt().Describer)(atlas, tx).describe({ kind: "source", record: source }, o.width));
    });
}
