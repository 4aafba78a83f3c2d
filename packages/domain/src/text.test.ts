import { describe, expect, it } from "vitest";
import { CONTROL_CHARACTER, IdSchema, REPLACEMENT_CHARACTER, compareText, foldText, plainText, slugify, sortByText, tokenize } from "./index.js";
import * as vocabulary from "./vocabulary.js";

describe("foldText", () => {
  it.each([
    ["Kəlbəcər", "kelbecer"],
    ["KƏLBƏCƏR", "kelbecer"],
    ["Qızılbulaq", "qizilbulaq"],
    ["QIZILBULAQ", "qizilbulaq"],
    ["Kalbajar", "kalbajar"],
    ["KALBAJAR", "kalbajar"],
    ["İstanbul", "istanbul"],
    ["ISTANBUL", "istanbul"],
    ["ılıca", "ilica"],
    ["Ağdam", "agdam"],
    ["Şuşa", "susa"],
    ["Füzuli", "fuzuli"],
    ["Göygöl", "goygol"],
    ["Çəbrayıl", "cebrayil"],
    ["Zəngilan", "zengilan"],
    ["Qubadlı", "qubadli"],
    ["Kelbajar’s", "kelbajars"],
    ["Shusha's", "shushas"],
  ])("%s → %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("makes spellings that differ only in case and diacritics compare equal", () => {
    expect(new Set(["Kəlbəcər", "KELBECER", "kelbecer", "Kelbecer"].map(foldText)).size).toBe(1);
  });

  it("keeps other scripts, in lower case", () => {
    expect(foldText("Кельбаджар")).toBe("кельбаджар");
    expect(foldText("Ք")).toBe("ք");
  });
});

describe("compareText and sortByText", () => {
  it("orders by folded text: case and diacritics aside, Azerbaijani letters by their Latin base", () => {
    const names = ["Zangilan", "şuşa", "Ağdam", "agdam", "Kəlbəcər", "Kalbajar", "Aghdara", "Füzuli", "Fuzuli", "Gyzylbulag"];
    expect(sortByText(names, (n) => n)).toEqual(["Ağdam", "agdam", "Aghdara", "Fuzuli", "Füzuli", "Gyzylbulag", "Kalbajar", "Kəlbəcər", "şuşa", "Zangilan"]);
    expect([...names].sort(compareText)).toEqual(sortByText(names, (n) => n));
  });

  it("breaks ties by the text as written, so the order is total and the same everywhere", () => {
    expect(compareText("Agdam", "Ağdam")).toBeLessThan(0);
    expect(compareText("Ağdam", "Agdam")).toBeGreaterThan(0);
    expect(compareText("Agdam", "Agdam")).toBe(0);
    expect(compareText("unsc-822", "unsc-853")).toBeLessThan(0);
  });

  it("keeps the input order of equal items (stable) and does not change the input", () => {
    const items = [{ n: "B", i: 1 }, { n: "a", i: 2 }, { n: "B", i: 3 }];
    expect(sortByText(items, (x) => x.n).map((x) => x.i)).toEqual([2, 1, 3]);
    expect(items.map((x) => x.i)).toEqual([1, 2, 3]);
  });
});

describe("tokenize", () => {
  it("splits on anything that is not a letter or digit", () => {
    expect(tokenize("S/RES/822 (1993)")).toEqual(["s", "res", "822", "1993"]);
    expect(tokenize("Kəlbəcər rayonu")).toEqual(["kelbecer", "rayonu"]);
    expect(tokenize("  ---  ")).toEqual([]);
  });
});

