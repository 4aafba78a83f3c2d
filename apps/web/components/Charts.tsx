import Link from "@/components/Link";
import { figureDate, formatCompetingFigures, formatDate, formatFigure, formatNumber, formatUnit, partialDateSortKey, type Figure } from "@karabakh-atlas/domain";
import { sourcesOf, type BarChartData, type SeriesChartData } from "@/lib/charts";
import type { Citation } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import { sourceAuthor } from "@karabakh-atlas/domain";
import type { ReactNode } from "react";
import { hrefOf } from "@/lib/routes";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";
import { ScrollBox } from "./ScrollBox";
import { translator, type Lang } from "@/lib/i18n";
import { regionNameIn } from "@/lib/localize";

function sayer(id: string): string {
  const source = getSource(id);
  return source ? sourceAuthor(source) : id;
}

/**
 * A compact citation for table cells: who says it (the source's author), linked to the source page, and the locator.
 */
function SourceNote({ citations }: { citations: readonly Citation[] }) {
  return (
    <span className="muted">
      {" — "}
      {citations.map((c, i) => (
        <span key={i}>
          {i > 0 ? "; " : ""}
          <Link href={hrefOf("source", c.source)}>
            {sayer(c.source)}
          </Link>
          , {c.locator}
        </span>
      ))}
    </span>
  );
}

function ChartSources({ figures, lang }: { figures: Parameters<typeof sourcesOf>[0]; lang: Lang }) {
  const sources = sourcesOf(figures);
  return (
    <span className="chart-sources">
      {translator(lang).t("web.chart.sources")}{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? "; " : ""}
          {/* A source's title as published: marked with its language on a page in another (an English page is as it was). */}
          <Link href={hrefOf("source", s.id)} {...(lang === "en" ? {} : { lang: getSource(s.id)?.language })}>
            {s.title}
          </Link>
        </span>
      ))}
    </span>
  );
}

/**
 * What every chart has under its drawing: its data as a table (folded; what a screen reader reads,
 * the drawing being hidden from it), then as the caption what it shows, its CSV and its sources.
 */
function ChartData({
  chart: { title, file },
  columns,
  rows,
  figures,
  explanation,
  lang,
}: {
  lang: Lang;
  chart: { title: string; file: string };
  columns: readonly [string, string];
  /** One row a place or date: its heading cell and its figures. */
  rows: readonly { key: string; head: ReactNode; figures: ReactNode }[];
  figures: Parameters<typeof sourcesOf>[0];
  explanation: string;
}) {
  const { t } = translator(lang);
  return (
    <>
      <details className="chart-table">
        <summary>{t("common.data-table")}</summary>
        <ScrollBox label={t("web.chart.data-table-of", { title })}>
          <table>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.head}</th>
                  <td>{r.figures}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
      <figcaption>
        {explanation}{" "}
        <a href={`/downloads/${file}`} download>
          {t("web.chart.download")}
        </a>
        <ChartSources figures={figures} lang={lang} />
      </figcaption>
    </>
  );
}

/**
 * One drawing per chart, for every screen: the SVG is as wide as its box and places things along x
 * in percent of it, so nothing is scaled — its text stays at the stylesheet's 12 px on a 360 px
 * phone and on a desktop alike, and the page carries one drawing instead of one per layout.
 * `pct` writes a fraction of the box as an SVG length.
 */
const pct = (fraction: number) => `${(Math.min(Math.max(fraction, 0), 1) * 100).toFixed(2)}%`;

/** Round steps (1, 2, 5 × 10ⁿ) from 0 to at least `max`, at most about `count` of them. */
function niceTicks(max: number, count: number): number[] {
  const raw = max / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? power * 10;
  const ticks: number[] = [];
  for (let v = 0; v <= max + step * 0.001; v += step) ticks.push(v);
  if ((ticks[ticks.length - 1] ?? 0) < max) ticks.push(ticks.length * step);
  return ticks;
}

