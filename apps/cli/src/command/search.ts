/** `search <query...>`: records by name or alias. */
import type { Command } from "commander";
import { NAME, type Globals, loadAtlas, out, format, type CommandContext } from "./context.js";
import { notFoundError, usageError } from "../errors.js";
import { csvText, printJson } from "../output.js";

export function defineSearch(ctx: CommandContext): void {
  const { command, opt, io } = ctx;
  command("search")
    .argument("<query...>", "names and aliases, with or without diacritics")
    .option("--kind <kind>", "only records of this kind")
    .option("--limit <n>", "at most this many results", "20")
    .description("search every record by name or alias")
    .addHelpText("after", `\nExamples:\n  ${NAME} search qizilbulaq\n  ${NAME} search drmbon --kind deposits`)
    .action(async (words: string[], opts: { kind?: string; limit: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const kind = opts.kind ? opt().parseKind(opts.kind) : undefined;
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit: '${opts.limit}' is not a whole number above 0`);
      const mode = format(globals);
      const atlas = await loadAtlas(opt(), globals.data);
      const query = words.join(" ");
      const all = atlas.search(query, { limit: Number.MAX_SAFE_INTEGER, kinds: kind ? [kind] : undefined });
      const hits = all.slice(0, limit);
      if (hits.length === 0) {
        // A number is not a spelling mistake: '511' is not suggested '711'.
        const suggestions = /^[\d\s.,]+$/.test(query) ? [] : atlas.searchSuggestions(query, 3);
        throw notFoundError(`nothing matches '${query}'${suggestions.length > 0 ? ` — try ${suggestions.map((s) => `'${s}'`).join(", ")}` : ""}`);
      }
      const o = out(globals, io);
      if (mode === "json") return printJson(o, hits);
      if (mode === "csv") {
        return o.write(csvText(opt().csvStringify(hits.map((h) => ({ kind: h.kind, id: h.id, title: h.title, score: h.score })), { header: true })));
      }
      const { paint, formatTable } = opt();
      o.write(formatTable([{ header: "KIND", value: (h: (typeof hits)[number]) => h.kind }, { header: "ID", value: (h) => h.id }, { header: "TITLE", value: (h) => h.title }], hits, (header) => paint(header, "heading", o.color)));
      if (all.length > hits.length) io.stderr(`${hits.length} of ${all.length} matches — all of them with --limit ${all.length}\n`);
    });
}
