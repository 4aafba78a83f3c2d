// The zod-free entry: this module is also bundled for the browser (client components take `lang`).
import { isLang, localeOf, t, tn, type Lang, type Locale, type MessageKey, type PluralKey } from "@karabakh-atlas/domain/i18n";
import { setRequestLang } from "./requestLang";

export type { Lang, MessageKey, PluralKey };

// The addresses in each language, in a module without the message texts (client components use it).
export { PAGE_LANGS, PREFIXED_LANGS, langOfPath, localHref, unprefixed } from "./langPath";

/** Route parameters as a page or layout receives them: `lang` only under `app/[lang]/`. */
export type LangParams = { readonly lang?: string };

/**
 * The language of a page from its route parameters: a page under `app/[lang]/` has `az` or `ru`;
 * the English pages at the root have no `lang` parameter. It is also the language of the render
 * from then on: the server's links (Link) under the page localize their addresses in it
 * (lib/requestLang).
 */
export async function pageLang(params: Promise<LangParams> | LangParams | undefined): Promise<Lang> {
  const lang = langOrEnglish((await params)?.lang);
  setRequestLang(lang);
  return lang;
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
