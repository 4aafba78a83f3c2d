// The zod-free entry: this module is also bundled for the browser (client components take `lang`).
import { isLang, localeOf, t, tn, type Lang, type Locale, type MessageKey, type PluralKey } from "@karabakh-atlas/domain/i18n";

export type { Lang, MessageKey, PluralKey };

/**
 * The dashboard's languages. English is at the root (`/regions/kalbajar`); the others under their
 * code (`/az/regions/kalbajar`, `/ru/regions/kalbajar`), each page prerendered in all three.
 */
export const PAGE_LANGS = ["en", "az", "ru"] as const satisfies readonly Lang[];
/** The languages with a path prefix of their own. */
export const PREFIXED_LANGS = ["az", "ru"] as const satisfies readonly Lang[];

/** Route parameters as a page or layout receives them: `lang` only under `app/[lang]/`. */
export type LangParams = { readonly lang?: string };

/**
 * The language of a page from its route parameters: a page under `app/[lang]/` has `az` or `ru`;
 * the English pages at the root have no `lang` parameter.
 */
export async function pageLang(params: Promise<LangParams> | LangParams | undefined): Promise<Lang> {
  const lang = (await params)?.lang;
  return langOrEnglish(lang);
}

/** `az` and `ru` as themselves; anything else (no parameter, `en`) is English. */
export function langOrEnglish(value: string | undefined): Lang {
  return isLang(value) ? value : "en";
}

/** The texts of one language, bound: `const { t, tn, locale } = translator(lang)`. */
export interface Translator {
  readonly lang: Lang;
  /** For the domain's formatters: `formatFigure(figure, { locale })`. */
  readonly locale: Locale;
  readonly t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  readonly tn: (key: PluralKey, count: number, params?: Readonly<Record<string, string | number>>) => string;
}

const TRANSLATORS = new Map<Lang, Translator>();

export function translator(lang: Lang): Translator {
  let bound = TRANSLATORS.get(lang);
  if (!bound) {
    bound = {
      lang,
      locale: localeOf(lang),
      t: (key, params) => t(lang, key, params),
      tn: (key, count, params) => tn(lang, key, count, params),
    };
    TRANSLATORS.set(lang, bound);
  }
  return bound;
}

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
