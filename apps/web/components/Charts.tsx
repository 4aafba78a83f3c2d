import Link from "@/components/Link";
import { figureDate, formatDate, formatFigure, formatNumber, formatUnit, partialDateSortKey, type Figure } from "@karabakh-atlas/domain";
import { sourcesOf, type BarChartData, type SeriesChartData } from "@/lib/charts";
import type { Citation } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import { sourceAuthor } from "@karabakh-atlas/domain";
import type { ReactNode } from "react";
import { Cite } from "./Cite";
import { ScrollBox } from "./ScrollBox";

function sayer(id: string): string {
  const source = getSource(id);
  return source ? sourceAuthor(source) : id;
}

/** A compact citation for table cells: who says it (the source's author), linked to the source page, and the locator. */
function SourceNote({ citations }: { citations: readonly Citation[] }) {
  return (
    <span className="muted">
      {" — "}
      {citations.map((c, i) => (
        <span key={i}>
          {i > 0 ? "; " : ""}
          <Link href={`/sources/${c.source}`}>
            {sayer(c.source)}
          </Link>
          , {c.locator}
        </span>
      ))}
    </span>
  );
}

function ChartSources({ figures }: { figures: Parameters<typeof sourcesOf>[0] }) {
  const sources = sourcesOf(figures);
  return (
    <span className="chart-sources">
      Sources:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? "; " : ""}
          <Link href={`/sources/${s.id}`}>{s.title}</Link>
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
}: {
  chart: { title: string; file: string };
  columns: readonly [string, string];
  /** One row a place or date: its heading cell and its figures. */
  rows: readonly { key: string; head: ReactNode; figures: ReactNode }[];
  figures: Parameters<typeof sourcesOf>[0];
  explanation: string;
}) {
  return (
    <>
      <details className="chart-table">
        <summary>Data table</summary>
        <ScrollBox label={`${title}: data table`}>
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
          Download this chart&apos;s data (CSV)
        </a>
        <ChartSources figures={figures} />
      </figcaption>
    </>
  );
}

/**
 * Two drawings of each chart, one laid out for wide screens and one for phones (CSS shows one):
 * an SVG scales with its box, so a 640-unit drawing on a 360 px phone would shrink 12 px text to 7.
 * The narrow one is drawn at about the phone's width, so its text stays at 12 px, never under 11.
 */
const LAYOUTS = [
  { name: "wide", width: 640 },
  { name: "narrow", width: 360 },
] as const;

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

/**
 * Horizontal bars drawn on the server, one per place. Where sources disagree the bar spans their
 * values: solid up to the lowest, lighter up to the highest. The table under it holds every value.
 */
