/**
 * The CLI's language: `--lang az|ru|en`, else the POSIX locale of the environment (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; `C` or a language the atlas does not have is English). The texts
 * are the domain's message files (`@karabakh-atlas/domain/i18n`); `Texts` binds them to one
 * language with the locale the domain's formatters take, and the helpers here name a record in
 * that language. `--json` and CSV never go through this module: their keys and values are the
 * data package's, whatever the language.
 */
import {
  ATLAS_TEXT_LANGUAGE,
  LANGUAGES,
  MESSAGES,
  isLang,
  langFromPosix,
  localeOf,
  t,
  tn,
  type Lang,
  type Locale,
  type MessageKey,
  type PluralKey,
} from "@karabakh-atlas/domain/i18n";
import { usageError } from "./errors.js";

export type { Lang, MessageKey };
export { LANGUAGES };

type Params = Readonly<Record<string, string | number>>;

/** The texts of one language, bound: `tx.t("cli.show.area")`, `formatFigure(f, { locale: tx.locale })`. */
export interface Texts {
  readonly lang: Lang;
  /** For the domain's formatters: English writes exactly what it wrote without one. */
  readonly locale: Locale;
  /** True when the atlas's own text (descriptions, notes, event titles) is in another language than this. */
  readonly untranslated: boolean;
  t(key: MessageKey, params?: Params): string;
  tn(key: PluralKey, count: number, params?: Params): string;
}

const BOUND = new Map<Lang, Texts>();

export function texts(lang: Lang = "en"): Texts {
  let bound = BOUND.get(lang);
  if (!bound) {
    bound = {
      lang,
      locale: localeOf(lang),
      untranslated: lang !== ATLAS_TEXT_LANGUAGE,
      t: (key, params) => t(lang, key, params),
      tn: (key, count, params) => tn(lang, key, count, params),
    };
    BOUND.set(lang, bound);
  }
  return bound;
}

/** English: what a caller that does not choose a language gets (tests, the completion script). */
export const ENGLISH = texts("en");

/**
 * The terminal's language by POSIX precedence: the first of `LC_ALL`, `LC_MESSAGES` and `LANG`
 * that is set and not empty decides, even when it names no language of the atlas (`LC_ALL=C`
 * is English whatever `LANG` says).
 */
export function langFromEnvironment(env: NodeJS.ProcessEnv = process.env): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value) return langFromPosix(value) ?? "en";
  }
  return "en";
}

/** `--lang`'s value as given on the command line (`--lang ru`, `--lang=ru`), before `--`; the last one wins. */
export function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang" && i + 1 < argv.length) value = argv[++i];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  return value;
}

/**
 * What a user probably meant by a language that is not one of the atlas's: a POSIX locale
 * (`ru_RU.UTF-8`), a three-letter code (`aze`, `rus`, `eng`) or a language's name in any of the
 * three languages (`Russian`, `русский`, `Azərbaycan dili`).
 */
function nearestLang(value: string): Lang | undefined {
  const text = value.trim().toLowerCase();
  const posix = langFromPosix(text);
  if (posix) return posix;
  const three: Record<string, Lang> = { aze: "az", azb: "az", azj: "az", rus: "ru", eng: "en" };
  if (three[text]) return three[text];
  for (const lang of LANGUAGES) {
    for (const shown of LANGUAGES) {
      const name = MESSAGES[shown][`language.${lang}`]?.toLowerCase();
      if (name && text.length >= 3 && (name.startsWith(text) || text.startsWith(name.split(" ")[0] ?? name))) return lang;
    }
  }
  return undefined;
}

/** `--lang`'s value checked: one of en, az, ru (any case), else a usage error with a suggestion, in `tx`'s language. */
export function parseLang(value: string, tx: Texts): Lang {
  const lower = value.trim().toLowerCase();
  if (isLang(lower)) return lower;
  const nearest = nearestLang(value);
  const suggestion = nearest ? tx.t("cli.error.did-you-mean", { value: nearest }) : "";
  throw usageError(tx.t("cli.error.unknown-lang", { value, suggestion }));
}

/** A record's names: the one in `lang` (English where it has none), then the others that differ. */
export function namesIn(names: Readonly<Record<string, string | undefined>>, lang: Lang): { name: string; others: string[] } {
  const name = names[lang] || names.en || "";
  const others = [...new Set(LANGUAGES.filter((l) => l !== lang).map((l) => names[l]).filter((n): n is string => Boolean(n) && n !== name))];
  return { name, others };
}