/** Where a text at `fraction` of the width is anchored, so that it stays inside the drawing. */
const anchorAt = (fraction: number): "start" | "middle" | "end" => (fraction < 0.2 ? "start" : fraction > 0.8 ? "end" : "middle");

/** Bar rows: the place and its figures on one line, the bar under it (36 px a row). */
const BAR_ROW = 36;

/*
 * BarChart, LineChart and StatNumber are async server components though they await nothing: React
 * then sends each as a chunk of its own in the page's payload, which the browser parses and
 * hydrates when it reaches it, yielding between them. Synchronous, /statistics' hundred-odd charts
 * arrived as one chunk, parsed and hydrated in one task (518 ms in a trace on the loaded machine;
 * 117 ms the longest since).
 */

/**
 * Horizontal bars drawn on the server, one per place. Where sources disagree the bar spans their
 * values: solid up to the lowest, lighter up to the highest. The table under it holds every value.
 */
/** `title`: the chart's title in the page's language (lib/charts's `viewTitle` on a theme page). */
export async function BarChart({ chart, title, headingLevel = 3, id, lang = "en" }: { chart: BarChartData; title: string; headingLevel?: 2 | 3 | 4; id?: string; lang?: Lang }) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  const { t, locale } = translator(lang);
  const number = (value: number) => formatNumber(value, { locale });
  const unit = formatUnit(chart.unit, 2, "long", locale);
  const label = (r: BarChartData["rows"][number]) => (lang === "en" ? r.label : regionNameIn(lang, r.subject));
  const max = Math.max(...chart.rows.map((r) => r.max), 1);
  const ticks = niceTicks(max, 4);
  const top = ticks[ticks.length - 1] ?? max;
  const plotBottom = chart.rows.length * BAR_ROW + 2;
  const height = plotBottom + 18;
  return (
    <figure className="chart" id={id}>
      <Heading className="chart-title">{title}</Heading>
      <svg width="100%" height={height} className="chart-svg" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <line key={`g${t}`} x1={pct(t / top)} x2={pct(t / top)} y1={14} y2={plotBottom} className="grid" />
        ))}
        {ticks.map((t) => (
          <text key={`t${t}`} x={pct(t / top)} y={height - 4} textAnchor={anchorAt(t / top)} className="chart-label">
            {number(t)}
          </text>
        ))}
        {chart.rows.map((r, i) => {
          const y = i * BAR_ROW;
          return (
            <g key={r.href + i}>
              <text x={0} y={y + 13} className="chart-label">
                {label(r).length > 40 ? `${label(r).slice(0, 39)}…` : label(r)}{" "}
                <tspan className="chart-value">{r.min === r.max ? number(r.max) : `${number(r.min)}–${number(r.max)}`}</tspan>
              </text>
              <rect x={0} y={y + 18} width={pct(Math.max(r.min / top, 0.003))} height={12} className="bar" />
              {r.max > r.min ? <rect x={pct(r.min / top)} y={y + 18} width={pct((r.max - r.min) / top)} height={12} className="bar range" /> : null}
            </g>
          );
        })}
      </svg>
      <ChartData
        chart={{ title, file: chart.file }}
        lang={lang}
        columns={[t("web.column.place"), t("web.home.figures")]}
        figures={chart.rows.flatMap((r) => r.figures)}
        explanation={t("web.chart.bars-explanation", { unit })}
        rows={chart.rows.map((r, i) => ({
          key: r.href + i,
          head: <Link href={r.href}>{label(r)}</Link>,
          figures: (
            <>
              {lang === "en" ? r.text : formatCompetingFigures(r.figures, { locale })}
              <ul className="figure-values">
                {r.figures.map((f, j) => (
                  <li key={j}>
                    {formatFigure(f, { locale })}
                    <SourceNote citations={f.citations} />
                  </li>
                ))}
              </ul>
            </>
          ),
        }))}
      />
    </figure>
  );
}

