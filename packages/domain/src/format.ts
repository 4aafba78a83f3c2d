import type { LabelMap } from "./enums.js";
import { COMMODITY_GROUP, QUALIFIER, RETURN_GROUP, UNIT, VOCABULARIES, type Qualifier, type Unit } from "./enums.js";
import { isOtherLocale, localeDate, localeFigure, localeLabel, localeNumber, localePeriod, localeSources, localeUnit, interpolate, message, type Locale } from "./locale.js";
import type { Figure, PartialDate, Period } from "./primitives.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Every labelled vocabulary by name, the key of its labels in the message files (`vocab.<NAME>.<value>`). */
export const LABELLED_VOCABULARIES = { ...VOCABULARIES, RETURN_GROUP, COMMODITY_GROUP } as const;

const VOCABULARY_NAME = new Map<object, string>(Object.entries(LABELLED_VOCABULARIES).map(([name, vocabulary]) => [vocabulary, name]));

/** English unless a locale of another language is given. */
function other(locale: Locale | undefined): locale is Locale {
  return isOtherLocale(locale);
}

/**
 * The display label of an enum value, e.g. `labelOf(COMMODITY, "gold")` → `Gold`; with a locale
 * from `@karabakh-atlas/domain/i18n`, in its language (`Qızıl`, `Золото`).
 */
export function labelOf<const T extends readonly string[]>(
  vocabulary: { readonly values: T; readonly labels: LabelMap<T> },
  value: T[number],
  locale?: Locale,
): string {
  const name = other(locale) ? VOCABULARY_NAME.get(vocabulary) : undefined;
  if (other(locale) && name) return localeLabel(locale, name, value);
  return vocabulary.labels[value as T[number]];
}

/** One formatter per number of fraction digits: building an `Intl.NumberFormat` costs far more than using one. */
const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * `70000` → `70,000`; `1.5` → `1.5`; `-3` → `−3`. Always with comma thousands separators in
 * English; with an az or ru locale `70 000` and `1,5` (a no-break space groups the thousands).
 */
export function formatNumber(value: number, options: { maximumFractionDigits?: number; locale?: Locale | undefined } = {}): string {
  if (other(options.locale)) return localeNumber(value, options.maximumFractionDigits ?? 2, options.locale.lang);
  const digits = options.maximumFractionDigits ?? 2;
  let format = numberFormats.get(digits);
  if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits, useGrouping: true })));
  const text = format.format(Math.abs(value));
  return value < 0 ? `−${text}` : text;
}

export type UnitStyle = "long" | "symbol" | "none";

/** The unit as text after a value: `people`, `km²`, `%`, or nothing. */
export function formatUnit(unit: Unit, amount: number | undefined, style: UnitStyle = "long", locale?: Locale): string {
  if (other(locale)) return localeUnit(locale, unit, amount, style);
  if (style === "none") return "";
  const label = UNIT.labels[unit];
  if (style === "symbol" && label.symbol) return label.symbol;
  return amount === 1 ? label.one : label.other;
}

function joinValueAndUnit(valueText: string, unit: Unit, amount: number | undefined, style: UnitStyle): string {
  const unitText = formatUnit(unit, amount, style);
  if (!unitText) return valueText;
  if (unitText === "%") return `${valueText}%`;
  if (unitText === "US$") return `US$${valueText}`;
  return `${valueText} ${unitText}`;
}

/**
 * A title that names its unit, for a statistic shown once per unit it is stated in: the two
 * views of "Area occupied — Agdam District, …" read `… (km²)` and `… (%)`; a unit without a
 * symbol is written in full, `… (villages)`.
 */
export function titleInUnit(title: string, unit: Unit, locale?: Locale): string {
  return `${title} (${formatUnit(unit, 2, "symbol", locale)})`;
}

export interface FormatFigureOptions {
  unit?: UnitStyle;
  /** Omit the word "exactly" for exact figures (the default). */
  showExact?: boolean;
  /** The language (from `@karabakh-atlas/domain/i18n`); English when absent. */
  locale?: Locale | undefined;
}

/**
 * A figure as a sentence fragment: `more than 70,000 people`, `about 60,000 people`,
 * `305–382 km²`, `up to 30%`, `dozens of monuments`; in Azerbaijani `60 000-dən çox nəfər`, in
 * Russian `более 60 000 человек`.
 */