describe("slugify", () => {
  it.each([
    ["Qızılbulaq", "qizilbulaq"],
    ["Base Metals", "base-metals"],
    ["Vallex Group CJSC", "vallex-group-cjsc"],
    ["  Kəlbəcər rayonu ", "kelbecer-rayonu"],
    ["Security Council resolution 822 (1993)", "security-council-resolution-822-1993"],
    ["GPM Gold", "gpm-gold"],
    ["Söyüdlü", "soyudlu"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(IdSchema.safeParse(slug).success).toBe(true);
  });
});

describe("plainText", () => {
  const R = REPLACEMENT_CHARACTER;

  it("leaves text without control characters unchanged, in any script", () => {
    for (const text of [
      "Qızılbulaq / Gyzylbulag / Drmbon",
      "Кельбаджар",
      "Քարվաճառ",
      "<script>alert(1)</script> & <b>bold</b> \"quoted\" 'single'",
      "javascript:alert(1)",
      "more than 70,000 people — 1993–1994 · “quoted” ‘x’ …",
      "emoji with a joiner: 👩‍👩‍👧 and a non-joiner: می‌خواهم",
      "",
    ]) {
      expect(plainText(text)).toBe(text);
      expect(plainText(text, { lineBreaks: "keep" })).toBe(text);
    }
  });

  it("replaces ESC, so no escape sequence (colour, clear screen, cursor, OSC 8 hyperlink) reaches a terminal", () => {
    expect(plainText("\u001b[2Jcleared")).toBe(`${R}[2Jcleared`);
    expect(plainText("\u001b[31mred\u001b[0m")).toBe(`${R}[31mred${R}[0m`);
    expect(plainText("\u001b]8;;https://evil.example/\u0007click\u001b]8;;\u0007")).toBe(`${R}]8;;https://evil.example/${R}click${R}]8;;${R}`);
    expect(plainText("\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\")).toBe(`${R}]8;;https://evil.example/${R}\\click${R}]8;;${R}\\`);
  });

  it("replaces BEL, NUL, backspace, DEL and the C1 controls (CSI U+009B, OSC U+009D, NEL U+0085)", () => {
    expect(plainText("ding\u0007")).toBe(`ding${R}`);
    expect(plainText("a\u0000b\u0008c\u007fd")).toBe(`a${R}b${R}c${R}d`);
    expect(plainText("\u009b2J \u009d8;;x\u009c \u0085")).toBe(`${R}2J ${R}8;;x${R} ${R}`);
  });

  it("replaces a lone carriage return (it lets later text overwrite earlier text), vertical tab and form feed", () => {
    expect(plainText("Safe\rEvil")).toBe(`Safe${R}Evil`);
    expect(plainText("a\u000bb\u000cc")).toBe(`a${R}b${R}c`);
  });

  it("replaces the bidirectional overrides, embeddings, isolates and marks", () => {
    expect(plainText("invoice\u202Efdp.exe")).toBe(`invoice${R}fdp.exe`);
    const bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
    expect(plainText(bidi)).toBe(R.repeat(bidi.length));
  });

  it("turns line breaks into one space by default, and keeps them (LF, CR LF) on request", () => {
    expect(plainText("first line\nsecond line")).toBe("first line second line");
    expect(plainText("a\r\n\r\nb\u2028c\u2029d")).toBe("a b c d");
    expect(plainText("a\r\nb\n\nc\u2028d\u2029e", { lineBreaks: "keep" })).toBe("a\r\nb\n\nc\nd\ne");
    expect(plainText("a\rb", { lineBreaks: "keep" })).toBe(`a${R}b`);
    expect(plainText("a\r\r\nb\n\r", { lineBreaks: "keep" })).toBe(`a${R}\r\nb\n${R}`);
  });

  it("turns a tab into a space", () => {
    expect(plainText("a\tb")).toBe("a b");
    expect(plainText("a\tb", { lineBreaks: "keep" })).toBe("a b");
  });

  it("leaves no control character behind, for every code point below U+00A0 and the bidi range", () => {
    const all = [...Array(0xa0).keys(), 0x200e, 0x200f, 0x2028, 0x2029, ...Array.from({ length: 0x202f - 0x202a }, (_, i) => 0x202a + i), 0x2066, 0x2067, 0x2068, 0x2069, 0x061c]
      .map((c) => String.fromCharCode(c))
      .join("");
    for (const lineBreaks of ["space", "keep"] as const) {
      const out = plainText(all, { lineBreaks });
      const shown = (c: string) => (c >= " " && c <= "~") || c === R || (lineBreaks === "keep" && c === "\n");
      expect([...out].filter((c) => !shown(c)).map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
      expect([...out].filter((c) => CONTROL_CHARACTER.test(c) && c !== "\n")).toEqual([]);
      expect(plainText(`${all}\r\n`, { lineBreaks }).replaceAll("\r\n", "")).not.toContain("\r");
      // Printable ASCII survives as it is.
      expect(out).toContain(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
    }
  });

  it("is in the zod-free vocabulary entry, the same function", () => {
    expect(vocabulary.plainText).toBe(plainText);
    expect(vocabulary.CONTROL_CHARACTER).toBe(CONTROL_CHARACTER);
  });
});

describe("azerbaijaniToEnglish", () => {
  it("spells Azerbaijani Latin letters as English does", async () => {
    const { azerbaijaniToEnglish } = await import("./text.js");
    expect(azerbaijaniToEnglish("Kəlbəcər")).toBe("kalbajar");
    expect(azerbaijaniToEnglish("Xocalı")).toBe("khojali");
    expect(azerbaijaniToEnglish("Laçın")).toBe("lachin");
    expect(azerbaijaniToEnglish("Kalbajar")).toBeUndefined();
    expect(azerbaijaniToEnglish("Кельбаджар")).toBeUndefined();
  });
});
