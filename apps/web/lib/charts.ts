import "server-only";
import {
  POPULATION_GROUP,
  STATISTIC_CATEGORY,
  UNIT,
  figureDate,
  figureSpan,
  formatCompetingFigures,
  formatFigure,
  formatPeriod,
  partialDateSortKey,
  sortFiguresByDate,
  type Citation,
  type Figure,
  type Statistic,
  type Unit,
} from "@karabakh-atlas/domain";
import { datedObservations, getSource, getStatistic, listStatistics, regionName } from "./data";

/** One row of a chart: a bar, or a point of a series, with the figures behind it. */
export interface ChartRow {
  label: string;
  href: string;
  min: number;
  max: number;
  text: string;
  figures: Figure[];
}

export interface BarChartData {
  file: string;
  title: string;
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

function statLabel(s: Statistic, by: "region" | "category"): string {
  const qualifiers = [s.population === "all" ? "" : POPULATION_GROUP.labels[s.population].toLowerCase(), s.period ? formatPeriod(s.period) : ""].filter(Boolean);
  const suffix = qualifiers.length > 0 ? ` (${qualifiers.join(", ")})` : "";
  return by === "region" ? `${regionName(s.subject)}${suffix}` : `${STATISTIC_CATEGORY.labels[s.category]}${suffix}`;
}

function rowsOf(stats: Statistic[], unit: Unit, by: "region" | "category"): ChartRow[] {
  return stats
    .map((s) => {
      const figures = s.observations.filter((o) => o.unit === unit);
      const span = figureSpan(figures);
      if (!span) return undefined;
      return { label: statLabel(s, by), href: `/statistics/${s.id}`, min: span.min, max: span.max, text: formatCompetingFigures(figures), figures };
    })
    .filter((r): r is ChartRow => r !== undefined);
}

function unitsOf(stats: Statistic[]): Unit[] {
  const units = new Set(stats.flatMap((s) => s.observations.map((o) => o.unit)));
  return UNIT.values.filter((u) => units.has(u));
}

/** One bar chart per category (and unit): the regions compared. */
export function chartsByCategory(): BarChartData[] {
  const stats = listStatistics();
  const out: BarChartData[] = [];
  for (const category of STATISTIC_CATEGORY.values) {
    const inCategory = stats.filter((s) => s.category === category);
    for (const unit of unitsOf(inCategory)) {
      const rows = rowsOf(inCategory, unit, "region");
      // A single bar compares nothing; that figure is in its region's chart and in the list.
      if (rows.length < 2) continue;
      out.push({ file: `chart-category-${category}-${unit}.csv`, title: `${STATISTIC_CATEGORY.labels[category]}, by region`, unit, rows });
    }
  }
  return out;
}

/** One bar chart per region (and unit): its categories compared. */
export function chartsByRegion(): BarChartData[] {
  const stats = listStatistics();
  const subjects = [...new Set(stats.map((s) => s.subject))];
  const out: BarChartData[] = [];
  for (const subject of subjects) {
    const ofSubject = stats.filter((s) => s.subject === subject);
    for (const unit of unitsOf(ofSubject)) {
      const rows = rowsOf(ofSubject, unit, "category");
      if (rows.length < 2) continue;
      out.push({ file: `chart-region-${subject}-${unit}.csv`, title: `${regionName(subject)}, by category`, unit, rows });
    }
  }
  return out;
}

/** A dated series for one statistic: a line when two or more dates are given. */
export function seriesOf(statistic: Statistic): SeriesChartData | undefined {
  const dated = datedObservations(statistic);
  const units = unitsOf([{ ...statistic, observations: dated }]);
  const unit = units[0];
  if (!unit) return undefined;
  const points = sortFiguresByDate(dated.filter((o) => o.unit === unit)).map((figure) => ({
    date: figureDate(figure) as string,
    value: (figure.value ?? figure.upper ?? figure.lower) as number,
    text: formatFigure(figure),
    figure,
  }));
  if (new Set(points.map((p) => p.date)).size < 2) return undefined;
  return {
    file: `chart-series-${statistic.id}.csv`,
    title: `${STATISTIC_CATEGORY.labels[statistic.category]} — ${regionName(statistic.subject)}, over time`,
    unit,
    statistic,
    points,
  };
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

export const sortKey = partialDateSortKey;

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
  const bar = [...chartsByCategory(), ...chartsByRegion()].find((c) => c.file === file);
  if (bar) {
    return bar.rows.flatMap((row) =>
      row.figures.map((f) => ({
        chart: bar.title,
        row: row.label,
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
  return [...chartsByCategory(), ...chartsByRegion(), ...allSeries()].map((c) => c.file);
}

export { getStatistic };
