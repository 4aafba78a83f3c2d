import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { POPULATION_GROUP, STATISTIC_CATEGORY, STATISTIC_WAR, formatPeriod } from "@karabakh-atlas/domain";
import { LineChart } from "@/components/Charts";
import { Figures } from "@/components/Figures";
import { RecordLink } from "@/components/RecordLink";
import { seriesOf } from "@/lib/charts";
import { getStatistic, ids, regionName, titleOf } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("statistic").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = getStatistic((await params).id);
  if (!s) return { title: "Statistic not found" };
  return pageMetadata(await pageLang(params), `/statistics/${(await params).id}`, { title: titleOf("statistic", s.id), description: `${titleOf("statistic", s.id)}: every source's figure, with dates and citations.` });
}

export default async function StatisticPage({ params }: Props) {
  const s = getStatistic((await params).id);
  if (!s) notFound();
  const series = seriesOf(s);
  return (
    <article>
      <p className="muted">
        Statistic · <Link href="/statistics">all statistics</Link>
      </p>
      <h1>{titleOf("statistic", s.id)}</h1>
      {s.context ? <p className="subtitle">{s.context}</p> : null}
      <dl className="facts">
        <dt>Region</dt>
        <dd>
          <Link href={`/regions/${s.subject}`}>{regionName(s.subject)}</Link>
        </dd>
        <dt>Category</dt>
        <dd>{STATISTIC_CATEGORY.labels[s.category]}</dd>
        <dt>Population</dt>
        <dd>{POPULATION_GROUP.labels[s.population]}</dd>
        {s.subset ? (
          <>
            <dt>Part counted</dt>
            <dd>{s.subset}</dd>
          </>
        ) : null}
        {s.war ? (
          <>
            <dt>War</dt>
            <dd>{STATISTIC_WAR.labels[s.war]}</dd>
          </>
        ) : null}
        {s.period ? (
          <>
            <dt>Period</dt>
            <dd>{formatPeriod(s.period)}</dd>
          </>
        ) : null}
        {s.context ? (
          <>
            <dt>Counted in relation to</dt>
            <dd>{s.context}</dd>
          </>
        ) : null}
        {s.event ? (
          <>
            <dt>Event</dt>
            <dd>
              <RecordLink kind="event" id={s.event} />
            </dd>
          </>
        ) : null}
        <dt>Figures</dt>
        <dd>
          <Figures figures={s.observations} />
        </dd>
      </dl>
      {series ? <LineChart chart={series} headingLevel={2} /> : null}
    </article>
  );
}
