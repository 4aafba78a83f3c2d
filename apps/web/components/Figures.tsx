import {
  ASSESSMENT,
  figureDate,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatPeriod,
  labelOf,
  sortFiguresByDate,
  type DateClaim,
  type Figure,
} from "@karabakh-atlas/domain";
import { translator, type Lang } from "@/lib/i18n";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";
import Link from "./Link";

function when(lang: Lang, figure: Pick<Figure, "asOf" | "period">): string {
  const { t, locale } = translator(lang);
  if (figure.period && (figure.period.start || figure.period.end)) return formatPeriod(figure.period, locale);
  const date = figureDate(figure);
  return date ? t("web.common.as-of", { date: formatDate(date, locale) }) : "";
}

/**
 * One fact as every source states it: a summary ("3 sources: 305–382 km²") and, below it,
 * each source's own figure with its citation. Never merged into one number.
 */
export function Figures({ lang = "en", figures, label, limit, more }: { lang?: Lang; figures: readonly Figure[]; label?: string; limit?: number; more?: string }) {
  if (figures.length === 0) return null;
  const { t, locale } = translator(lang);
  const sorted = sortFiguresByDate(figures);
  const [only] = sorted;
  if (sorted.length === 1 && only) {
    const date = when(lang, only);
    return (
      <span className="figure">
        {label ? <span className="figure-label">{label}: </span> : null}
        <strong>{formatFigure(only, { locale })}</strong>
        {date ? <span className="muted"> ({date})</span> : null}
        <Cite lang={lang} citations={only.citations} />
      </span>
    );
  }
  return (
    <div className="figure competing">
      <p>
        {label ? <span className="figure-label">{label}: </span> : null}
        <strong>{formatCompetingFigures(sorted, { locale })}</strong>
      </p>
      <ul className="figure-values">
        {(limit ? sorted.slice(0, limit) : sorted).map((f, i) => {
          const date = when(lang, f);
          return (
            <li key={i}>
              {formatFigure(f, { locale })}
              {date ? <span className="muted"> ({date})</span> : null}
              {f.preferred ? <span className="badge">{t("web.figure.preferred")}</span> : null}
              {f.assessment ? <span className="badge">{labelOf(ASSESSMENT, f.assessment, locale)}</span> : null}
              <Cite lang={lang} citations={f.citations} />
              {f.assessmentReason ? (
                <>
                  {" "}
                  <AtlasText lang={lang} as="span" className="muted">
                    {f.assessmentReason}
                  </AtlasText>
                </>
              ) : null}
            </li>
          );
        })}
        {limit && more && sorted.length > limit ? (
          <li>
            <Link href={more}>{t("web.figure.all-values", { count: sorted.length })}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** A date as one or more sources give it, each with its citation. */
export function DateClaims({ lang = "en", claims }: { lang?: Lang; claims: readonly DateClaim[] }) {
  const { t, locale } = translator(lang);
  if (claims.length === 0) return <span className="muted">{t("web.common.not-recorded")}</span>;
  return (
    <span className="date-claims">
      {claims.map((c, i) => (
        <span key={i} className="date-claim">
          {i > 0 ? <span className="muted"> · </span> : null}
          <time dateTime={c.date}>{formatDate(c.date, locale)}</time>
          {c.assessment ? <span className="badge">{labelOf(ASSESSMENT, c.assessment, locale)}</span> : null}
          <Cite lang={lang} citations={c.citations} />
        </span>
      ))}
    </span>
  );
}
