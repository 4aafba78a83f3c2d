import Link from "@/components/Link";
import { figureDate, formatDate, formatFigure, formatNumber, formatUnit, type Statistic } from "@karabakh-atlas/domain";
import { headlineOf } from "@karabakh-atlas/data";
import { getSource } from "@/lib/data";
import { translator, type Lang } from "@/lib/i18n";
import { Cite } from "./Cite";

const publishers = (citations: readonly { source: string }[]) => [...new Set(citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");

/**
 * A headline card's figures: the latest dated value with its source, then the span of every other
 * value with how many sources state them — no value is dropped, none is picked as "the" figure.
 */
export function Headline({ statistic, lang = "en" }: { statistic: Statistic; lang?: Lang }) {
  const { t, tn, locale } = translator(lang);
  const headline = headlineOf(statistic);
  if (!headline) return null;
  const { latest, others, othersSpan, unit } = headline;
  const otherSources = new Set(others.flatMap((f) => f.citations.map((c) => c.source)));
  const latestDate = latest ? figureDate(latest) : undefined;
  const number = (value: number) => formatNumber(value, { locale });
  return (
    <div className="headline">
      {latest ? (
        <p>
          <span className="muted">
            {t("web.home.latest")}
            {latestDate ? `, ${formatDate(latestDate, locale)}` : ""}:
          </span>{" "}
          <strong className="big">{formatFigure(latest, { locale })}</strong> <span className="muted">({publishers(latest.citations)})</span>
          <Cite lang={lang} citations={latest.citations} />
        </p>
      ) : null}
      {others.length > 0 && othersSpan ? (
        <p>
          {latest ? t("web.home.other-figures") : t("web.home.figures")}: {othersSpan.min === othersSpan.max ? number(othersSpan.min) : `${number(othersSpan.min)}–${number(othersSpan.max)}`}{" "}
          {formatUnit(unit, othersSpan.max, "long", locale)} ({tn("web.count.figures", others.length)}, {tn("web.count.sources", otherSources.size)}: {publishers(others.flatMap((f) => f.citations))}).{" "}
          <Link href={`/statistics/${statistic.id}`}>{t("web.home.every-figure")}</Link>
        </p>
      ) : null}
    </div>
  );
}
