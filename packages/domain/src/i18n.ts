/**
 * `@karabakh-atlas/domain/i18n`: the atlas's texts in English, Azerbaijani and Russian, from the
 * plain message files in `messages/` (one per language, reviewed as text), with a typed accessor
 * and the locales that the formatters (`formatFigure`, `formatDate`, `labelOf`, … of the main and
 * `vocabulary` entries) take as their `locale` option. No zod. English stays the default
 * everywhere: without a locale, every formatter writes what it wrote before.
 */
import az from "../messages/az.json";
import en from "../messages/en.json";
import ru from "../messages/ru.json";
import { fieldLabelKey, interpolate, isLang, lowerFirst, pluralForm, type Lang, type Locale } from "./locale.js";
import type { EntityKind } from "./kinds.js";
import { citedFieldLabel, citedFieldSteps } from "./provenance.js";

export { ATLAS_TEXT_LANGUAGE, LANGUAGES, PLURAL_FORMS, isLang, pluralForm, lowerFirst } from "./locale.js";
export type { Lang, Locale, PluralForm } from "./locale.js";

type EnglishKey = keyof typeof en;
/** A key with one text per language (`web.nav.regions`). */
export type MessageKey = Exclude<EnglishKey, `${string}#${string}`>;
/** A counted text's key, without its plural form (`figure.sources` of `figure.sources#one`). */
export type PluralKey = EnglishKey extends infer K ? (K extends `${infer Base}#${string}` ? Base : never) : never;

/** Every language's messages, as read from its file. */
export const MESSAGES: { readonly [L in Lang]: Readonly<Record<string, string>> } = { en, az, ru };

const LOCALES: { readonly [L in Lang]: Locale } = {
  en: { lang: "en", messages: en },
  az: { lang: "az", messages: az },
  ru: { lang: "ru", messages: ru },
};

/** The locale the formatters take: `formatFigure(figure, { locale: localeOf("az") })`. */
export function localeOf(lang: Lang): Locale {
  return LOCALES[lang];
}

function lookup(lang: Lang, key: string): string {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key];
  if (text === undefined) throw new Error(`no message '${key}'`);
  return text;
}

/** A text in a language, its `{placeholders}` filled: `t("az", "web.nav.regions")` → `Regionlar`. */
export function t(lang: Lang, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(lookup(lang, key), params);
}

/** A counted text in the form its count takes: `tn("ru", "figure.sources", 3)` → `3 источника`. */
export function tn(lang: Lang, key: PluralKey, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(lookup(lang, `${key}#${pluralForm(lang, count)}`), { count, ...params });
}

/** A kind of record's name, singular or plural: `kindLabel("az", "deposit", true)` → `Yataqlar`. */
export function kindLabel(lang: Lang, kind: EntityKind, plural = false): string {
  return lookup(lang, `kind.${kind}${plural ? ".plural" : ""}`);
}

/**
 * A field's label (the field registry's `label`, e.g. `FIELDS.deposit.fields.nearestSettlement.label`)
 * in a language: `fieldLabelIn("az", "Nearest settlement")` → `Ən yaxın yaşayış məntəqəsi`; the
 * English label itself for one the files do not have.
 */
export function fieldLabelIn(lang: Lang, label: string): string {
  return MESSAGES[lang][fieldLabelKey(label)] ?? label;
}

/**
 * Where in a record a citation sits (`observations[0].citations[1]` → `Müşahidələr 1`), in a
 * language: each field by its label (`fieldLabelIn`), `theRecord` for a record's own citations;
 * the same words as `citedFieldLabel` in English.
 */
export function citedFieldLabelIn(lang: Lang, path: string, theRecord: string): string {
  if (lang === "en") return citedFieldLabel(path);
  const words = citedFieldSteps(path).map((step) => {
    const label = lowerFirst(lang, fieldLabelIn(lang, step.words));
    return step.position !== undefined ? `${label} ${step.position}` : label;
  });
  const text = words.join(" › ") || theRecord;
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** A country's name by ISO 3166-1 alpha-2 code; the code itself if the atlas does not name it. */
export function countryNameIn(lang: Lang, code: string): string {
  return MESSAGES[lang][`country.${code.toUpperCase()}`] ?? code;
}

/** A language's name by BCP 47 tag (`hy-Latn` → `Erməni dili (latın qrafikası)`); the tag itself if unknown. */
export function languageNameIn(lang: Lang, tag: string): string {
  const [primary = "", ...rest] = tag.split("-");
  const name = MESSAGES[lang][`language.${primary.toLowerCase()}`];
  if (!name) return tag;
  return rest.some((part) => part.toLowerCase() === "latn") ? t(lang, "language.latin-script", { language: name }) : name;
}

/**
 * The language a POSIX locale names (`LC_ALL`, `LC_MESSAGES`, `LANG`: `az_AZ.UTF-8` → `az`,
 * `ru_RU` → `ru`), or undefined for any other (`C`, `de_DE`): the CLI's default.
 */
export function langFromPosix(value: string | undefined): Lang | undefined {
  const primary = value?.split(/[_.@-]/)[0]?.toLowerCase();
  return isLang(primary) ? primary : undefined;
}
