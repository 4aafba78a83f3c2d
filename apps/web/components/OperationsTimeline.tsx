import { OPERATION_ROLE, formatPeriod, partialDateSortKey, type Operation } from "@karabakh-atlas/domain";
import { titleOf } from "@/lib/data";

const yearOf = (date: string | undefined) => (date ? Number(partialDateSortKey(date).slice(0, 4)) : undefined);

/**
 * A deposit's operations on a year axis: one bar per company and role, from its start to its end
 * (an open end runs to the last year any source names, drawn lighter). Undated operations are
 * listed in the table only. Drawn twice, wide and narrow, so its text stays readable on a phone.
 */
export function OperationsTimeline({ operations }: { operations: readonly Operation[] }) {
  const dated = operations.filter((o) => o.from || o.to);
  if (dated.length === 0) return <p className="muted">No operation has a date in the sources.</p>;
  const years = dated.flatMap((o) => [yearOf(o.from), yearOf(o.to)]).filter((y): y is number => y !== undefined);
  const first = Math.min(...years);
  const last = Math.max(...years, first + 1);
  const step = [1, 2, 5, 10].find((s) => (last - first) / s <= 6) ?? 20;
  const ticks: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) ticks.push(y);
  return (
    <>
      {([["wide", 640, 230], ["narrow", 360, 0]] as const).map(([name, width, label]) => {
        const row = name === "wide" ? 26 : 40;
        const top = 4;
        const height = dated.length * row + 26;
        const x = (year: number) => label + ((year - first) / (last + 1 - first)) * (width - label - 8);
        return (
          <svg key={name} viewBox={`0 0 ${width} ${height}`} className={`chart-svg ${name}`} role="img" aria-label={`Operations from ${first} to ${last}; listed in the table below`}>
            {ticks.map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={0} y2={height - 18} className="grid" />
                <text x={x(t)} y={height - 4} textAnchor="middle" className="chart-label">
                  {t}
                </text>
              </g>
            ))}
            {dated.map((o, i) => {
              const start = yearOf(o.from) ?? first;
              const end = (yearOf(o.to) ?? last) + 1;
              const y = top + i * row + (name === "wide" ? 0 : 14);
              const text = `${titleOf("company", o.company)} — ${OPERATION_ROLE.labels[o.role].toLowerCase()}, ${formatPeriod({ start: o.from, end: o.to })}`;
              return (
                <g key={i}>
                  <title>{text}</title>
                  <text x={name === "wide" ? label - 8 : 0} y={name === "wide" ? y + 15 : y - 2} textAnchor={name === "wide" ? "end" : "start"} className="chart-label">
                    {name === "wide" ? (titleOf("company", o.company).length > 28 ? `${titleOf("company", o.company).slice(0, 27)}…` : titleOf("company", o.company)) : text}
                  </text>
                  <rect x={x(start)} y={y + 4} width={Math.max(x(end) - x(start), 3)} height={row - (name === "wide" ? 10 : 24)} className={o.to || !o.from ? "bar" : "bar range"} />
                </g>
              );
            })}
          </svg>
        );
      })}
    </>
  );
}
