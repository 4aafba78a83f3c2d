import "server-only";
import { cache } from "react";
import type { Lang } from "./langPath";

/**
 * The language of the page being rendered, for the server's links (Link), so that a
 * page's body names English paths and its links still stay in its language without each
 * component passing `lang` down. One slot per render (React's `cache` is scoped to a request, a
 * prerender included): the root layout's Shell and every page's `pageLang` set it before
 * anything under them renders.
 */
const slot = cache((): { lang?: Lang } => ({}));

export function setRequestLang(lang: Lang): void {
  slot().lang = lang;
}

/** The page's language; a link rendered where no layout or page has set it is a mistake, said so. */
export function requestLang(): Lang {
  const { lang } = slot();
  if (lang === undefined) {
    throw new Error("A link was rendered before its page's language was known: call pageLang(params) in the page (or render it under Shell), or pass inLang to Link.");
  }
  return lang;
}
