import Link from "@/components/Link";
import { figureDate, formatDate, formatFigure, formatNumber, formatUnit, type Statistic } from "@karabakh-atlas/domain";
import { headlineOf } from "@karabakh-atlas/data";
import { getSource } from "@/lib/data";
import { Cite } from "./Cite";

const publishers = (citations: readonly { source: string }[]) => [...new Set(citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");

/**
 * A headline card's figures: the latest dated value with its source, then the span of every other
 * value with how many sources state them — no value is dropped, none is picked as "the" figure.
 */
export function Headline({ statistic }: { statistic: Statistic }) {
  const headline = headlineOf(statistic);
  if (!headline) return null;
  const { latest, others, othersSpan, unit } = headline;
  const otherSources = new Set(others.flatMap((f) => f.citations.map((c) => c.source)));
  const latestDate = latest ? figureDate(latest) : undefined;
  return (
    <div className="headline">
      {latest ? (
        <p>
          <span className="muted">Latest{latestDate ? `, ${formatDate(latestDate)}` : ""}:</span>{" "}
          <strong className="big">{formatFigure(latest)}</strong> <span className="muted">({publishers(latest.citations)})</span>
          <Cite citations={latest.citations} />
        </p>
      ) : null}
      {others.length > 0 && othersSpan ? (
        <p>
          {latest ? "Other figures" : "Figures"}: {othersSpan.min === othersSpan.max ? formatNumber(othersSpan.min) : `${formatNumber(othersSpan.min)}–${formatNumber(othersSpan.max)}`}{" "}
          {formatUnit(unit, othersSpan.max)} ({others.length} {others.length === 1 ? "figure" : "figures"}, {otherSources.size}{" "}
          {otherSources.size === 1 ? "source" : "sources"}: {publishers(others.flatMap((f) => f.citations))}).{" "}
          <Link href={`/statistics/${statistic.id}`}>Every figure</Link>
        </p>
      ) : null}
    </div>
  );
}
