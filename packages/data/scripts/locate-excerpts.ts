/**
 * `npx tsx scripts/locate-excerpts.ts --stored DIR [--write] [--summaries]`: finds each cited
 * excerpt in a stored copy of its source and names where it is (paragraph, section, table row),
 * for citations whose locator says no more than "article text".
 *
 * The stored copies are text files in DIR named `<source id>.txt`, one block of the page per
 * line, marked by what it is, so paragraphs are counted the way a reader counts them:
 *
 *   url: https://…            the address the copy was stored from (first line, optional)
 *   # Headline                the page's title: not a paragraph
 *   ## History                a section heading: paragraphs after it are counted within it;
 *   ## (lead)                 the lead of an encyclopedia article (before its first heading)
 *   % byline: text            matter that is not a paragraph (byline, dateline, caption,
 *                             infobox); an excerpt found here is located by its label
 *   | a | b |                 a table row, counted within its table
 *   any other line            a paragraph
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

/** Whitespace folded, typographic quotes and dashes made plain, so a copy's typography cannot hide a match. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2014\u2212]/g, "-")
    .replace(/\u00a0/g, " ")
    // An encyclopedia's footnote marks ([3], [a], [citation needed], [edit]) are not the source's words.
    .replace(/\[(?:\d+|[a-z]|citation needed|edit)\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface Block {
  /** How a reader finds it: "para. 3", `section "History", para. 2`, "table, row 4", "byline". */
  where: string;
  /** Paragraph number within its section, for ranges; undefined for other blocks. */
  para?: number;
  section: string;
  text: string;
}

export interface StoredCopy {
  url?: string;
  blocks: Block[];
}

export function readStoredCopy(text: string): StoredCopy {
  const blocks: Block[] = [];
  let url: string | undefined;
  let section = "";
  let para = 0;
  let row = 0;
  let inTable = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (/^url:\s*https?:\/\//.test(line) && blocks.length === 0 && url === undefined) {
      url = line.replace(/^url:\s*/, "");
      continue;
    }
    if (line.startsWith("## ")) {
      const heading = line.slice(3).trim();
      section = heading === "(lead)" ? "lead section" : `section "${heading}"`;
      para = 0;
      inTable = false;
      blocks.push({ where: section, section, text: heading === "(lead)" ? "" : heading });
      continue;
    }
    if (line.startsWith("# ")) {
      blocks.push({ where: "title", section, text: line.slice(2) });
      continue;
    }
    if (line.startsWith("% ")) {
      const m = /^%\s*([^:]+):\s*(.*)$/.exec(line);
      blocks.push({ where: m ? m[1]!.trim() : "page furniture", section, text: m ? m[2]! : line.slice(2) });
      continue;
    }
    if (line.startsWith("|")) {
      row = inTable ? row + 1 : 1;
      inTable = true;
      blocks.push({ where: `${section ? `${section}, ` : ""}table, row ${row}`, section, text: line.replace(/\s*\|\s*/g, " ").trim() });
      continue;
    }
    inTable = false;
    para++;
    blocks.push({ where: `${section ? `${section}, ` : ""}para. ${para}`, para, section, text: line });
  }
  return { url, blocks: blocks.map((b) => ({ ...b, text: normalise(b.text) })) };
}

/** A seed document: one paragraph per non-empty line, nothing else marked. */
function readSeed(text: string): StoredCopy {
  return readStoredCopy(
    text
      .split(/\r?\n/)
      .filter((l) => l.trim() && !/^(#|%|\||url:)/.test(l.trim()))
      .join("\n"),
  );
}

function excerptPieces(excerpt: string): string[] {
  return excerpt
    .split(/\s*(?:\.\.\.|…)\s*/)
    .map(normalise)
    .map((p) => p.replace(/^['"]+|['"]+$/g, ""))
    .filter((p) => p.length > 0);
}

/** Where the excerpt is, or why it was not found. */
export function locate(copy: StoredCopy, excerpt: string): { where: string } | { problem: string } {
  const pieces = excerptPieces(excerpt);
  const hits: number[] = [];
  let from = 0;
  for (const piece of pieces) {
    let found = -1;
    for (let i = from; i < copy.blocks.length; i++) {
      if (copy.blocks[i]!.text.includes(piece)) {
        found = i;
        break;
      }
    }
    if (found < 0) {
      // Words that run on from one paragraph into the next.
      for (let i = from; i + 1 < copy.blocks.length; i++) {
        if (`${copy.blocks[i]!.text} ${copy.blocks[i + 1]!.text}`.includes(piece) && !copy.blocks[i + 1]!.text.includes(piece)) {
          hits.push(i);
          found = i + 1;
          break;
        }
      }
    }
    if (found < 0) return { problem: `"${piece.slice(0, 60)}" is not in the stored copy${from > 0 ? " after the words before it" : ""}` };
    // A piece that occurs in more than one block is ambiguous only if it is the first.
    if (hits.length === 0 && copy.blocks.filter((b) => b.text.includes(piece)).length > 1) return { problem: `"${piece.slice(0, 60)}" is in more than one place` };
    hits.push(found);
    from = found;
  }
  const first = copy.blocks[hits[0]!]!;
  const last = copy.blocks[hits[hits.length - 1]!]!;
  if (first === last) return { where: first.where };
  if (first.para !== undefined && last.para !== undefined && first.section === last.section) {
    return { where: `${first.section ? `${first.section}, ` : ""}paras. ${first.para}–${last.para}` };
  }
  return { where: `${first.where} and ${last.where}` };
}

/** Sentences of the copy ranked by the share of the summary's content words they hold. */
function candidates(copy: StoredCopy, summary: string, n = 3): string[] {
  const words = (t: string) => new Set(normalise(t).toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
  const want = words(summary);
  const scored: { score: number; text: string }[] = [];
  for (const block of copy.blocks) {
    for (const sentence of block.text.split(/(?<=[.!?])\s+/)) {
      const have = words(sentence);
      let shared = 0;
      for (const w of want) if (have.has(w)) shared++;
      if (shared > 0) scored.push({ score: shared / Math.max(1, want.size), text: `[${block.where}] ${sentence}` });
    }
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map((s) => `${s.score.toFixed(2)} ${s.text}`);
}

function loadCopies(): Map<string, StoredCopy> {
  const copies = new Map<string, StoredCopy>();
  if (existsSync(storedDir)) {
    for (const f of readdirSync(storedDir).filter((f) => f.endsWith(".txt"))) copies.set(basename(f, ".txt"), readStoredCopy(readFileSync(join(storedDir, f), "utf8")));
  }
  const seeds = join(shared, "seeds");
  for (const f of recordFiles(join(recordsDir, "sources"))) {
    const seedFile = /^seedFile:\s*(\S+)/m.exec(readFileSync(f, "utf8"))?.[1];
    const id = basename(f).replace(/\.ya?ml$/, "");
    if (seedFile && !copies.has(id) && existsSync(join(seeds, seedFile))) copies.set(id, readSeed(readFileSync(join(seeds, seedFile), "utf8")));
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
        report.push(`SUMMARY ${relative(recordsDir, file)} ${source}\n  summary: ${summary}\n  ${candidates(copy, summary).join("\n  ")}`);
      }
      if (!VAGUE.test(locator)) {
        // Already located: still say when its words are not in the copy.
        if (typeof excerpt === "string" && copy) {
          const whole = copy.blocks.map((b) => b.text).join(" ");
          const missing = excerptPieces(excerpt).find((piece) => !whole.includes(piece));
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
