import { describe, expect, it } from "vitest";
import { IdSchema, foldText, slugify, tokenize } from "./index.js";

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
