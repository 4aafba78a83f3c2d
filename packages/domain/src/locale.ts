/**
 * Formatting in Azerbaijani and Russian: the grammar (plural forms, Azerbaijani suffixes by
 * vowel harmony, Russian genitive after a preposition, grouping and decimal signs) lives here as
 * code; the words and word order come from a language's message file (`messages/az.json`,
 * `messages/ru.json`), handed in as a `Locale` by `@karabakh-atlas/domain/i18n`. No JSON and no
 * zod here, so the zod-free entry stays light: English needs no locale (it is the default and
 * is formatted by `format.ts` exactly as before), and a caller that shows another language pays
 * for its messages only where it imports them.
 *
 * Numbers and month names do not come from `Intl` for az and ru: Node builds with small ICU
 * have no data for either, and CLDR's Azerbaijani groups thousands with a dot (`60.000`) where
 * the atlas writes `60 000` (a no-break space, as Azerbaijani statistics and Russian do). The
 * tests check the dates against `Intl` where it has the data.
 */
import type { LabelMap, Unit } from "./enums.js";

/** The languages the atlas is written in; English is the default. */
export const LANGUAGES = ["en", "az", "ru"] as const;
export type Lang = (typeof LANGUAGES)[number];

/**
 * The language of the text the atlas writes itself (descriptions, notes, paraphrased demands,
 * summaries, subsets): English, until records carry translations. A page in another language
 * marks such text with this `lang` and says it has no translation yet; excerpts keep their
 * source's `language`.
 */
export const ATLAS_TEXT_LANGUAGE: Lang = "en";

