/**
 * Folds text for matching: lower case, no diacritics, Azerbaijani letters mapped to their
 * Latin base (ə → e, ı → i), so that `Kəlbəcər`, `KELBECER` and `kelbecer` compare equal.
 */
export function foldText(text: string): string {
  return text
    .replace(/[Əə]/g, "e")
    .replace(/[ıİ]/g, "i")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[’'`ʼ]/g, "");
}

/**
 * The one order of names, titles and ids across the atlas: by folded text (as `foldText`: case,
 * diacritics and apostrophes aside), then as written, by code unit. It needs no locale data, so
 * a list comes out the same on the server, in the browser, in the terminal and in any Node build
 * (and a short-lived process does not pay for starting ICU's collator).
 */
export function compareText(a: string, b: string): number {
  return compareFolded(a, foldText(a), b, foldText(b));
}

/** A sorted copy of `items` by `compareText` of each item's text (folded once per item); stable. */
export function sortByText<T>(items: readonly T[], text: (item: T) => string): T[] {
  const keyed = items.map((item) => {
    const raw = text(item);
    return { item, raw, folded: foldText(raw) };
  });
  keyed.sort((a, b) => compareFolded(a.raw, a.folded, b.raw, b.folded));
  return keyed.map((k) => k.item);
}

/** `compareText` for texts already folded. */
function compareFolded(a: string, foldedA: string, b: string, foldedB: string): number {
  if (foldedA !== foldedB) return foldedA < foldedB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Splits folded text into search tokens (letters and digits, any script). */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Turns a name into an id slug: `Qızılbulaq` → `qizilbulaq`, `Base Metals` → `base-metals`. */
export function slugify(text: string): string {
  return tokenize(text).join("-");
}

/**
 * One character that a terminal or a text display may act on instead of showing it: the C0
 * controls (ESC starts colour, cursor, screen-clearing and OSC 8 hyperlink sequences; BEL rings;
 * a lone CR returns to the start of the line so that later text overwrites earlier text), DEL,
 * the C1 controls U+0080–U+009F (among them CSI and OSC), the Unicode bidirectional controls
 * (embeddings, overrides, isolates and marks, which reorder the text around them) and the line
 * and paragraph separators U+2028 and U+2029.
 */
export const CONTROL_CHARACTER = /[\p{Cc}\p{Bidi_Control}\u2028\u2029]/u;

/** What `plainText` puts in place of a control character: U+FFFD, the replacement character. */
export const REPLACEMENT_CHARACTER = "\uFFFD";

export interface PlainTextOptions {
  /**
   * `"space"` (the default): a line break, or a run of them, becomes one space, for text shown on
   * one line (a name, a title, a list row). `"keep"`: line breaks stay as they are (LF, or CR LF
   * as in a CSV file); U+2028 and U+2029 become LF.
   */
  lineBreaks?: "space" | "keep";
}

const LINE_BREAKS = /(?:\r\n|[\n\u2028\u2029])+/g;
const SEPARATORS = /[\u2028\u2029]/g;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, "gu");
/** The same, but a line feed, and a CR right before one, are line breaks to keep. */
const CONTROL_CHARACTERS_BUT_LINE_BREAKS = new RegExp(`\\r(?!\\n)|(?![\\n\\r])${CONTROL_CHARACTER.source}`, "gu");

/**
 * A record's text made safe to print as plain text: every control character (see
 * `CONTROL_CHARACTER`) becomes U+FFFD (�), so an escape sequence, a bell or a bidi override
 * in the data shows as visible text and does nothing. A tab becomes a space. Line breaks (LF,
 * CR LF, U+2028, U+2029) become one space, or stay with `{ lineBreaks: "keep" }`; a CR that
 * is not followed by LF is a control character. Text without control characters comes back
 * unchanged.
 */
export function plainText(text: string, options: PlainTextOptions = {}): string {
  // Nearly all text has nothing to replace: answer without copying it.
  if (!CONTROL_CHARACTER.test(text)) return text;
  const replace = (c: string) => (c === "\t" ? " " : REPLACEMENT_CHARACTER);
  if (options.lineBreaks === "keep") return text.replace(SEPARATORS, "\n").replace(CONTROL_CHARACTERS_BUT_LINE_BREAKS, replace);
  return text.replace(LINE_BREAKS, " ").replace(CONTROL_CHARACTERS, replace);
}

/** Letters that only Azerbaijani Latin spelling uses among the atlas's languages. */
const AZERBAIJANI_LETTERS = /[əƏıİşŞçÇğĞ]/;
// Plain c, q and x first: the digraphs written for ç, ş and ğ must not be rewritten again.
const AZERBAIJANI_TO_ENGLISH: [RegExp, string][] = [
  [/c/gi, "j"],
  [/q/gi, "g"],
  [/x/gi, "kh"],
  [/[əƏ]/g, "a"],
  [/[ıİ]/g, "i"],
  [/[şŞ]/g, "sh"],
  [/[çÇ]/g, "ch"],
  [/[ğĞ]/g, "gh"],
  [/[öÖ]/g, "o"],
  [/[üÜ]/g, "u"],
];

/**
 * The English spelling of an Azerbaijani Latin word, letter by letter (`Kəlbəcər` → `kalbajar`,
 * `Xocalı` → `khojali`, `Laçın` → `lachin`), for search: the atlas's records name a town in
 * English, and a reader types it as it is written in Azerbaijani. `undefined` when the text has no
 * letter that only Azerbaijani uses, so English and Russian queries are left as they are.
 */
export function azerbaijaniToEnglish(text: string): string | undefined {
  if (!AZERBAIJANI_LETTERS.test(text)) return undefined;
  return AZERBAIJANI_TO_ENGLISH.reduce((t, [from, to]) => t.replace(from, to), text).toLowerCase();
}
