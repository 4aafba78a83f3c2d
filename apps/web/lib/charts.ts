import "server-only";
import {
  STATISTIC_THEME,
  figureDate,
  formatCompetingFigures,
  formatFigure,
  statisticWhat,
  statisticWhen,
  titleInUnit,
  type Citation,
  type Figure,
  type Statistic,
  type StatisticTheme,
  type Unit,
} from "@karabakh-atlas/domain";
import { isSeries, seriesPoints, statedInSeveralUnits, statisticUnits, type Comparison } from "@karabakh-atlas/data";
import { comparisons, getSource, getStatistic, listStatistics, regionName, titleOf } from "./data";
import { translator, type Lang } from "./i18n";
import { eventTitleIn, titleIn } from "./localize";

/** One bar of a chart: a statistic's figures, spanning what its sources state. */
export interface ChartRow {
  label: string;
  /** The region the bar is about (its label is that region's English name). */
  subject: string;
  href: string;
  min: number;
  max: number;
  text: string;
  figures: Figure[];
}

/** Places compared on one chart: statistics that differ only in their place (the data package's rule). */
export interface BarChartData {
  file: string;
  /** In English (the chart's CSV says it); `barChartTitle` writes it in a language. */
  title: string;
  /** The first bar's statistic: what every bar counts (category, population, period) is its. */
  statistic: Statistic;
  unit: Unit;
  rows: ChartRow[];
}

export interface SeriesPoint {
  date: string;
  value: number;
  text: string;
  figure: Figure;
}

export interface SeriesChartData {
  file: string;
  title: string;
  unit: Unit;
  statistic: Statistic;
  points: SeriesPoint[];
}

/**
 * What a theme's page draws for one comparison: a bar chart of places, a line over time, or a
 * number. `unitInTitle` when its statistics are stated in more than one unit, each unit a view
 * of its own: the title then names the unit, so no two views read alike.
 */
export type StatisticView = { id: string; unit: Unit; unitInTitle: boolean } & (
  | { kind: "bars"; chart: BarChartData }
  | { kind: "series"; chart: SeriesChartData }
  | { kind: "number"; statistic: Statistic; title: string; figures: Figure[] }
);

export interface ThemeSection {
  theme: StatisticTheme;
  label: string;
  statistics: Statistic[];
  views: StatisticView[];
}

/**
 * A bar chart's title in a language: what its statistics count and when, in the domain's words
 * for the category, population and war or period, the event's title in the language (a subset is
 * the atlas's English), then "by place": `Killed, civilians, by place — First Karabakh War`.
 */
export function barChartTitle(statistic: Statistic, lang: Lang): string {
  const { t, locale } = translator(lang);
  const event = statistic.event ? eventTitleIn(lang, statistic.event) : undefined;
  const what = statisticWhat(statistic, locale);
  const when = statisticWhen(statistic, { event }, locale);
  return when ? t("web.chart.by-place-when", { what, when }) : t("web.chart.by-place", { what });
}

/** The title of a view of /statistics (a bar chart, a line or a number) in a language. */
export function viewTitle(view: StatisticView, lang: Lang): string {
  const title = titleWithoutUnit(view, lang);
  return view.unitInTitle ? titleInUnit(title, view.unit, translator(lang).locale) : title;
}

function titleWithoutUnit(view: StatisticView, lang: Lang): string {
  if (view.kind === "bars") return lang === "en" ? view.chart.title : barChartTitle(view.chart.statistic, lang);
  if (lang === "en") return view.kind === "series" ? view.chart.title : view.title;
  return titleIn(lang, "statistic", view.kind === "series" ? view.chart.statistic.id : view.statistic.id);
}

function barChartOf(comparison: Comparison): BarChartData | undefined {
  const rows = comparison.rows.flatMap((row) =>
    row.span
      ? [{ label: regionName(row.statistic.subject), subject: row.statistic.subject, href: `/statistics/${row.statistic.id}`, min: row.span.min, max: row.span.max, text: formatCompetingFigures(row.figures), figures: row.figures }]
      : [],
  );
  if (rows.length < 2) return undefined;
  const first = comparison.rows[0]!.statistic;
  return {
    file: `chart-compare-${first.id}-${comparison.unit}.csv`,
    title: barChartTitle(first, "en"),
    statistic: first,
    unit: comparison.unit,
    rows,
  };
}

