// The zod-free entry only: this module is bundled for the browser (a table sorts there).
import { compareText, type Lang } from "@karabakh-atlas/domain/vocabulary";

const APOSTROPHES = /[’'`ʼ]/g;
const COMPARERS = new Map<Lang, (a: string, b: string) => number>();

/**
 * How a page in a language orders text. English keeps the atlas's one order (`compareText`, which
 * the English pages and their tests rely on); Azerbaijani and Russian follow their alphabets
 * through `Intl.Collator` (Ç after C, Ə after E, Ğ after G, Q after K; Ё with Е), apostrophes
 * aside as `compareText` sets them aside, ties broken by `compareText` so the order is total.
 * Where the runtime has no collation data for the language, the atlas's order.
 */
export function compareIn(lang: Lang): (a: string, b: string) => number {
  let compare = COMPARERS.get(lang);
  if (!compare) {
    if (lang === "en" || !Intl.Collator.supportedLocalesOf([lang]).includes(lang)) {
      compare = compareText;
    } else {
      const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
      compare = (a, b) => collator.compare(a.replace(APOSTROPHES, ""), b.replace(APOSTROPHES, "")) || compareText(a, b);
    }
    COMPARERS.set(lang, compare);
  }
  return compare;
}
