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