/** A statistic's dated figures as a line, when they give two or more dates (in its first unit). */
export function seriesOf(statistic: Statistic): SeriesChartData | undefined {
  const unit = statisticUnits(statistic).find((u) => isSeries(seriesPoints(statistic, u)));
  if (!unit) return undefined;
  const points = seriesPoints(statistic, unit).map((p) => ({ ...p, text: formatFigure(p.figure) }));
  return { file: `chart-series-${statistic.id}.csv`, title: titleOf("statistic", statistic.id), unit, statistic, points };
}

function viewsOf(comparison: Comparison): StatisticView[] {
  const { unit } = comparison;
  const bars = barChartOf(comparison);
  if (bars) {
    const unitInTitle = comparison.rows.some((row) => statedInSeveralUnits(row.statistic));
    return [{ kind: "bars", id: `chart-${comparison.rows[0]?.statistic.id}-${unit}`, unit, unitInTitle, chart: bars }];
  }
  return comparison.rows.map((row) => {
    const id = `stat-${row.statistic.id}-${unit}`;
    const unitInTitle = statedInSeveralUnits(row.statistic);
    const series = seriesOf(row.statistic);
    if (series && series.unit === unit) return { kind: "series", id, unit, unitInTitle, chart: series };
    return { kind: "number", id, unit, unitInTitle, statistic: row.statistic, title: titleOf("statistic", row.statistic.id), figures: row.figures };
  });
}

/** The address of a theme's page of charts (app/(en)/statistics/themes/[theme]). */
export const themePath = (theme: string): string => `/statistics/themes/${theme}`;

/** The statistics' themes, each with its charts, lines and numbers: a page each, listed on /statistics. */
export function statisticsByTheme(): ThemeSection[] {
  const all = comparisons();
  return STATISTIC_THEME.values
    .map((theme) => {
      const inTheme = all.filter((c) => c.theme === theme);
      const statistics = [...new Map(inTheme.flatMap((c) => c.rows.map((r) => [r.statistic.id, r.statistic] as const))).values()];
      return { theme, label: STATISTIC_THEME.labels[theme], statistics, views: inTheme.flatMap(viewsOf) };
    })
    .filter((section) => section.views.length > 0);
}

export function allBarCharts(): BarChartData[] {
  return comparisons().flatMap((c) => barChartOf(c) ?? []);
}

export function allSeries(): SeriesChartData[] {
  return listStatistics()
    .map(seriesOf)
    .filter((s): s is SeriesChartData => s !== undefined);
}

export function sourcesOf(figures: readonly Figure[]): { id: string; title: string }[] {
  const ids = [...new Set(figures.flatMap((f) => f.citations.map((c) => c.source)))];
  return ids.map((id) => ({ id, title: getSource(id)?.title ?? id }));
}

function citationColumns(citations: readonly Citation[]) {
  return {
    sources: citations.map((c) => c.source).join("; "),
    locators: citations.map((c) => c.locator).join("; "),
    excerpts: citations.map((c) => c.excerpt ?? "").join(" | "),
    summaries: citations.map((c) => c.summary ?? "").join(" | "),
  };
}

/** The rows of a chart's CSV: exactly the figures the chart draws, one line per source figure. */
export function chartCsvRows(file: string): Record<string, string | number | undefined>[] | undefined {
  const bar = allBarCharts().find((c) => c.file === file);
  if (bar) {
    return bar.rows.flatMap((row) =>
      row.figures.map((f) => ({
        chart: bar.title,
        row: row.label,
        statistic: titleOf("statistic", row.href.split("/").pop() ?? ""),
        value: f.value,
        lower: f.lower,
        upper: f.upper,
        qualifier: f.qualifier,
        unit: f.unit,
        as_of: figureDate(f),
        ...citationColumns(f.citations),
      })),
    );
  }
  const series = allSeries().find((s) => s.file === file);
  if (series) {
    return series.points.map((p) => ({
      chart: series.title,
      date: p.date,
      value: p.value,
      lower: p.figure.lower,
      upper: p.figure.upper,
      qualifier: p.figure.qualifier,
      unit: p.figure.unit,
      ...citationColumns(p.figure.citations),
    }));
  }
  return undefined;
}

export function chartFiles(): string[] {
  return [...allBarCharts(), ...allSeries()].map((c) => c.file);
}

export { getStatistic };