export function BarChart({ chart, headingLevel = 3, id }: { chart: BarChartData; headingLevel?: 2 | 3 | 4; id?: string }) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  const unit = formatUnit(chart.unit, 2);
  const max = Math.max(...chart.rows.map((r) => r.max), 1);
  const ticks = niceTicks(max, 4);
  const top = ticks[ticks.length - 1] ?? max;
  return (
    <figure className="chart" id={id}>
      <Heading className="chart-title">{chart.title}</Heading>
      {LAYOUTS.map(({ name, width }) => {
        const wide = name === "wide";
        const label = wide ? 200 : 0;
        const row = wide ? 28 : 40;
        const plot = width - label - (wide ? 110 : 80);
        const height = chart.rows.length * row + 24;
        const x = (v: number) => label + (v / top) * plot;
        return (
          <svg key={name} viewBox={`0 0 ${width} ${height}`} className={`chart-svg ${name}`} aria-hidden="true" focusable="false">
            {ticks.map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={0} y2={height - 20} className="grid" />
                <text x={x(t)} y={height - 6} textAnchor={t === 0 ? "start" : "middle"} className="chart-label">
                  {formatNumber(t)}
                </text>
              </g>
            ))}
            {chart.rows.map((r, i) => {
              const y = i * row + (wide ? 4 : 16);
              const textY = wide ? y + 17 : y - 3;
              return (
                <g key={r.href + i}>
                  <text x={wide ? label - 8 : 0} y={textY} textAnchor={wide ? "end" : "start"} className="chart-label">
                    {r.label.length > 30 ? `${r.label.slice(0, 29)}…` : r.label}
                  </text>
                  <rect x={label} y={y + 4} width={Math.max(x(r.min) - label, 1)} height={row - (wide ? 10 : 22)} className="bar" />
                  {r.max > r.min ? <rect x={x(r.min)} y={y + 4} width={x(r.max) - x(r.min)} height={row - (wide ? 10 : 22)} className="bar range" /> : null}
                  <text x={x(r.max) + 6} y={y + (wide ? 17 : 16)} className="chart-value">
                    {r.min === r.max ? formatNumber(r.max) : `${formatNumber(r.min)}–${formatNumber(r.max)}`}
                  </text>
                </g>
              );
            })}
          </svg>
        );
      })}
      <ChartData
        chart={chart}
        columns={["Place", "Figures"]}
        figures={chart.rows.flatMap((r) => r.figures)}
        explanation={`Unit: ${unit}. One bar per place; where sources disagree the bar runs from the lowest (solid) to the highest value (lighter).`}
        rows={chart.rows.map((r, i) => ({
          key: r.href + i,
          head: <Link href={r.href}>{r.label}</Link>,
          figures: (
            <>
              {r.text}
              <ul className="figure-values">
                {r.figures.map((f, j) => (
                  <li key={j}>
                    {formatFigure(f)}
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

/**
 * A dated series as a line on a real time axis (years evenly spaced, points where their dates
 * fall), with value and year ticks, the latest value marked, and each point a focusable mark whose
 * tooltip gives its date, figure and source.
 */
export function LineChart({ chart, headingLevel = 3, id }: { chart: SeriesChartData; headingLevel?: 2 | 3 | 4; id?: string }) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  const times = chart.points.map((p) => timeOf(p.date));
  const vmax = Math.max(...chart.points.map((p) => p.value), 1);
  const vticks = niceTicks(vmax, 4);
  const vtop = vticks[vticks.length - 1] ?? vmax;
  const last = chart.points[chart.points.length - 1];
  const publisher = (f: Figure) => [...new Set(f.citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");
  return (
    <figure className="chart" id={id}>
      <Heading className="chart-title">{chart.title}</Heading>
      {chart.statistic.context ? <p className="chart-subtitle">{chart.statistic.context}</p> : null}
      {last ? (
        <p className="chart-latest">
          Latest: <strong>{formatFigure(last.figure)}</strong> ({formatDate(last.date)}, {publisher(last.figure)})
        </p>
      ) : null}
      {LAYOUTS.map(({ name, width }) => {
        const wide = name === "wide";
        const height = wide ? 220 : 200;
        const left = wide ? 64 : 52;
        const right = wide ? 96 : 64;
        const top = 14;
        const bottom = 28;
        const years = yearTicks(Math.min(...times), Math.max(...times), wide ? 8 : 4);
        const t0 = Math.min(Date.UTC(new Date(Math.min(...times)).getUTCFullYear(), 0, 1), Date.UTC(years[0] ?? 0, 0, 1));
        const t1 = Math.max(Date.UTC(years[years.length - 1] ?? 0, 0, 1), Math.max(...times));
        const x = (t: number) => left + ((t - t0) / Math.max(t1 - t0, 1)) * (width - left - right);
        const y = (v: number) => top + (1 - v / vtop) * (height - top - bottom);
        const d = chart.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(timeOf(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join("");
        return (
          <svg key={name} viewBox={`0 0 ${width} ${height}`} className={`chart-svg ${name}`} role="group" aria-label={`${chart.title}: ${chart.points.length} dated figures`}>
            {vticks.map((v) => (
              <g key={`v${v}`} aria-hidden="true">
                <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} className="grid" />
                <text x={left - 6} y={y(v) + 4} textAnchor="end" className="chart-label">
                  {formatNumber(v)}
                </text>
              </g>
            ))}
            {years.map((year) => (
              <g key={`y${year}`} aria-hidden="true">
                <line x1={x(Date.UTC(year, 0, 1))} x2={x(Date.UTC(year, 0, 1))} y1={height - bottom} y2={height - bottom + 5} className="axis" />
                <text x={x(Date.UTC(year, 0, 1))} y={height - 8} textAnchor="middle" className="chart-label">
                  {year}
                </text>
              </g>
            ))}
            <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} className="axis" aria-hidden="true" />
            <path d={d} className="line" aria-hidden="true" />
            {chart.points.map((p, i) => {
              const cx = x(timeOf(p.date));
              const cy = y(p.value);
              const tip = `${formatDate(p.date)}: ${p.text} (${publisher(p.figure)})`;
              const isLast = p === last;
              return (
                <g key={i} className="point" tabIndex={0} role="img" aria-label={tip}>
                  <title>{tip}</title>
                  <circle cx={cx} cy={cy} r={isLast ? 6 : 4} className={isLast ? "dot latest" : "dot"} />
                  <circle cx={cx} cy={cy} r={12} className="hit" />
                  {isLast ? (
                    <text x={cx + 9} y={cy + 4} className="chart-value" aria-hidden="true">
                      {formatNumber(p.value)}
                    </text>
                  ) : null}
                  <text x={Math.min(Math.max(cx, left + 60), width - 60)} y={Math.max(cy - 12, 12)} textAnchor="middle" className="tip" aria-hidden="true">
                    {formatDate(p.date)}: {formatNumber(p.value)}
                  </text>
                </g>
              );
            })}
          </svg>
        );
      })}
      <ChartData
        chart={chart}
        columns={["Date", "Figure"]}
        figures={chart.points.map((p) => p.figure)}
        explanation={`Unit: ${formatUnit(chart.unit, 2)}. One point per dated figure, placed at its date; the latest is larger.`}
        rows={chart.points.map((p, i) => ({
          key: String(i),
          head: <time dateTime={p.date}>{formatDate(p.date)}</time>,
          figures: (
            <>
              {p.text}
              <SourceNote citations={p.figure.citations} />
            </>
          ),
        }))}
      />
    </figure>
  );
}

/** A statistic with a single date (or none): its number, as each source states it, with the source. */
export function StatNumber({
  title,
  subtitle,
  href,
  figures,
  headingLevel = 3,
  id,
}: {
  title: string;
  subtitle?: string;
  href: string;
  figures: readonly Figure[];
  headingLevel?: 2 | 3 | 4;
  id?: string;
}) {
  const Heading = (`h${headingLevel}` as "h2" | "h3" | "h4");
  return (
    <figure className="stat-number" id={id}>
      <Heading className="chart-title">
        <Link href={href}>{title}</Link>
      </Heading>
      {subtitle ? <p className="chart-subtitle">{subtitle}</p> : null}
      <ul className="stat-values">
        {figures.map((f, i) => {
          const date = figureDate(f);
          return (
            <li key={i}>
              <strong className="big">{formatFigure(f)}</strong>
              {date ? <span className="muted"> as of {formatDate(date)}</span> : null} ·{" "}
              {[...new Set(f.citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ")}
              <Cite citations={f.citations} />
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
