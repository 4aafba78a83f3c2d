// The dashboard's addresses in each language. No message texts here: client components (Link,
// the menu, the header's search, the language switch) import this module, and lib/i18n.ts
// re-exports it for the server's pages.
import type { Lang } from "@karabakh-atlas/domain/i18n";

export type { Lang };

/**
 * The dashboard's languages. English is at the root (`/regions/kalbajar`); the others under their
 * code (`/az/regions/kalbajar`, `/ru/regions/kalbajar`), each page prerendered in all three.
 */
export const PAGE_LANGS = ["en", "az", "ru"] as const satisfies readonly Lang[];
/** The languages with a path prefix of their own. */
export const PREFIXED_LANGS = ["az", "ru"] as const satisfies readonly Lang[];

/** Paths that are the same file in every language: the API, downloads, the search index, assets. */
const SHARED_PATH = /^\/(?:api|downloads\/[^/]+\.[^/]+$|search-index\.json|_next|icon\.svg)/;

/** The language an address belongs to (`/az/regions` → az; `/regions` → en). */
export function langOfPath(path: string): Lang {
  const first = path.split(/[/?#]/)[1];
  return first !== undefined && (PREFIXED_LANGS as readonly string[]).includes(first) ? (first as Lang) : "en";
}

/** An address with its language prefix taken off: `/az/regions?x=1` → `/regions?x=1`. */
export function unprefixed(href: string): string {
  const lang = langOfPath(href);
  if (lang === "en") return href;
  const rest = href.slice(lang.length + 1);
  return rest === "" || /^[?#]/.test(rest) ? `/${rest}` : rest;
}

/**
 * A page's address in a language: `localHref("az", "/regions/kalbajar")` → `/az/regions/kalbajar`.
 * Idempotent and switching: an address already in a language is moved to `lang`. External links,
 * bare fragments and the shared files (API, downloads, search index) are left alone.
 */
export function localHref(lang: Lang, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//") || SHARED_PATH.test(href)) return href;
  const bare = unprefixed(href);
  if (lang === "en") return bare;
  return bare === "/" ? `/${lang}` : /^\/[?#]/.test(bare) ? `/${lang}${bare.slice(1)}` : `/${lang}${bare}`;
}
