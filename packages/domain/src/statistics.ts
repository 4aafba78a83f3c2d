import { POPULATION_GROUP, STATISTIC_CATEGORY, STATISTIC_WAR, type StatisticCategory, type StatisticTheme } from "./enums.js";
import { figureDate, formatDate, formatPeriod, labelOf } from "./format.js";
import { isOtherLocale, localeAsOf, lowerFirst, type Locale } from "./locale.js";
import { subsetInLanguage } from "./titles.js";
import type { Figure, Period, SubsetIn } from "./primitives.js";
import type { PartialDate } from "./primitives.js";
import type { PopulationGroup, StatisticWar } from "./enums.js";

/** The fields of a statistic that its title is made of (a `Statistic` has them all). */
export interface StatisticTitleFields {
  category: StatisticCategory;
  population: PopulationGroup;
  subset?: string | undefined;
  /** The subset in the atlas's other languages (`subsetIn.az`, `subsetIn.ru`). */
  subsetIn?: Readonly<SubsetIn> | undefined;
  war?: StatisticWar | undefined;
  period?: Period | undefined;
  observations: readonly Pick<Figure, "asOf" | "period">[];
}

/** Names the title needs from outside the record: the place's name and, where set, the event's title. */
export interface StatisticTitleNames {
  place: string;
  event?: string | undefined;
}

/**
 * The single date every dated observation describes, when they all describe one (an undated
 * figure beside them does not change what the statistic is as of); else undefined.
 */
export function statisticAsOf(statistic: Pick<StatisticTitleFields, "observations">): PartialDate | undefined {
  const dates = new Set(statistic.observations.flatMap((o) => figureDate(o) ?? []));
  return dates.size === 1 ? [...dates][0] : undefined;
}

/**
 * What the statistic counts, without the place: `Missing, military (hostages)`. In another
 * language the subset is the record's own translation (`subsetIn`), else its English words (the
 * data package's validator requires the translation of every subset).
 */
export function statisticWhat(statistic: Pick<StatisticTitleFields, "category" | "population" | "subset" | "subsetIn">): string;
export function statisticWhat(statistic: Pick<StatisticTitleFields, "category" | "population" | "subset" | "subsetIn">, locale: Locale | undefined): string;
export function statisticWhat(statistic: Pick<StatisticTitleFields, "category" | "population" | "subset" | "subsetIn">, locale?: Locale): string {
  if (isOtherLocale(locale)) {
    const population = statistic.population === "all" ? "" : `, ${lowerFirst(locale.lang, labelOf(POPULATION_GROUP, statistic.population, locale))}`;
    const words = statistic.subset ? (subsetInLanguage(statistic, locale.lang) ?? statistic.subset) : undefined;
    const subset = words ? ` (${words})` : "";
    return `${labelOf(STATISTIC_CATEGORY, statistic.category, locale)}${population}${subset}`;
  }
  const population = statistic.population === "all" ? "" : `, ${POPULATION_GROUP.labels[statistic.population].toLowerCase()}`;
  const subset = statistic.subset ? ` (${statistic.subset})` : "";
  return `${STATISTIC_CATEGORY.labels[statistic.category]}${population}${subset}`;
}

/** When the statistic counts: its war, else its period, else its event, then its single as-of date. */
export function statisticWhen(statistic: StatisticTitleFields, names: Pick<StatisticTitleNames, "event"> = {}, locale?: Locale): string {
  const parts: string[] = [];
  if (statistic.war) parts.push(labelOf(STATISTIC_WAR, statistic.war, locale));
  else if (statistic.period && formatPeriod(statistic.period, locale)) parts.push(formatPeriod(statistic.period, locale));
  else if (names.event) parts.push(names.event);
  const asOf = statisticAsOf(statistic);
  if (asOf && !(statistic.period && !statistic.war)) {
    parts.push(isOtherLocale(locale) ? localeAsOf(locale, asOf) : `as of ${formatDate(asOf)}`);
  }
  return parts.join(", ");
}

/**
 * A statistic's title, made from its fields: category, population, subset, place, then war (or
 * period, or event) and the as-of date when every figure describes one date —
 * `Missing, military — Azerbaijan, First Karabakh War`. The dataset's titles are unique (the
 * data package's tests fail on two alike), so a chart, a list or an export row names one statistic.
 */
export function statisticTitle(statistic: StatisticTitleFields, names: StatisticTitleNames, locale?: Locale): string {
  const when = statisticWhen(statistic, names, locale);
  return `${statisticWhat(statistic, locale)} — ${names.place}${when ? `, ${when}` : ""}`;
}

/** Which theme of /statistics a category belongs to. */
export const STATISTIC_THEME_OF: { readonly [C in StatisticCategory]: StatisticTheme } = {
  killed: "war-dead",
  wounded: "war-dead",
  disabled: "war-dead",
  "children-lost-parents": "war-dead",
  "killed-or-missing": "war-dead",
  missing: "missing",
  "hostage-or-missing": "missing",
  hostages: "missing",
  "mass-graves-found": "missing",
  "remains-identified": "missing",
  "remains-found": "missing",
  "missing-identified": "missing",
  expelled: "displaced",
  displaced: "displaced",
  idps: "displaced",
  refugees: "displaced",
  "mine-victims": "mines",
  "mine-victims-killed": "mines",
  "mine-victims-injured": "mines",
  "mines-cleared": "mines",
  "mines-estimated": "mines",
  "area-contaminated": "mines",
  "area-cleared": "mines",
  "villages-destroyed": "destruction",
  "schools-destroyed": "destruction",
  "libraries-destroyed": "destruction",
  "kindergartens-destroyed": "destruction",
  "kindergartens-and-hospitals-destroyed": "destruction",
  "hospitals-destroyed": "destruction",
  "museums-destroyed": "destruction",
  "monuments-destroyed": "destruction",
  "deposits-counted": "deposits",
  "ore-deposits-counted": "deposits",
  "mineral-water-deposits-counted": "deposits",
  "non-metallic-deposits-counted": "deposits",
  "deposits-returned": "deposits",
  "deposits-monitored": "deposits",
  "gold-reserves": "deposits",
  "silver-reserves": "deposits",
  "copper-reserves": "deposits",
  population: "other",
  "area-occupied": "other",
};
