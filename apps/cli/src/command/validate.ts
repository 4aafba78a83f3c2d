/** `validate <dir>`: record files checked against the schemas and each other. */
import { join } from "node:path";
import type { Command } from "commander";
import { NAME, type Globals, out, format, type CommandContext } from "./context.js";
import { EXIT } from "../errors.js";
import { plainRow, printJson } from "../output.js";

export function defineValidate(ctx: CommandContext): void {
  const { command, io, status, tx } = ctx;
  command("validate")
    .argument("<dir>", tx.t("cli.help.validate-dir"))
    .description(`${tx.t("cli.help.validate")}; ${tx.t("cli.help.validate-prints")}`)
    .addHelpText("after", `\n${tx.t("cli.help.example")}\n  ${NAME} validate packages/data/records`)
    .action(async (dir: string, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const { validateDirectory, formatProblems } = await import("@karabakh-atlas/data/validate");
      const result = validateDirectory(dir);
      const o = out(globals, io);
      if (format(globals, tx) === "json") printJson(o, { files: result.files, problems: result.problems });
      else if (result.problems.length > 0) {
        // One line per problem, in plain text: a message may quote a value from the files.
        const located = result.problems.map((p) => plainRow(formatProblems([{ ...p, file: p.file === dir ? dir : join(dir, p.file) }])));
        o.write(`${located.join("\n")}\n`);
        const params = { count: result.problems.length, dir };
        io.stderr(`${result.problems.length === 1 ? tx.t("cli.validate.problem", params) : tx.t("cli.validate.problems", params)}\n`);
      } else o.write(`${tx.t("cli.validate.ok", { count: result.files, dir })}\n`);
      if (result.problems.length > 0) status.exitCode = EXIT.notFound;
    });
}
