import Link from "@/components/Link";
import { formatDate, formatFigure, formatNumber, formatUnit, partialDateSortKey } from "@karabakh-atlas/domain";
import { sourcesOf, type BarChartData, type SeriesChartData } from "@/lib/charts";
import type { Citation } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import { sourceAuthor } from "@karabakh-atlas/domain";

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

const WIDTH = 640;
const LABEL = 220;
const ROW = 28;

function ChartSources({ figures }: { figures: Parameters<typeof sourcesOf>[0] }) {
  const sources = sourcesOf(figures);
  return (
    <p className="chart-sources">
      Sources:{" "}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? "; " : ""}
          <Link href={`/sources/${s.id}`}>{s.title}</Link>
        </span>
      ))}
    </p>
  );
}

/**
 * Horizontal bars drawn on the server. Where sources disagree the bar spans their values:
 * solid up to the lowest, hatched up to the highest. The table under it holds every value.
 */
export function BarChart({ chart, headingLevel = 3 }: { chart: BarChartData; headingLevel?: 2 | 3 }) {
  const max = Math.max(...chart.rows.map((r) => r.max), 1);
  const plot = WIDTH - LABEL - 150;
  const height = chart.rows.length * ROW + 8;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const unit = formatUnit(chart.unit, 2);
  return (
    <figure className="chart">
      <Heading className="chart-title">{chart.title}</Heading>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" aria-hidden="true" focusable="false">
        {chart.rows.map((row, i) => {
          const y = i * ROW + 4;
          const minW = (row.min / max) * plot;
          const maxW = (row.max / max) * plot;
          return (
            <g key={row.href + i}>
              <text x={LABEL - 8} y={y + 17} textAnchor="end" className="chart-label">
                {row.label.length > 33 ? `${row.label.slice(0, 32)}…` : row.label}
              </text>
              <rect x={LABEL} y={y + 4} width={Math.max(minW, 1)} height={ROW - 10} className="bar" />
              {maxW > minW ? <rect x={LABEL + minW} y={y + 4} width={maxW - minW} height={ROW - 10} className="bar range" /> : null}
              <text x={LABEL + maxW + 6} y={y + 17} className="chart-value">
                {row.min === row.max ? formatNumber(row.max) : `${formatNumber(row.min)}–${formatNumber(row.max)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Unit: {unit}. Where sources disagree the bar runs from the lowest (solid) to the highest value (lighter).{" "}
        <a href={`/downloads/${chart.file}`} download>
          Download this chart&apos;s data (CSV)
        </a>
      </figcaption>
      <details className="chart-table">
        <summary>Data table</summary>
        <div className="table-wrap">
        <table>
          <caption className="sr-only">{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Figures</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row, i) => (
              <tr key={row.href + i}>
                <th scope="row">
                  <Link href={row.href}>{row.label}</Link>
                </th>
                <td>
                  {row.text}
                  <ul className="figure-values">
                    {row.figures.map((f, j) => (
                      <li key={j}>
                        {formatFigure(f)}
                        <SourceNote citations={f.citations} />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
      <ChartSources figures={chart.rows.flatMap((r) => r.figures)} />
    </figure>
  );
}

function timeOf(date: string): number {
  const [y, m, d] = partialDateSortKey(date).split("-").map(Number);
  return Date.UTC(y ?? 0, Math.max((m ?? 1) - 1, 0), Math.max(d ?? 1, 1));
}

/** A dated series as a line drawn on the server, with its table and sources. */
export function LineChart({ chart, headingLevel = 3 }: { chart: SeriesChartData; headingLevel?: 2 | 3 }) {
  const height = 240;
  const left = 70;
  const right = 20;
  const top = 16;
  const bottom = 36;
  const times = chart.points.map((p) => timeOf(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const vmax = Math.max(...chart.points.map((p) => p.value), 1);
  const x = (t: number) => left + ((t - t0) / Math.max(t1 - t0, 1)) * (WIDTH - left - right);
  const y = (v: number) => top + (1 - v / vmax) * (height - top - bottom);
  const d = chart.points.map((p, i) => `${i === 0 ? "M" : "L"}${x(timeOf(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`).join("");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  return (
    <figure className="chart">
      <Heading className="chart-title">{chart.title}</Heading>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" aria-hidden="true" focusable="false">
        <line x1={left} x2={WIDTH - right} y1={height - bottom} y2={height - bottom} className="axis" />
        <line x1={left} x2={left} y1={top} y2={height - bottom} className="axis" />
        <text x={left - 6} y={top + 4} textAnchor="end" className="chart-label">
          {formatNumber(vmax)}
        </text>
        <text x={left - 6} y={height - bottom} textAnchor="end" className="chart-label">
          0
        </text>
        {first ? (
          <text x={left} y={height - 12} className="chart-label">
            {formatDate(first.date)}
          </text>
        ) : null}
        {last && last !== first ? (
          <text x={WIDTH - right} y={height - 12} textAnchor="end" className="chart-label">
            {formatDate(last.date)}
          </text>
        ) : null}
        <path d={d} className="line" />
        {chart.points.map((p, i) => (
          <circle key={i} cx={x(timeOf(p.date))} cy={y(p.value)} r={4} className="dot" />
        ))}
      </svg>
      <figcaption>
        Unit: {formatUnit(chart.unit, 2)}. One point per dated figure.{" "}
        <a href={`/downloads/${chart.file}`} download>
          Download this chart&apos;s data (CSV)
        </a>
      </figcaption>
      <details className="chart-table">
        <summary>Data table</summary>
        <div className="table-wrap">
        <table>
          <caption className="sr-only">{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Figure</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((p, i) => (
              <tr key={i}>
                <th scope="row">
                  <time dateTime={p.date}>{formatDate(p.date)}</time>
                </th>
                <td>
                  {p.text}
                  <SourceNote citations={p.figure.citations} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
      </details>
      <ChartSources figures={chart.points.map((p) => p.figure)} />
    </figure>
  );
}
