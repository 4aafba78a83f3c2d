/** `validate <dir>`: record files checked against the schemas and each other. */
import { join } from "node:path";
import type { Command } from "commander";
import { NAME, type Globals, out, format, type CommandContext } from "./context.js";
import { EXIT } from "../errors.js";
import { plainRow, printJson } from "../output.js";

export function defineValidate(ctx: CommandContext): void {
  const { command, io, status } = ctx;
  command("validate")
    .argument("<dir>", "a folder of records: meta.yaml and one folder per kind (regions/, deposits/, …)")
    .description("check record files against the schemas and each other; prints file:line:col field: message")
    .addHelpText("after", `\nExample:\n  ${NAME} validate packages/data/records`)
    .action(async (dir: string, _opts, cmd: Command) => {
      const globals = cmd.optsWithGlobals<Globals>();
      const { validateDirectory, formatProblems } = await import("@karabakh-atlas/data/validate");
      const result = validateDirectory(dir);
      const o = out(globals, io);
      if (format(globals) === "json") printJson(o, { files: result.files, problems: result.problems });
      else if (result.problems.length > 0) {
        // One line per problem, in plain text: a message may quote a value from the files.
        const located = result.problems.map((p) => plainRow(formatProblems([{ ...p, file: p.file === dir ? dir : join(dir, p.file) }])));
        o.write(`${located.join("\n")}\n`);
        io.stderr(`${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in ${dir}\n`);
      } else o.write(`ok: ${result.files} record files in ${dir} are valid\n`);
      if (result.problems.length > 0) status.exitCode = EXIT.notFound;
    });
}
