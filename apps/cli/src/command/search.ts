/** `search <query...>`: records by name or alias. */
import type { Command } from "commander";
import { NAME, type Globals, loadAtlas, out, format, type CommandContext } from "./context.js";
import { notFoundError, usageError } from "../errors.js";
import { csvText, printJson } from "../output.js";

export function defineSearch(ctx: CommandContext): void {
  const { command, opt, io, tx } = ctx;
  command("search")
    .argument("<query...>", tx.t("cli.help.search-query"))
    .option("--kind <kind>", tx.t("cli.help.option-kind"))
    .option("--limit <n>", tx.t("cli.help.search-limit"), "20")
    .description(tx.t("cli.help.search"))
    .addHelpText("after", `\n${tx.t("cli.help.examples")}\n  ${NAME} search qizilbulaq\n  ${NAME} search drmbon --kind deposits`)
    .action(async (words: string[], opts: { kind?: string; limit: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const kind = opts.kind ? opt().parseKind(opts.kind, tx) : undefined;
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw usageError(tx.t("cli.error.not-whole-number", { flag: "--limit", value: opts.limit }));
      const mode = format(globals, tx);
      const atlas = await loadAtlas(opt(), tx, globals.data);
      const query = words.join(" ");
      const all = atlas.search(query, { limit: Number.MAX_SAFE_INTEGER, kinds: kind ? [kind] : undefined });
      const hits = all.slice(0, limit);
      if (hits.length === 0) {
        // A number is not a spelling mistake: '511' is not suggested '711'.
        const suggestions = /^[\d\s.,]+$/.test(query) ? [] : atlas.searchSuggestions(query, 3);
        const nothing = tx.t("cli.error.nothing-matches", { query });
        throw notFoundError(suggestions.length > 0 ? `${nothing} — ${tx.t("cli.error.try", { suggestions: suggestions.map((s) => `'${s}'`).join(", ") })}` : nothing);
      }
      const o = out(globals, io);
      if (mode === "json") return printJson(o, hits);
      if (mode === "csv") {
        return o.write(csvText(opt().csvStringify(hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title, score: h.score })), { header: true })));
      }
      const { paint, formatTable, titleIn } = opt();
      const upper = (text: string) => text.toLocaleUpperCase(tx.lang);
      // The kind as the id's namespace (a word to type: --kind deposit), the title in the reader's language.
      const title = (h: (typeof hits)[number]) => {
        const entry = atlas.find(h.id);
        return entry ? titleIn(atlas, entry, tx) : h.title;
      };
      o.write(
        formatTable(
          [{ header: upper(tx.t("common.kind")), value: (h: (typeof hits)[number]) => h.kind }, { header: "ID", value: (h) => h.id }, { header: upper(tx.t("common.title")), value: title }],
          hits,
          (header) => paint(header, "heading", o.color),
        ),
      );
      if (all.length > hits.length) io.stderr(`${tx.t("cli.search.more", { shown: hits.length, count: all.length })}\n`);
    });
}
