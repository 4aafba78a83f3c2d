/**
 * `npm run data:fmt`: rewrites every YAML record file under `records/` (or the folder given) in
 * the one style of src/format-records.ts. With `--check`, writes nothing, lists the files that
 * differ from that style and exits 1 if there are any.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { plainText } from "@karabakh-atlas/domain";
import { formatRecordText, recordFiles } from "../src/format-records.js";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const unknown = args.filter((a) => a.startsWith("-") && a !== "--check");
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(", ")}; usage: npm run data:fmt [-- --check] [records folder]\n`);
  process.exit(2);
}
const folderArg = args.find((a) => !a.startsWith("-"));
const root = folderArg ? resolve(process.cwd(), folderArg) : join(here, "..", "records");
const shown = (file: string) => relative(process.cwd(), file);

const files = recordFiles(root);
const differ: string[] = [];
const broken: string[] = [];
let aliased = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let formatted: ReturnType<typeof formatRecordText>;
  try {
    formatted = formatRecordText(text);
  } catch (error) {
    broken.push(`${shown(file)}  ${plainText((error as Error).message)}`);
    continue;
  }
  if (formatted.text === text) continue;
  differ.push(shown(file));
  aliased += formatted.aliased;
  if (!check) writeFileSync(file, formatted.text);
}

if (broken.length > 0) process.stderr.write(`${broken.join("\n")}\n\n${broken.length} file${broken.length === 1 ? "" : "s"} could not be read as YAML, left as they are (npm run data:check says more)\n`);
if (check) {
  if (differ.length > 0) {
    process.stderr.write(`${differ.join("\n")}\n\n${differ.length} of ${files.length} record files are not written as data:fmt writes them. Run \`npm run data:fmt\` to rewrite them.\n`);
    process.exit(1);
  }
  process.stdout.write(`ok: ${files.length} record files written in the one style\n`);
} else {
  process.stdout.write(`${differ.length} of ${files.length} record files rewritten${aliased > 0 ? `; ${aliased} repeated citation${aliased === 1 ? "" : "s"} now written once and referred to by an alias` : ""}\n`);
}
if (broken.length > 0) process.exit(1);