export function formatFigure(
  figure: Pick<Figure, "value" | "lower" | "upper" | "qualifier" | "unit">,
  options: FormatFigureOptions = {},
): string {
  if (other(options.locale)) return localeFigure(options.locale, figure, options.unit ?? "long", options.showExact ?? false);
  const style = options.unit ?? "long";
  const qualifier: Qualifier = figure.qualifier ?? "exact";
  if (qualifier === "dozens" || qualifier === "hundreds" || qualifier === "thousands") {
    if (figure.value === undefined && figure.lower === undefined && figure.upper === undefined) {
      const unitText = formatUnit(figure.unit, 2, style === "none" ? "none" : "long");
      return unitText ? `${QUALIFIER.labels[qualifier]} of ${unitText}` : QUALIFIER.labels[qualifier];
    }
  }
  let valueText: string;
  let amount: number | undefined;
  if (figure.value !== undefined) {
    valueText = formatNumber(figure.value);
    amount = figure.value;
  } else if (figure.lower !== undefined && figure.upper !== undefined) {
    valueText = `${formatNumber(figure.lower)}–${formatNumber(figure.upper)}`;
    amount = figure.upper;
  } else if (figure.lower !== undefined) {
    // An open lower bound reads "at least", unless the source said "more than".
    const word = qualifier === "more-than" ? QUALIFIER.labels["more-than"] : "at least";
    return `${word} ${joinValueAndUnit(formatNumber(figure.lower), figure.unit, figure.lower, style)}`;
  } else if (figure.upper !== undefined) {
    // An open upper bound reads "up to", unless the source said "less than".
    const word = qualifier === "less-than" ? QUALIFIER.labels["less-than"] : "up to";
    return `${word} ${joinValueAndUnit(formatNumber(figure.upper), figure.unit, figure.upper, style)}`;
  } else {
    valueText = "unknown";
  }
  const text = joinValueAndUnit(valueText, figure.unit, amount, style);
  if (qualifier === "exact") return options.showExact ? `exactly ${text}` : text;
  return `${QUALIFIER.labels[qualifier]} ${text}`;
}

/**
 * `1993-04-02` → `2 April 1993`; `1993-04` → `April 1993`; `1993` → `1993`. With a locale:
 * `2 aprel 1993`, `2 апреля 1993 г.`, `апрель 1993 г.`.
 */
export function formatDate(date: PartialDate): string;
export function formatDate(date: PartialDate, locale: Locale | undefined): string;
// Overloads, so that `dates.map(formatDate)` still type-checks (its index is not a locale).
export function formatDate(date: PartialDate, locale?: Locale): string {
  if (other(locale)) return localeDate(locale, date);
  const [year, month, day] = date.split("-");
  if (month === undefined) return year ?? date;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** `{start: 1993-04, end: 1994}` → `April 1993 – 1994`; open ends read "since" / "until". */
export function formatPeriod(period: Period): string;
export function formatPeriod(period: Period, locale: Locale | undefined): string;
export function formatPeriod(period: Period, locale?: Locale): string {
  if (other(locale)) return localePeriod(locale, period);
  if (period.start && period.end) {
    return period.start === period.end ? formatDate(period.start) : `${formatDate(period.start)} – ${formatDate(period.end)}`;
  }
  if (period.start) return `since ${formatDate(period.start)}`;
  if (period.end) return `until ${formatDate(period.end)}`;
  return "";
}

/**
 * Compares partial dates at their common precision: `1993` and `1993-04-02` compare equal,
 * `1993-04` is before `1993-05-01`. Returns a negative, zero or positive number.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Sort key that places a partial date at its earliest day (`1993` → `1993-01-01`). */
export function partialDateSortKey(date: PartialDate | undefined): string {
  if (!date) return "9999-99-99";
  if (date.length === 4) return `${date}-00-00`;
  if (date.length === 7) return `${date}-00`;
  return date;
}

/** The date a figure describes, for sorting a series: its `asOf`, else its period's end or start. */
export function figureDate(figure: Pick<Figure, "asOf" | "period">): PartialDate | undefined {
  return figure.asOf ?? figure.period?.end ?? figure.period?.start;
}

/** Orders figures by the date they describe, undated last; stable for equal dates. */
export function sortFiguresByDate<F extends Pick<Figure, "asOf" | "period">>(figures: readonly F[]): F[] {
  return [...figures].sort((a, b) => {
    const left = partialDateSortKey(figureDate(a));
    const right = partialDateSortKey(figureDate(b));
    return left < right ? -1 : left > right ? 1 : 0;
  });
}

/** The lowest and highest value stated across figures (ranges count by their bounds). */
export function figureSpan(figures: readonly Pick<Figure, "value" | "lower" | "upper">[]): { min: number; max: number } | undefined {
  const numbers = figures.flatMap((f) => [f.value, f.lower, f.upper]).filter((n): n is number => n !== undefined);
  if (numbers.length === 0) return undefined;
  return { min: Math.min(...numbers), max: Math.max(...numbers) };
}

/**
 * Several figures for the same fact, summarised without merging them:
 * one figure → its own text; several → `3 sources: 305–382 km²` (the count is of distinct sources).
 */
export function formatCompetingFigures(
  figures: readonly Pick<Figure, "value" | "lower" | "upper" | "qualifier" | "unit" | "citations">[],
  options: FormatFigureOptions = {},
): string {
  const [first] = figures;
  if (!first) return "";
  if (figures.length === 1) return formatFigure(first, options);
  const sources = new Set(figures.flatMap((f) => f.citations.map((c) => c.source)));
  const units = new Set(figures.map((f) => f.unit));
  const { locale } = options;
  const prefix = other(locale) ? localeSources(locale, sources.size) : `${sources.size} ${sources.size === 1 ? "source" : "sources"}`;
  const join = (text: string) => (other(locale) ? interpolate(message(locale, "figure.competing"), { sources: prefix, figures: text }) : `${prefix}: ${text}`);
  const span = figureSpan(figures);
  if (units.size > 1 || !span) {
    return join(figures.map((f) => formatFigure(f, options)).join("; "));
  }
  if (span.min === span.max) return join(formatFigure({ value: span.min, qualifier: "exact", unit: first.unit }, options));
  return join(formatFigure({ lower: span.min, upper: span.max, qualifier: "exact", unit: first.unit }, options));
}
