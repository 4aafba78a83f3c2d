import {
  STATISTIC_THEME_OF,
  UNIT,
  figureDate,
  figureSpan,
  sortFiguresByDate,
  statisticWhat,
  statisticWhen,
  type Figure,
  type PartialDate,
  type Statistic,
  type StatisticTheme,
  type Unit,
} from "@karabakh-atlas/domain/vocabulary";

/** One statistic's figures in one unit: a bar of a comparison. */
export interface ComparisonRow {
  statistic: Statistic;
  figures: Figure[];
  /** The lowest and highest number stated; absent when the figures are words only ("dozens"). */
  span: { min: number; max: number } | undefined;
}

/**
 * Statistics whose figures may share a chart: the same category, population, subset, war or
 * period (or event) and as-of date, in the same unit — their titles differ only in the place.
 * A comparison of one statistic is drawn alone (a number, or its series over time).
 */
export interface Comparison {
  key: string;
  /** What is counted: `Deposits counted (with confirmed reserves)`. */
  what: string;
  /** When: `as of 1993`, `First Karabakh War`; empty when the records do not say. */
  when: string;
  theme: StatisticTheme;
  unit: Unit;
  rows: ComparisonRow[];
}

/** The title of a statistic without its place (the domain's `statisticWhat` and `statisticWhen`). */
function scopeOf(statistic: Statistic, eventTitle: (id: string) => string | undefined): { what: string; when: string } {
  return { what: statisticWhat(statistic), when: statisticWhen(statistic, { event: statistic.event ? eventTitle(statistic.event) : undefined }) };
}

/** The units a statistic's figures are stated in, in the vocabulary's order. */
export function statisticUnits(statistic: Pick<Statistic, "observations">): Unit[] {
  const units = new Set(statistic.observations.map((o) => o.unit));
  return UNIT.values.filter((u) => units.has(u));
}

/**
 * Whether a statistic is stated in more than one unit. Charts, lists and the CLI show it once per
 * unit (see `comparisons`), so its title there names the unit (domain `titleInUnit`): otherwise two
 * of its views read alike, "Area occupied — Agdam District" in per cent and in km².
 */
export function statedInSeveralUnits(statistic: Pick<Statistic, "observations">): boolean {
  return statisticUnits(statistic).length > 1;
}

/**
 * The rule for what may share a chart: two statistics are comparable in a unit when everything
 * but the place is the same — category, population, subset, war or period or event, as-of date.
 * Web and CLI both draw from this, so no chart sets a first-war total beside 2020 military deaths.
 */
export function comparisonKey(statistic: Statistic, unit: Unit, eventTitle: (id: string) => string | undefined): string {
  const { what, when } = scopeOf(statistic, eventTitle);
  return `${what}|${when}|${unit}`;
}

export function areComparable(a: Statistic, b: Statistic, unit: Unit, eventTitle: (id: string) => string | undefined): boolean {
  return comparisonKey(a, unit, eventTitle) === comparisonKey(b, unit, eventTitle);
}

/** The statistics grouped by `comparisonKey`, in the order given; each statistic once per unit it uses. */
export function comparisons(statistics: readonly Statistic[], eventTitle: (id: string) => string | undefined): Comparison[] {
  const out = new Map<string, Comparison>();
  for (const statistic of statistics) {
    for (const unit of statisticUnits(statistic)) {
      const figures = statistic.observations.filter((o) => o.unit === unit);
      const key = comparisonKey(statistic, unit, eventTitle);
      let comparison = out.get(key);
      if (!comparison) {
        comparison = { key, ...scopeOf(statistic, eventTitle), theme: STATISTIC_THEME_OF[statistic.category], unit, rows: [] };
        out.set(key, comparison);
      }
      comparison.rows.push({ statistic, figures, span: figureSpan(figures) });
    }
  }
  return [...out.values()];
}

/** A figure's single number for a line or a card: its value, else the upper then the lower bound. */
export function figureNumber(figure: Pick<Figure, "value" | "lower" | "upper">): number | undefined {
  return figure.value ?? figure.upper ?? figure.lower;
}

/** One point of a dated series. */
export interface SeriesPoint {
  date: PartialDate;
  value: number;
  figure: Figure;
}

/** A statistic's dated figures in a unit, in date order: a series when they give two or more dates. */
export function seriesPoints(statistic: Statistic, unit: Unit): SeriesPoint[] {
  return sortFiguresByDate(statistic.observations.filter((o) => o.unit === unit)).flatMap((figure) => {
    const date = figureDate(figure);
    const value = figureNumber(figure);
    return date !== undefined && value !== undefined ? [{ date, value, figure }] : [];
  });
}

export function isSeries(points: readonly SeriesPoint[]): boolean {
  return new Set(points.map((p) => p.date)).size >= 2;
}

/**
 * What a headline card shows of a statistic: the latest dated figure (the first unit's), and the
 * span of the others with how many there are — every value counted, none left out or picked silently.
 */
export interface Headline {
  unit: Unit;
  latest: Figure | undefined;
  others: Figure[];
  othersSpan: { min: number; max: number } | undefined;
}

export function headlineOf(statistic: Statistic): Headline | undefined {
  const unit = statisticUnits(statistic)[0];
  if (!unit) return undefined;
  const figures = statistic.observations.filter((o) => o.unit === unit);
  const dated = seriesPoints(statistic, unit);
  const latest = dated[dated.length - 1]?.figure;
  const others = figures.filter((f) => f !== latest);
  return { unit, latest, others, othersSpan: figureSpan(others) };
}
