import {
  ASSESSMENT,
  figureDate,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatPeriod,
  sortFiguresByDate,
  type DateClaim,
  type Figure,
} from "@karabakh-atlas/domain";
import { pageHref } from "@/lib/routes";
import { Cite } from "./Cite";
import { LocalAnchor } from "./LocalAnchor";

function when(figure: Pick<Figure, "asOf" | "period">): string {
  if (figure.period && (figure.period.start || figure.period.end)) return formatPeriod(figure.period);
  const date = figureDate(figure);
  return date ? `as of ${formatDate(date)}` : "";
}

/**
 * One fact as every source states it: a summary ("3 sources: 305–382 km²") and, below it,
 * each source's own figure with its citation. Never merged into one number.
 */
export function Figures({ figures, label, limit, more }: { figures: readonly Figure[]; label?: string; limit?: number; more?: string }) {
  if (figures.length === 0) return null;
  const sorted = sortFiguresByDate(figures);
  const [only] = sorted;
  if (sorted.length === 1 && only) {
    const date = when(only);
    return (
      <span className="figure">
        {label ? <span className="figure-label">{label}: </span> : null}
        <strong>{formatFigure(only)}</strong>
        {date ? <span className="muted"> ({date})</span> : null}
        <Cite citations={only.citations} />
      </span>
    );
  }
  return (
    <div className="figure competing">
      <p>
        {label ? <span className="figure-label">{label}: </span> : null}
        <strong>{formatCompetingFigures(sorted)}</strong>
      </p>
      <ul className="figure-values">
        {(limit ? sorted.slice(0, limit) : sorted).map((f, i) => {
          const date = when(f);
          return (
            <li key={i}>
              {formatFigure(f)}
              {date ? <span className="muted"> ({date})</span> : null}
              {f.preferred ? <span className="badge">preferred</span> : null}
              {f.assessment ? <span className="badge">{ASSESSMENT.labels[f.assessment]}</span> : null}
              <Cite citations={f.citations} />
              {f.assessmentReason ? <span className="muted"> {f.assessmentReason}</span> : null}
            </li>
          );
        })}
        {limit && more && sorted.length > limit ? (
          <li>
            <LocalAnchor href={pageHref(more)}>
              all {sorted.length} values, each with its source
            </LocalAnchor>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** A date as one or more sources give it, each with its citation. */
export function DateClaims({ claims }: { claims: readonly DateClaim[] }) {
  if (claims.length === 0) return <span className="muted">not recorded</span>;
  return (
    <span className="date-claims">
      {claims.map((c, i) => (
        <span key={i} className="date-claim">
          {i > 0 ? <span className="muted"> · </span> : null}
          <time dateTime={c.date}>{formatDate(c.date)}</time>
          {c.assessment ? <span className="badge">{ASSESSMENT.labels[c.assessment]}</span> : null}
          <Cite citations={c.citations} />
        </span>
      ))}
    </span>
  );
}
