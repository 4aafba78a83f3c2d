import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { POPULATION_GROUP, STATISTIC_CATEGORY, STATISTIC_WAR, formatPeriod, labelOf, subsetInLanguage } from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { LineChart } from "@/components/Charts";
import { Figures } from "@/components/Figures";
import { RecordLink } from "@/components/RecordLink";
import { seriesOf } from "@/lib/charts";
import { getStatistic, ids } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { regionNameIn, titleIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("statistic").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  const s = getStatistic((await params).id);
  if (!s) return { title: t("web.statistic.not-found") };
  const title = titleIn(lang, "statistic", s.id);
  return pageMetadata(lang, `/statistics/${s.id}`, { title, description: t("web.statistic.description", { title }) });
}

export default async function StatisticPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const s = getStatistic((await params).id);
  if (!s) notFound();
  const series = seriesOf(s);
  // The subset in the page's language where the statistic gives it; English is the record's own (AtlasText, as before).
  const subset = lang === "en" ? undefined : subsetInLanguage(s, lang);
  return (
    <article>
      <p className="muted">
        {kindLabel(lang, "statistic")} · <Link href={localHref(lang, "/statistics")}>{lowerFirst(lang, t("web.statistics.all"))}</Link>
      </p>
      <h1>{titleIn(lang, "statistic", s.id)}</h1>
      {s.context ? (
        <AtlasText lang={lang} className="subtitle">
          {s.context}
        </AtlasText>
      ) : null}
      {s.context || (s.subset && !subset) ? <UntranslatedNote lang={lang} /> : null}
      <dl className="facts">
        <dt>{t("common.region")}</dt>
        <dd>
          <Link href={localHref(lang, `/regions/${s.subject}`)}>{regionNameIn(lang, s.subject)}</Link>
        </dd>
        <dt>{t("web.filter.category")}</dt>
        <dd>{labelOf(STATISTIC_CATEGORY, s.category, locale)}</dd>
        <dt>{t("web.statistic.population")}</dt>
        <dd>{labelOf(POPULATION_GROUP, s.population, locale)}</dd>
        {s.subset ? (
          <>
            <dt>{t("web.statistic.part-counted")}</dt>
            {subset !== undefined ? (
              <dd>{subset}</dd>
            ) : (
              <AtlasText lang={lang} as="dd">
                {s.subset}
              </AtlasText>
            )}
          </>
        ) : null}
        {s.war ? (
          <>
            <dt>{t("web.statistic.war")}</dt>
            <dd>{labelOf(STATISTIC_WAR, s.war, locale)}</dd>
          </>
        ) : null}
        {s.period ? (
          <>
            <dt>{t("common.period")}</dt>
            <dd>{formatPeriod(s.period, locale)}</dd>
          </>
        ) : null}
        {s.context ? (
          <>
            <dt>{t("web.statistic.counted-in-relation-to")}</dt>
            <AtlasText lang={lang} as="dd">
              {s.context}
            </AtlasText>
          </>
        ) : null}
        {s.event ? (
          <>
            <dt>{t("web.statistic.event")}</dt>
            <dd>
              <RecordLink lang={lang} kind="event" id={s.event} />
            </dd>
          </>
        ) : null}
        <dt>{t("common.figures")}</dt>
        <dd>
          <Figures lang={lang} figures={s.observations} />
        </dd>
      </dl>
      {series ? <LineChart chart={series} title={titleIn(lang, "statistic", s.id)} headingLevel={2} lang={lang} /> : null}
    </article>
  );
}