/** True when `value` is one of the atlas's languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** A language and its messages (flat keys, see messages/README in the package). */
export interface Locale {
  readonly lang: Lang;
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * True for a locale of a language other than English. Anything else — no locale, English, or the
 * index that `dates.map(formatDate)` hands a formatter as its second argument — means English.
 */
export function isOtherLocale(locale: unknown): locale is Locale {
  return typeof locale === "object" && locale !== null && isLang((locale as Locale).lang) && (locale as Locale).lang !== "en" && typeof (locale as Locale).messages === "object";
}

/** The plural forms a language's message file gives for a counted word (`unit.person#one`). */
export const PLURAL_FORMS = {
  en: ["one", "other"],
  // A noun after a numeral stays singular in Azerbaijani: one form.
  az: ["other"],
  // one: 1, 21 (километр); few: 2–4, 22 (километра, квадратных километра); many: 0, 5–20, 25
  // (километров); other: the genitive singular (квадратного километра), which fractions take
  // (1,5 квадратного километра) and 1, 21 take after a preposition (более 21 квадратного километра).
  ru: ["one", "few", "many", "other"],
} as const satisfies Record<Lang, readonly string[]>;
export type PluralForm = "one" | "other" | "few" | "many";

const NBSP = "\u00a0";

/** The plural form of a count in a language (CLDR's rules for integers; fractions as CLDR says). */
export function pluralForm(lang: Lang, amount: number | undefined): PluralForm {
  if (lang === "az") return "other";
  if (lang === "en") return amount === 1 ? "one" : "other";
  if (amount === undefined) return "many";
  const n = Math.abs(amount);
  if (!Number.isInteger(n)) return "other";
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return "one";
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return "few";
  return "many";
}

/**
 * `60000` → `60 000` (no-break space), `1.5` → `1,5`, `-3` → `−3`: Azerbaijani and Russian
 * grouping and decimal signs (English: `60,000`). Rounding is `Intl`'s English, which every ICU
 * build has.
 */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

export function localeNumber(value: number, maximumFractionDigits = 2, lang: Lang = "az"): string {
  let numberFormat = NUMBER_FORMATS.get(maximumFractionDigits);
  if (!numberFormat) {
    numberFormat = new Intl.NumberFormat("en", { maximumFractionDigits, useGrouping: true });
    NUMBER_FORMATS.set(maximumFractionDigits, numberFormat);
  }
  const english = numberFormat.format(Math.abs(value));
  const text = lang === "en" ? english : english.replace(/[,.]/g, (sign) => (sign === "," ? NBSP : ","));
  return value < 0 ? `−${text}` : text;
}

// --- Azerbaijani suffixes -------------------------------------------------------------------

/** The last vowel of how an Azerbaijani speaker reads a number's last word (`60 000` → `min` → `i`). */
const AZ_UNITS = ["ı", "i", "i", "ü", "ö", "e", "ı", "i", "i", "u"]; // sıfır bir iki üç dörd beş altı yeddi səkkiz doqquz
const AZ_TENS = ["", "o", "i", "u", "ı", "i", "ı", "i", "ə", "a"]; // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan
/** Whether the last word of the number's reading ends in a vowel (`iki`, `altı`, `yeddi`, `iyirmi`, `əlli`). */
const AZ_UNITS_VOWEL_END = [false, false, true, false, false, false, true, true, false, false];
const AZ_TENS_VOWEL_END = [false, false, true, false, false, true, false, false, false, false];

function azLastWord(n: number): { vowel: string; endsInVowel: boolean } {
  const whole = Math.round(Math.abs(n));
  if (whole % 10 !== 0 || whole === 0) return { vowel: AZ_UNITS[whole % 10]!, endsInVowel: AZ_UNITS_VOWEL_END[whole % 10]! };
  if (whole % 100 !== 0) {
    const tens = Math.floor((whole % 100) / 10);
    return { vowel: AZ_TENS[tens]!, endsInVowel: AZ_TENS_VOWEL_END[tens]! };
  }
  if (whole % 1000 !== 0) return { vowel: "ü", endsInVowel: false }; // yüz
  if (whole % 1_000_000 !== 0) return { vowel: "i", endsInVowel: false }; // min
  if (whole % 1_000_000_000 !== 0) return { vowel: "o", endsInVowel: false }; // milyon
  return { vowel: "a", endsInVowel: false }; // milyard
}

/** The reading's last word of a number as written: a fraction is read by its decimals (`2,5` → `beş`). */
function azReading(value: number, text: string): { vowel: string; endsInVowel: boolean } {
  const decimals = /,(\d+)$/.exec(text)?.[1];
  return azLastWord(decimals ? Number(decimals) : value);
}

const BACK = new Set(["a", "ı", "o", "u"]);
const ROUNDED_FRONT = new Set(["ö", "ü"]);

/** Ablative (`-dan`/`-dən`): `60 000-dən`, `30-dan`. */
function azAblative(vowel: string): string {
  return BACK.has(vowel) ? "dan" : "dən";
}

/** Dative (`-a`/`-ə`, `-ya`/`-yə` after a vowel): `60 000-ə`, `30-a`, `2-yə`. */
function azDative(reading: { vowel: string; endsInVowel: boolean }): string {
  const vowel = BACK.has(reading.vowel) ? "a" : "ə";
  return reading.endsInVowel ? `y${vowel}` : vowel;
}

/** Ordinal suffix written after digits (`1993-cü`, `2020-ci`, `1994-cü`, `1990-cı`, `1999-cu`). */
function azOrdinal(vowel: string): string {
  if (vowel === "a" || vowel === "ı") return "cı";
  if (vowel === "o" || vowel === "u") return "cu";
  if (ROUNDED_FRONT.has(vowel)) return "cü";
  return "ci";
}

/** The first letter in lower case; Azerbaijani `İ` → `i`, `I` → `ı`. */
export function lowerFirst(lang: Lang, text: string): string {
  const first = text.charAt(0);
  if (lang === "az" && first === "İ") return `i${text.slice(1)}`;
  if (lang === "az" && first === "I") return `ı${text.slice(1)}`;
  return first.toLowerCase() + text.slice(1);
}

// --- messages -------------------------------------------------------------------------------

/** A message with `{name}` placeholders filled; an unknown placeholder is left as written. */
export function interpolate(message: string, params: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{([a-z-]+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A message of a locale; a missing key is an error (the message files' test keeps them complete). */
export function message(locale: Locale, key: string): string {
  const text = locale.messages[key];
  if (text === undefined) throw new Error(`no message '${key}' in ${locale.lang}`);
  return text;
}

/** Text built from parts some of which may be empty: one space between words, none at the ends. */
function tidy(text: string): string {
  return text.replace(/ {2,}/g, " ").trim();
}

// --- labels, units, figures ----------------------------------------------------------------

/** The message key of a field's label, by its English text: `Nearest settlement` → `field.nearest-settlement`. */
export function fieldLabelKey(label: string): string {
  return `field.${label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** A vocabulary value's label in a locale: `vocab.COMMODITY.gold`. */
export function localeLabel(locale: Locale, vocabularyName: string, value: string): string {
  return message(locale, `vocab.${vocabularyName}.${value}`);
}

/** The word of a unit in the form a count governs (`5 человек`, `2 человека`), or its symbol. */
export function localeUnit(
  locale: Locale,
  unit: Unit,
  amount: number | undefined,
  style: "long" | "symbol" | "none",
  grammaticalCase: "nominative" | "genitive" = "nominative",
): string {
  if (style === "none") return "";
  if (style === "symbol") {
    const symbol = locale.messages[`unit.${unit}.symbol`];
    if (symbol) return symbol;
  }
  let form = pluralForm(locale.lang, amount);
  // After a preposition (более, около, до) Russian takes the genitive: 1 → singular, 2–4 → plural.
  if (locale.lang === "ru" && grammaticalCase === "genitive") form = form === "one" || form === "other" ? "other" : "many";
  return message(locale, `unit.${unit}#${form}`);
}

type FigureFields = {
  value?: number | undefined;
  lower?: number | undefined;
  upper?: number | undefined;
  qualifier?: string | undefined;
  unit: Unit;
};

/** `formatFigure` in a locale: the message `figure.<qualifier>` with value, unit and suffixes. */
export function localeFigure(locale: Locale, figure: FigureFields, style: "long" | "symbol" | "none", showExact: boolean): string {
  const qualifier = figure.qualifier ?? "exact";
  const vague = qualifier === "dozens" || qualifier === "hundreds" || qualifier === "thousands";
  if (vague && figure.value === undefined && figure.lower === undefined && figure.upper === undefined) {
    const unit = style === "none" ? "" : localeUnit(locale, figure.unit, undefined, "long", "genitive");
    if (!unit) return localeLabel(locale, "QUALIFIER", qualifier);
    return tidy(interpolate(message(locale, `figure.${qualifier}`), { unit }));
  }
  let key: string;
  let valueText: string;
  let amount: number | undefined;
  if (figure.value !== undefined) {
    valueText = localeNumber(figure.value, 2, locale.lang);
    amount = figure.value;
    key = qualifier === "exact" ? (showExact ? "figure.exactly" : "figure.exact") : `figure.${qualifier}`;
  } else if (figure.lower !== undefined && figure.upper !== undefined) {
    valueText = interpolate(message(locale, "figure.range"), { lower: localeNumber(figure.lower, 2, locale.lang), upper: localeNumber(figure.upper, 2, locale.lang) });
    amount = figure.upper;
    key = qualifier === "exact" ? (showExact ? "figure.exactly" : "figure.exact") : `figure.${qualifier}`;
  } else if (figure.lower !== undefined) {
    valueText = localeNumber(figure.lower, 2, locale.lang);
    amount = figure.lower;
    key = qualifier === "more-than" ? "figure.more-than" : "figure.at-least";
  } else if (figure.upper !== undefined) {
    valueText = localeNumber(figure.upper, 2, locale.lang);
    amount = figure.upper;
    key = qualifier === "less-than" ? "figure.less-than" : "figure.up-to";
  } else {
    valueText = message(locale, "figure.unknown");
    amount = undefined;
    key = qualifier === "exact" ? (showExact ? "figure.exactly" : "figure.exact") : `figure.${qualifier}`;
  }
  // A vague qualifier with a number ("dozens", 40) reads as the number said about.
  if (vague) key = "figure.about";
  let unit = localeUnit(locale, figure.unit, amount, style);
  let unitGenitive = localeUnit(locale, figure.unit, amount, style, "genitive");
  let reading = azReading(amount ?? 0, valueText);
  if (unit === "US$") {
    // English writes the dollar before the number.
    valueText = `US$${valueText}`;
    unit = "";
    unitGenitive = "";
  }
  if (unit === "%") {
    // `30%` is written together, and read "otuz faiz" (the suffix follows faiz).
    valueText = `${valueText}%`;
    unit = "";
    unitGenitive = "";
    reading = { vowel: "i", endsInVowel: false };
  }
  const text = interpolate(message(locale, key), {
    value: valueText,
    unit,
    "unit-genitive": unitGenitive,
    abl: azAblative(reading.vowel),
    dat: azDative(reading),
  });
  return tidy(text);
}

/** `N sources: …` in a locale. */
export function localeSources(locale: Locale, count: number): string {
  return interpolate(message(locale, `figure.sources#${pluralForm(locale.lang, count)}`), { count: localeNumber(count, 2, locale.lang) });
}

// --- dates ----------------------------------------------------------------------------------

/** A partial date in a locale: the nominative (`апрель 1993 г.`) or the form after a preposition (`апреля 1993 г.`). */
export function localeDate(locale: Locale, date: string, grammaticalCase: "nominative" | "genitive" = "nominative"): string {
  const [year, month, day] = date.split("-");
  if (year === undefined) return date;
  const suffix = grammaticalCase === "genitive" ? ".genitive" : "";
  if (month === undefined) return interpolate(message(locale, `date.year${suffix}`), { year });
  const monthNumber = Number(month);
  if (!(monthNumber >= 1 && monthNumber <= 12)) return date;
  if (day === undefined) {
    return interpolate(message(locale, `date.month${suffix}`), {
      month: message(locale, `month.${monthNumber}${suffix}`),
      year,
    });
  }
  // With a day, the month is in the genitive in Russian in every case (2 апреля).
  return interpolate(message(locale, "date.day"), { day: Number(day), month: message(locale, `month.${monthNumber}.genitive`), year });
}

/** Placeholders a period's or an as-of date's message may use: the date in both cases and its year's ordinal suffix. */
function dateParams(locale: Locale, date: string): Record<string, string> {
  const year = Number(date.slice(0, 4));
  return {
    date: localeDate(locale, date),
    "date-genitive": localeDate(locale, date, "genitive"),
    ordinal: azOrdinal(azLastWord(year).vowel),
  };
}

/** `formatPeriod` in a locale: `period.range`, `period.since`, `period.until`. */
export function localePeriod(locale: Locale, period: { start?: string | undefined; end?: string | undefined }): string {
  if (period.start && period.end) {
    if (period.start === period.end) return localeDate(locale, period.start);
    return interpolate(message(locale, "period.range"), { start: localeDate(locale, period.start), end: localeDate(locale, period.end) });
  }
  if (period.start) return interpolate(message(locale, "period.since"), dateParams(locale, period.start));
  if (period.end) return interpolate(message(locale, "period.until"), dateParams(locale, period.end));
  return "";
}

/** `as of 2 April 1993` in a locale (`statistic.as-of`). */
export function localeAsOf(locale: Locale, date: string): string {
  return interpolate(message(locale, "statistic.as-of"), dateParams(locale, date));
}

/** The keys the formatting above reads besides labels, units and months: a message file must have each. */
export const FORMAT_KEYS = [
  "figure.exact",
  "figure.exactly",
  "figure.about",
  "figure.more-than",
  "figure.at-least",
  "figure.up-to",
  "figure.less-than",
  "figure.dozens",
  "figure.hundreds",
  "figure.thousands",
  "figure.range",
  "figure.unknown",
  "figure.sources",
  "figure.competing",
  "date.day",
  "date.month",
  "date.month.genitive",
  "date.year",
  "date.year.genitive",
  "period.range",
  "period.since",
  "period.until",
  "statistic.as-of",
] as const;

/** A label map of a vocabulary in a locale (for filters and legends that list every value). */
export function localeLabels<T extends readonly string[]>(locale: Locale, vocabularyName: string, values: T): LabelMap<T> {
  return Object.fromEntries(values.map((v) => [v, localeLabel(locale, vocabularyName, v)])) as LabelMap<T>;
}
