/**
 * Finding a cited excerpt in a stored copy of its source and naming where it is (paragraph,
 * section, list item, table row), for scripts/locate-excerpts.ts. A stored copy is a text file
 * with one block of the page per line, marked by what it is:
 *
 *   url: https://…            the address the copy was stored from (first line, optional)
 *   # Headline                the page's title: not a paragraph
 *   ## History                a section heading: paragraphs after it are counted within it;
 *   ## (lead)                 the lead of an encyclopedia article (before its first heading)
 *   % byline: text            matter that is not a paragraph (byline, dateline, caption,
 *                             infobox); an excerpt found here is located by its label
 *   | a | b |                 a table row, counted within its table
 *   any other line            a paragraph
 */

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

export interface Block {
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

/** A plain text (a seed document): one paragraph per non-empty line, nothing else marked. */
export function readPlainText(text: string): StoredCopy {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return { blocks: lines.map((line, i) => ({ where: `para. ${i + 1}`, para: i + 1, section: "", text: normalise(line) })) };
}

/** An excerpt may skip words with `...` or `…`: its pieces, each to be found verbatim, in order. */
export function excerptPieces(excerpt: string): string[] {
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
export function nearestSentences(copy: StoredCopy, summary: string, n = 3): string[] {
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

/** The first piece of the excerpt that is nowhere in the copy (paragraph breaks ignored), or undefined when all are. */
export function missingPiece(copy: StoredCopy, excerpt: string): string | undefined {
  const whole = copy.blocks.map((b) => b.text).join(" ");
  return excerptPieces(excerpt).find((piece) => !whole.includes(piece));
}
