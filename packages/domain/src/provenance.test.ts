import { describe, expect, it } from "vitest";
import {
  SUMMARY_LABEL,
  citationWords,
  citationWordsKind,
  citedFieldLabel,
  countryName,
  formatCitationWords,
  languageName,
  sourceAuthor,
} from "./provenance.js";

describe("citation words", () => {
  it("puts a quote in quotation marks and labels a summary without them", () => {
    expect(citationWords({ excerpt: "511 innocent civilians were killed" }).map(formatCitationWords)).toEqual(["“511 innocent civilians were killed”"]);
    const summary = formatCitationWords({ kind: "summary", text: "The letter lists seven districts." });
    expect(summary).toBe(`${SUMMARY_LABEL}: The letter lists seven districts.`);
    expect(summary).not.toMatch(/[“”"]/);
  });

  it("lists the quote first, then the summary, and names the kinds for a table", () => {
    const both = { excerpt: "Distributed 22 December 2020", summary: "Date of distribution." };
    expect(citationWords(both).map((w) => w.kind)).toEqual(["excerpt", "summary"]);
    expect(citationWordsKind(both)).toBe("excerpt+summary");
    expect(citationWordsKind({ summary: "s" })).toBe("summary");
    expect(citationWords({})).toEqual([]);
  });
});

describe("who says it", () => {
  it("is the author where one is named, else the publisher", () => {
    expect(sourceAuthor({ publisher: "United Nations", author: "Ministry of Foreign Affairs of Azerbaijan" })).toBe("Ministry of Foreign Affairs of Azerbaijan");
    expect(sourceAuthor({ publisher: "Trend News Agency" })).toBe("Trend News Agency");
  });
});

describe("labels for readers", () => {
  it("says what a citation supports in words, not as a field path", () => {
    expect(citedFieldLabel("observations[0].citations[1]")).toBe("Observations 1");
    expect(citedFieldLabel("regions[2].citations[0]")).toBe("Regions 3");
    expect(citedFieldLabel("controlPeriods[0].returnedOn[1].citations[0]")).toBe("Control periods 1 › returned on 2");
    expect(citedFieldLabel("commodityCitations[0]")).toBe("Commodity");
    expect(citedFieldLabel("citations[3]")).toBe("The record");
    expect(citedFieldLabel("observations[0].citations[1]")).not.toMatch(/[[\].]/);
  });

  it("names countries and languages", () => {
    expect(countryName("CH")).toBe("Switzerland");
    expect(countryName("LI")).toBe("Liechtenstein");
    expect(countryName("li")).toBe("Liechtenstein");
    expect(countryName("XX")).toBe("XX");
    expect(languageName("zh")).toBe("Chinese");
    expect(languageName("hy-Latn")).toBe("Armenian (Latin script)");
    expect(languageName("xx")).toBe("xx");
  });
});
