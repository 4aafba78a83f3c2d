import { OPERATION_ROLE, formatPeriod, labelOf, partialDateSortKey, type Operation } from "@karabakh-atlas/domain";
import { lowerFirst } from "@karabakh-atlas/domain/i18n";
import { translator, type Lang } from "@/lib/i18n";
import { titleIn } from "@/lib/localize";

const yearOf = (date: string | undefined) => (date ? Number(partialDateSortKey(date).slice(0, 4)) : undefined);

/**
 * A deposit's operations on a year axis: one bar per company and role, from its start to its end
 * (an open end runs to the last year any source names, drawn lighter). Undated operations are
 * listed in the table only. Drawn twice, wide and narrow, so its text stays readable on a phone.
 */
export function OperationsTimeline({ lang = "en", operations }: { lang?: Lang; operations: readonly Operation[] }) {
  const { t, locale } = translator(lang);
  const dated = operations.filter((o) => o.from || o.to);
  if (dated.length === 0) return <p className="muted">{t("web.deposit.no-dated-operation")}</p>;
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
          <svg key={name} viewBox={`0 0 ${width} ${height}`} className={`chart-svg ${name}`} role="img" aria-label={t("web.deposit.operations-chart", { first, last })}>
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
              const company = titleIn(lang, "company", o.company);
              const text = `${company} — ${lowerFirst(lang, labelOf(OPERATION_ROLE, o.role, locale))}, ${formatPeriod({ start: o.from, end: o.to }, locale)}`;
              return (
                <g key={i}>
                  <title>{text}</title>
                  <text x={name === "wide" ? label - 8 : 0} y={name === "wide" ? y + 15 : y - 2} textAnchor={name === "wide" ? "end" : "start"} className="chart-label">
                    {name === "wide" ? (company.length > 28 ? `${company.slice(0, 27)}…` : company) : text}
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
