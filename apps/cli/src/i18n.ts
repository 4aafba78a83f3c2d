/**
 * The CLI's language: `--lang az|ru|en`, else the POSIX locale of the environment (`LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; `C` or a language the atlas does not have is English). The texts
 * are the domain's message files (`@karabakh-atlas/domain/i18n`); `Texts` binds them to one
 * language with the locale the domain's formatters take, and the helpers here name a record in
 * that language. `--json` and CSV never go through this module: their keys and values are the
 * data package's, whatever the language.
 */
// English is bundled with the program; Azerbaijani and Russian are read only when asked for
// (loadTexts): the three files parsed at every start cost a few milliseconds a command.
import en from "@karabakh-atlas/domain/messages/en.json" with { type: "json" };
import { ATLAS_TEXT_LANGUAGE, LANGUAGES, isLang, langFromPosix, lowerFirst, pluralForm, type Lang, type Locale, type MessageKey, type PluralKey } from "@karabakh-atlas/domain/i18n";
import type { EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { usageError } from "./errors.js";

export type { Lang, MessageKey };
export { LANGUAGES };

type Params = Readonly<Record<string, string | number>>;
type Messages = Readonly<Record<string, string>>;

/**
 * The texts of one language, bound: `tx.t("cli.show.area")`, `formatFigure(f, { locale: tx.locale })`.
 * The same lookups as `@karabakh-atlas/domain/i18n` (`t`, `tn`, `kindLabel`, `fieldLabelIn`,
 * `countryNameIn`), over the one language's file (English where it lacks a key).
 */
export interface Texts {
  readonly lang: Lang;
  /** For the domain's formatters: English writes exactly what it wrote without one. */
  readonly locale: Locale;
  /** True when the atlas's own text (descriptions, notes, most event titles) is in another language than this. */
  readonly untranslated: boolean;
  t(key: MessageKey, params?: Params): string;
  tn(key: PluralKey, count: number, params?: Params): string;
  /** A kind of record's name, singular or plural (`Yataqlar`). */
  kind(kind: EntityKind, plural?: boolean): string;
  /** A field's label by its English label (the field registry's), or that label where the file has none. */
  field(label: string): string;
  /** A country's name by ISO code, or the code. */
  country(code: string): string;
  /** The first letter in lower case, as the language does it (`İ` → `i` in Azerbaijani). */
  lower(text: string): string;
}

function interpolate(text: string, params: Params): string {
  return text.replace(/\{([a-z-]+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

function bind(lang: Lang, messages: Messages): Texts {
  const lookup = (key: string): string => {
    const text = messages[key] ?? (en as Messages)[key];
    if (text === undefined) throw new Error(`no message '${key}'`);
    return text;
  };
  return {
    lang,
    locale: { lang, messages },
    untranslated: lang !== ATLAS_TEXT_LANGUAGE,
    t: (key, params = {}) => interpolate(lookup(key), params),
    tn: (key, count, params = {}) => interpolate(lookup(`${key}#${pluralForm(lang, count)}`), { count, ...params }),
    kind: (kind, plural = false) => lookup(`kind.${kind}${plural ? ".plural" : ""}`),
    // The domain's fieldLabelKey: `Nearest settlement` → `field.nearest-settlement`.
    field: (label) => messages[`field.${label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`] ?? label,
    country: (code) => messages[`country.${code.toUpperCase()}`] ?? code,
    lower: (text) => lowerFirst(lang, text),
  };
}

/** English: the default, and what a caller that does not choose a language gets (tests, JSON). */
export const ENGLISH: Texts = bind("en", en);

const LOADED = new Map<Lang, Texts>([["en", ENGLISH]]);

/** The texts of a language, its message file read on first use. */
export async function loadTexts(lang: Lang): Promise<Texts> {
  let loaded = LOADED.get(lang);
  if (!loaded) {
    const messages = lang === "az" ? await import("@karabakh-atlas/domain/messages/az.json", { with: { type: "json" } }) : await import("@karabakh-atlas/domain/messages/ru.json", { with: { type: "json" } });
    loaded = bind(lang, messages.default);
    LOADED.set(lang, loaded);
  }
  return loaded;
}

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
async function nearestLang(value: string): Promise<Lang | undefined> {
  const text = value.trim().toLowerCase();
  const posix = langFromPosix(text);
  if (posix) return posix;
  const three: Record<string, Lang> = { aze: "az", azb: "az", azj: "az", rus: "ru", eng: "en" };
  if (three[text]) return three[text];
  if (text.length < 3) return undefined;
  for (const shown of LANGUAGES) {
    const { t } = await loadTexts(shown);
    for (const lang of LANGUAGES) {
      const name = t(`language.${lang}` as MessageKey).toLowerCase();
      if (name.startsWith(text) || text.startsWith(name.split(" ")[0] ?? name)) return lang;
    }
  }
  return undefined;
}

/** `--lang`'s value checked: one of en, az, ru (any case), else a usage error with a suggestion, in `tx`'s language. */
export async function parseLang(value: string, tx: Texts): Promise<Lang> {
  const lower = value.trim().toLowerCase();
  if (isLang(lower)) return lower;
  const nearest = await nearestLang(value);
  const suggestion = nearest ? tx.t("cli.error.did-you-mean", { value: nearest }) : "";
  throw usageError(tx.t("cli.error.unknown-lang", { value, suggestion }));
}

/** A record's names: the one in `lang` (English where it has none), then the others that differ. */
export function namesIn(names: Readonly<Record<string, string | undefined>>, lang: Lang): { name: string; others: string[] } {
  const name = names[lang] || names.en || "";
  const others = [...new Set(LANGUAGES.filter((l) => l !== lang).map((l) => names[l]).filter((n): n is string => Boolean(n) && n !== name))];
  return { name, others };
}
