import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { countRepeatedCitations, countWrittenRepeats, formatRecordText, recordFiles } from "./format-records.js";

const RECORDS = join(dirname(fileURLToPath(import.meta.url)), "..", "records");

const format = (text: string) => formatRecordText(text).text;

describe("the record formatter", () => {
  it("indents sequences under their key", () => {
    expect(format("commodities:\n- gold\n- copper\nnames:\n  en: X\n")).toBe("commodities:\n  - gold\n  - copper\nnames:\n  en: X\n");
  });

  it("writes text plain where YAML allows, else in double quotes, and keeps what needs quotes quoted", () => {
    const text = [
      "a: 'plain enough'",
      'b: "also plain"',
      "c: 'needs: quotes'",
      "d: '\"Quoted\" at the start'",
      'e: "2003"',
      "f: 'true'",
      "g: 2003",
      "h: '#hash'",
      "",
    ].join("\n");
    expect(format(text)).toBe(['a: plain enough', 'b: also plain', 'c: "needs: quotes"', `d: '"Quoted" at the start'`, 'e: "2003"', 'f: "true"', "g: 2003", 'h: "#hash"', ""].join("\n"));
  });

  it("keeps a long text on one line and unfolds one folded over several", () => {
    const long = "word ".repeat(40).trim();
    expect(format(`excerpt: ${long}\n`)).toBe(`excerpt: ${long}\n`);
    expect(format("title: a title folded\n  over two lines\n")).toBe("title: a title folded over two lines\n");
  });

  it("writes a text with line breaks as a literal block and a flow list as a block list", () => {
    expect(format('note: "one\\ntwo\\n"\nlangs: [en, az]\n')).toBe("note: |\n  one\n  two\nlangs:\n  - en\n  - az\n");
  });

  it("keeps comments, blank lines and the order of keys", () => {
    const text = "# a record\nid: x\n\n# the names\nnames:\n  en: X # English\nkind: town\n";
    expect(format(text)).toBe(text);
  });

  it("writes a citation repeated word for word once, with an anchor, and aliases for the repeats", () => {
    const cite = "source: s\n    locator: p. 1\n    excerpt: Words.";
    const text = `citations:\n  - ${cite}\nfigures:\n  - value: 1\n    citations:\n      - excerpt: Words.\n        locator: p. 1\n        source: s\n  - value: 2\n    citations:\n      - ${cite.replaceAll("\n    ", "\n        ")}\n      - source: t\n        locator: p. 2\n        excerpt: Other words.\n`;
    const { text: out, aliased } = formatRecordText(text);
    expect(aliased).toBe(2);
    expect(out).toBe(
      "citations:\n  - &cite-1\n    source: s\n    locator: p. 1\n    excerpt: Words.\nfigures:\n  - value: 1\n    citations:\n      - *cite-1\n  - value: 2\n    citations:\n      - *cite-1\n      - source: t\n        locator: p. 2\n        excerpt: Other words.\n",
    );
    expect(parse(out)).toEqual(parse(text));
    expect(countWrittenRepeats(text)).toBe(2);
    expect(countWrittenRepeats(out)).toBe(0);
    expect(countRepeatedCitations(parse(out))).toEqual({ citations: 4, repeats: 2 });
  });

  it("keeps an anchor a writer named, and does not take its name for another", () => {
    const text = "a:\n  - &cite-1\n    source: s\n    locator: p. 1\n    excerpt: Words.\n  - *cite-1\n  - source: t\n    locator: p. 2\n    excerpt: More.\nb:\n  - source: t\n    locator: p. 2\n    excerpt: More.\n";
    expect(format(text)).toBe("a:\n  - &cite-1\n    source: s\n    locator: p. 1\n    excerpt: Words.\n  - *cite-1\n  - &cite-2\n    source: t\n    locator: p. 2\n    excerpt: More.\nb:\n  - *cite-2\n");
  });

  it("leaves alone a mapping that is not a citation, and citations that differ in one word", () => {
    const text = "a:\n  - value: 1\n    unit: person\n  - value: 1\n    unit: person\nc:\n  - source: s\n    locator: p. 1\n    excerpt: Words.\n  - source: s\n    locator: p. 2\n    excerpt: Words.\n";
    expect(format(text)).toBe(text);
  });

  it("is idempotent and refuses YAML it cannot read", () => {
    const once = format("x:\n- 'a'\n- [b, c]\n");
    expect(format(once)).toBe(once);
    expect(() => formatRecordText("a: [b\n")).toThrow(/^cannot parse: /);
  });
});

describe("the record files", () => {
  it("are every one written as `npm run data:fmt` writes them (run it to fix this test)", () => {
    const differ = recordFiles(RECORDS).filter((file) => {
      const text = readFileSync(file, "utf8");
      return formatRecordText(text).text !== text;
    });
    expect(differ.map((file) => relative(RECORDS, file))).toEqual([]);
  });
});
