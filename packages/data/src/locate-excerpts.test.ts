import { describe, expect, it } from "vitest";
import { excerptPieces, locate, missingPiece, nearestSentences, normalise, readPlainText, readStoredCopy } from "./locate-excerpts.js";

const news = readStoredCopy(
  [
    "url: https://example.org/news/1",
    "# Headline that is not a paragraph",
    "% dateline: BAKU, 4 November",
    "First paragraph says the mine was discovered in 1951.",
    "Second paragraph: “Gold reserves are 120 tons,” the minister said.",
    "Other terms include:",
    "% list under para. 3, item 1: Peacekeepers – 1,960 servicemen.",
    "Third paragraph ends the story",
    "and runs on here.",
  ].join("\n"),
);

const article = readStoredCopy(
  [
    "# Zod gold mine",
    "% infobox: Area | 3,050 km2 | Population | 43 713 (1989) |",
    "## (lead)",
    "The Zod gold mine[1] is the largest mine in the region.[2]",
    "It lies on the border.",
    "## History",
    "The mine was discovered in 1951.",
    "Production began in 1976.",
    "| Year | Ore |",
    "| 2009 | 320,500 t |",
  ].join("\n"),
);

describe("readStoredCopy", () => {
  it("keeps the address and counts only paragraphs, not the title, dateline or list items", () => {
    expect(news.url).toBe("https://example.org/news/1");
    expect(news.blocks.filter((b) => b.para !== undefined).map((b) => b.where)).toEqual(["para. 1", "para. 2", "para. 3", "para. 4", "para. 5"]);
    expect(news.blocks[0]!.where).toBe("title");
    expect(news.blocks[1]!.where).toBe("dateline");
  });

  it("counts paragraphs within their section and rows within their table", () => {
    expect(article.blocks.map((b) => b.where)).toEqual([
      "title",
      "infobox",
      "lead section",
      "lead section, para. 1",
      "lead section, para. 2",
      'section "History"',
      'section "History", para. 1',
      'section "History", para. 2',
      'section "History", table, row 1',
      'section "History", table, row 2',
    ]);
  });
});

describe("locate", () => {
  it("names the paragraph that holds the words", () => {
    expect(locate(news, "the mine was discovered in 1951")).toEqual({ where: "para. 1" });
  });

  it("matches across typographic quotes and dashes", () => {
    expect(locate(news, '"Gold reserves are 120 tons," the minister said')).toEqual({ where: "para. 2" });
    expect(locate(news, "Peacekeepers - 1,960 servicemen")).toEqual({ where: "list under para. 3, item 1" });
  });

  it("ignores an encyclopedia's footnote marks", () => {
    expect(locate(article, "The Zod gold mine is the largest mine in the region.")).toEqual({ where: "lead section, para. 1" });
  });

  it("names a range when the words skip from one paragraph to a later one of the same section", () => {
    expect(locate(article, "The mine was discovered in 1951. ... Production began")).toEqual({ where: 'section "History", paras. 1–2' });
  });

  it("names both places when the words span sections or page furniture", () => {
    expect(locate(article, "Population | 43 713 (1989) ... The mine was discovered")).toEqual({ where: 'infobox and section "History", para. 1' });
  });

  it("follows words that run on into the next paragraph", () => {
    expect(locate(news, "Third paragraph ends the story and runs on")).toEqual({ where: "paras. 4–5" });
  });

  it("finds a table row", () => {
    expect(locate(article, "2009 320,500 t")).toEqual({ where: 'section "History", table, row 2' });
  });

  it("refuses words that are not in the copy, or not in the excerpt's order", () => {
    expect(locate(news, "the mine was found in 1951")).toEqual({ problem: '"the mine was found in 1951" is not in the stored copy' });
    expect(locate(news, "Gold reserves ... discovered in 1951")).toEqual({
      problem: '"discovered in 1951" is not in the stored copy after the words before it',
    });
  });

  it("refuses words that open more than one paragraph, which cannot say where they are", () => {
    expect(locate(article, "gold mine")).toEqual({ problem: '"gold mine" is in more than one place' });
  });
});

describe("helpers", () => {
  it("splits an excerpt at its ellipses and folds whitespace and quotes", () => {
    expect(excerptPieces("“One”  two … three...four")).toEqual(["One\" two", "three", "four"]);
    expect(normalise("a\u00a0b\n c [12] d")).toBe("a b c d");
  });

  it("reports the first piece of an excerpt that is nowhere in the copy", () => {
    expect(missingPiece(news, "Headline that is ... discovered in 1951")).toBeUndefined();
    expect(missingPiece(news, "Headline ... 130 tons")).toBe("130 tons");
  });

  it("reads a plain text one paragraph per line, whatever its lines start with", () => {
    const seed = readPlainText("Annex\n\n# not a heading here\nOn 2 April 1993 the district was occupied.\n");
    expect(locate(seed, "the district was occupied")).toEqual({ where: "para. 3" });
  });

  it("ranks the copy's sentences by the share of a summary's words they hold", () => {
    const [best] = nearestSentences(article, "production began 1976");
    expect(best).toBe('1.00 [section "History", para. 2] Production began in 1976.');
  });
});
