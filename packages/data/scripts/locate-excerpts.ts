/**
 * `npx tsx scripts/locate-excerpts.ts --stored DIR [--write] [--summaries]`: finds each cited
 * excerpt in a stored copy of its source and names where it is (paragraph, section, table row),
 * for citations whose locator says no more than "article text".
 *
 * The stored copies are text files in DIR named `<source id>.txt`, one block of the page per
 * line, marked as src/locate-excerpts.ts describes, so paragraphs are counted the way a reader
 * counts them.
 *
 * Seed documents (a source's `seedFile`, under KARABAKH_SHARED/seeds) are read as well, one
 * paragraph per non-empty line. An excerpt may skip words with `...`; every piece must be in the
 * copy, and all in one block (or in consecutive paragraphs, "paras. 3–4"), or the citation is
 * reported as not found and left as it is; an excerpt already located is checked against the
 * copy too. `--write` rewrites the record files' locators (run
 * `npm run data:fmt` after). `--summaries` lists, for each citation that has only a summary, the
 * sentences of the stored copy that share most words with it: candidates for the source's own
 * words, to be read and chosen by a person, never copied blindly.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap, isScalar, parseDocument, visit } from "yaml";
import { RECORD_STYLE, recordFiles } from "../src/format-records.js";
import { locate, missingPiece, nearestSentences, readPlainText, readStoredCopy, type StoredCopy } from "../src/locate-excerpts.js";

const here = dirname(fileURLToPath(import.meta.url));
const recordsDir = join(here, "..", "records");
const args = process.argv.slice(2);
const storedArg = args[args.indexOf("--stored") + 1];
if (!args.includes("--stored") || !storedArg || storedArg.startsWith("-")) {
  process.stderr.write("usage: npx tsx scripts/locate-excerpts.ts --stored <folder of <source id>.txt> [--write] [--summaries]\n");
  process.exit(2);
}
const write = args.includes("--write");
const summaries = args.includes("--summaries");
const storedDir = resolve(process.cwd(), storedArg);
const shared = process.env.KARABAKH_SHARED || resolve(here, "../../../../shared");

/** The words a locator may replace: it says only that the words are somewhere in the page. */
const VAGUE = /^\s*article text\s*$/i;

function loadCopies(): Map<string, StoredCopy> {
  const copies = new Map<string, StoredCopy>();
  if (existsSync(storedDir)) {
    for (const f of readdirSync(storedDir).filter((f) => f.endsWith(".txt"))) copies.set(basename(f, ".txt"), readStoredCopy(readFileSync(join(storedDir, f), "utf8")));
  }
  const seeds = join(shared, "seeds");
  for (const f of recordFiles(join(recordsDir, "sources"))) {
    const seedFile = /^seedFile:\s*(\S+)/m.exec(readFileSync(f, "utf8"))?.[1];
    const id = basename(f).replace(/\.ya?ml$/, "");
    if (seedFile && !copies.has(id) && existsSync(join(seeds, seedFile))) copies.set(id, readPlainText(readFileSync(join(seeds, seedFile), "utf8")));
  }
  return copies;
}

const copies = loadCopies();
let vague = 0;
let located = 0;
let withCopy = 0;
const report: string[] = [];
for (const file of recordFiles(recordsDir)) {
  if (file.includes(`${join("records", "sources")}`)) continue;
  const text = readFileSync(file, "utf8");
  const doc = parseDocument(text);
  let changed = false;
  visit(doc, {
    Map(_, node) {
      if (!isMap(node)) return;
      const source = node.get("source");
      const locator = node.get("locator");
      if (typeof source !== "string" || typeof locator !== "string") return;
      const excerpt = node.get("excerpt");
      const summary = node.get("summary");
      const copy = copies.get(source);
      if (summaries && typeof excerpt !== "string" && typeof summary === "string" && copy) {
        report.push(`SUMMARY ${relative(recordsDir, file)} ${source}\n  summary: ${summary}\n  ${nearestSentences(copy, summary).join("\n  ")}`);
      }
      if (!VAGUE.test(locator)) {
        // Already located: still say when its words are not in the copy.
        if (typeof excerpt === "string" && copy) {
          const missing = missingPiece(copy, excerpt);
          if (missing !== undefined) report.push(`NOT FOUND ${relative(recordsDir, file)} ${source} (${locator}): "${missing.slice(0, 60)}" is not in the stored copy`);
        }
        return;
      }
      vague++;
      if (!copy) return;
      withCopy++;
      if (typeof excerpt !== "string") {
        report.push(`NO EXCERPT ${relative(recordsDir, file)} ${source}: a summary only; left as "${locator}"`);
        return;
      }
      const result = locate(copy, excerpt);
      if ("problem" in result) {
        report.push(`NOT FOUND ${relative(recordsDir, file)} ${source}: ${result.problem}`);
        return;
      }
      located++;
      report.push(`${result.where.padEnd(28)} ${relative(recordsDir, file)} ${source}: "${excerpt.slice(0, 70)}"`);
      const scalar = node.get("locator", true);
      if (isScalar(scalar)) scalar.value = result.where;
      changed = true;
    },
  });
  if (write && changed) writeFileSync(file, doc.toString(RECORD_STYLE));
}
process.stdout.write(`${report.join("\n")}\n\n`);
process.stdout.write(
  `${vague} citations say only "article text"; ${withCopy} of them cite a source with a stored copy; ${located} located${write ? " and rewritten" : " (run with --write to rewrite them)"}\n`,
);