function timeOf(date: string): number {
  const [y, m, d] = partialDateSortKey(date).split("-").map(Number);
  return Date.UTC(y ?? 0, Math.max((m ?? 1) - 1, 0), Math.max(d ?? 1, 1));
}

/** Year ticks between two times, every 1, 2, 5 or 10 years so that about `count` fit. */
function yearTicks(t0: number, t1: number, count: number): number[] {
  const y0 = new Date(t0).getUTCFullYear();
  const y1 = new Date(t1).getUTCFullYear() + 1;
  const step = [1, 2, 5, 10, 20].find((s) => (y1 - y0) / s <= count) ?? 50;
  const out: number[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) out.push(y);
  return out;
}

/** The line chart's plot area inside its drawing: from 56 px on the left, 72% of the width, 14 px from the top. */
const PLOT = { left: 56, width: 0.72, top: 14, height: 158 } as const;

/**
 * A dated series as a line on a real time axis (years evenly spaced, points where their dates
 * fall), with value and year ticks, the latest value marked, and each point a focusable mark whose
 * tooltip gives its date, figure and source. The plot is a nested SVG whose x and y run in percent
 * of it; the line itself is drawn in a stretched 1000 × 1000 box with a stroke that does not scale.
 */
/** `title`: the chart's title in the page's language (a theme page's `viewTitle`, a statistic page's own title). */
export async function LineChart({ chart, title, headingLevel = 3, id, lang = "en" }: { chart: SeriesChartData; title: string; headingLevel?: 2 | 3 | 4; id?: string; lang?: Lang }) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  const { t, tn, locale } = translator(lang);
  const number = (value: number) => formatNumber(value, { locale });
  const date = (value: string) => formatDate(value, locale);
  const times = chart.points.map((p) => timeOf(p.date));
  const vmax = Math.max(...chart.points.map((p) => p.value), 1);
  const vticks = niceTicks(vmax, 4);
  const vtop = vticks[vticks.length - 1] ?? vmax;
  const last = chart.points[chart.points.length - 1];
  const publisher = (f: Figure) => [...new Set(f.citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");
  // About six year ticks: readable at a phone's 250 px of plot and not sparse on a desktop.
  const years = yearTicks(Math.min(...times), Math.max(...times), 6);
  const t0 = Math.min(Date.UTC(new Date(Math.min(...times)).getUTCFullYear(), 0, 1), Date.UTC(years[0] ?? 0, 0, 1));
  const t1 = Math.max(Date.UTC(years[years.length - 1] ?? 0, 0, 1), Math.max(...times));
  const fx = (t: number) => (t - t0) / Math.max(t1 - t0, 1);
  const fy = (v: number) => 1 - v / vtop;
  const d = chart.points.map((p, i) => `${i === 0 ? "M" : "L"}${Math.round(fx(timeOf(p.date)) * 1000)} ${Math.round(fy(p.value) * 1000)}`).join("");
  return (
    <figure className="chart" id={id}>
      <Heading className="chart-title">{title}</Heading>
      {chart.statistic.context ? (
        <AtlasText lang={lang} className="chart-subtitle">
          {chart.statistic.context}
        </AtlasText>
      ) : null}
      {last ? (
        <p className="chart-latest">
          {t("web.home.latest")}: <strong>{formatFigure(last.figure, { locale })}</strong> ({date(last.date)}, {publisher(last.figure)})
        </p>
      ) : null}
      <svg width="100%" height={PLOT.top + PLOT.height + 28} className="chart-svg" role="group" aria-label={lang === "en" ? `${title}: ${chart.points.length} dated figures` : `${title}: ${tn("web.count.figures", chart.points.length)}`}>
        <svg x={PLOT.left} y={PLOT.top} width={pct(PLOT.width)} height={PLOT.height} overflow="visible">
          <g aria-hidden="true">
            {vticks.map((v) => (
              <line key={`g${v}`} x1={0} x2="100%" y1={pct(fy(v))} y2={pct(fy(v))} className={v === 0 ? "axis" : "grid"} />
            ))}
            {vticks.map((v) => (
              <text key={`v${v}`} x={-6} y={pct(fy(v))} dy={4} textAnchor="end" className="chart-label">
                {number(v)}
              </text>
            ))}
            {years.map((year) => (
              <text key={`y${year}`} x={pct(fx(Date.UTC(year, 0, 1)))} y="100%" dy={20} textAnchor="middle" className="chart-label">
                {year}
              </text>
            ))}
            <svg viewBox="0 0 1000 1000" preserveAspectRatio="none" width="100%" height="100%" overflow="visible">
              <path d={d} className="line" />
            </svg>
          </g>
          {chart.points.map((p, i) => {
            const x = fx(timeOf(p.date));
            const y = fy(p.value);
            const tip = `${date(p.date)}: ${lang === "en" ? p.text : formatFigure(p.figure, { locale })} (${publisher(p.figure)})`;
            const isLast = p === last;
            return (
              <g key={i} className="point" tabIndex={0} role="img" aria-label={tip}>
                <circle cx={pct(x)} cy={pct(y)} r={isLast ? 6 : 4} className={isLast ? "dot latest" : "dot"} />
                {isLast ? (
                  <text x={pct(x)} y={pct(y)} dx={x > 0.5 ? -9 : 9} dy={-9} textAnchor={x > 0.5 ? "end" : "start"} className="chart-value" aria-hidden="true">
                    {number(p.value)}
                  </text>
                ) : null}
                <text x={pct(x)} y={pct(y)} dy={-14} textAnchor={anchorAt(x)} className="tip" aria-hidden="true">
                  {date(p.date)}: {number(p.value)}
                </text>
              </g>
            );
          })}
        </svg>
      </svg>
      <ChartData
        chart={{ ...chart, title }}
        lang={lang}
        columns={[t("web.chart.date"), t("web.chart.figure")]}
        figures={chart.points.map((p) => p.figure)}
        explanation={t("web.chart.line-explanation", { unit: formatUnit(chart.unit, 2, "long", locale) })}
        rows={chart.points.map((p, i) => ({
          key: String(i),
          head: <time dateTime={p.date}>{date(p.date)}</time>,
          figures: (
            <>
              {lang === "en" ? p.text : formatFigure(p.figure, { locale })}
              <SourceNote citations={p.figure.citations} />
            </>
          ),
        }))}
      />
    </figure>
  );
}

/** A statistic with a single date (or none): its number, as each source states it, with the source. */
export async function StatNumber({
  title,
  subtitle,
  href,
  figures,
  headingLevel = 3,
  id,
  lang = "en",
}: {
  lang?: Lang;
  title: string;
  /** The statistic's context: the atlas's own words (English, marked as such on another language's page). */
  subtitle?: string;
  href: string;
  figures: readonly Figure[];
  headingLevel?: 2 | 3 | 4;
  id?: string;
}) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  const { t, locale } = translator(lang);
  return (
    <figure className="stat-number" id={id}>
      <Heading className="chart-title">
        <Link href={href}>{title}</Link>
      </Heading>
      {subtitle ? (
        <AtlasText lang={lang} className="chart-subtitle">
          {subtitle}
        </AtlasText>
      ) : null}
      <ul className="stat-values">
        {figures.map((f, i) => {
          const date = figureDate(f);
          return (
            <li key={i}>
              <strong className="big">{formatFigure(f, { locale })}</strong>
              {date ? <span className="muted"> {t("web.common.as-of", { date: formatDate(date, locale) })}</span> : null} ·{" "}
              {[...new Set(f.citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ")}
              <Cite lang={lang} citations={f.citations} />
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
