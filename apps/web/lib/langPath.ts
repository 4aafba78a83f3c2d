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

/**
 * Whether this is the static export (next.config.ts sets it for server and browser code alike).
 * Its pages are folders (`/regions/` is `regions/index.html`), so page links end in a slash.
 */
export const STATIC_EXPORT = process.env.KARABAKH_STATIC_EXPORT === "1";

/**
 * A page's address as this build serves it: unchanged for `next start`; with a trailing slash
 * in the static export, as Next's <Link> writes it there, so that a plain <a> or a form needs no
 * redirect on a static host. Files (a last segment with a dot) and bare fragments are left alone.
 */
export function pageHref(href: string): string {
  if (!STATIC_EXPORT || !href.startsWith("/")) return href;
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  const rest = cut === -1 ? "" : href.slice(cut);
  if (path.endsWith("/") || /\.[^/]*$/.test(path)) return href;
  return `${path}/${rest}`;
}
