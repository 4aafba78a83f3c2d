import type { Metadata } from "next";
import Link from "@/components/Link";
import { STATISTIC_CATEGORY, formatCompetingFigures } from "@karabakh-atlas/domain";
import { BarChart, LineChart } from "@/components/Charts";
import { FilterItem, FilterList } from "@/components/FilterList";
import { allSeries, chartsByCategory, chartsByRegion } from "@/lib/charts";
import { facetValuesOf, facetsOf, listStatistics, regionName, titleOf } from "@/lib/data";

export const metadata: Metadata = {
  title: "Statistics",
  description: "Casualty and humanitarian figures by category, region and time, every source's value side by side, with data tables and CSV downloads.",
};

export default function StatisticsPage() {
  const stats = listStatistics();
  const byCategory = chartsByCategory();
  const byRegion = chartsByRegion();
  const series = allSeries();
  return (
    <>
      <h1>Statistics</h1>
      <p className="lede">
        Killed, missing, displaced, destroyed: each figure as its source gives it. Where sources disagree the charts span their
        values and the tables list each one.
      </p>

      <nav aria-label="On this page">
        <ul>
          <li>
            <a href="#by-category">By category</a>
          </li>
          <li>
            <a href="#by-region">By region</a>
          </li>
          <li>
            <a href="#over-time">Over time</a>
          </li>
          <li>
            <a href="#all">All statistics</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="by-category">
        <h2 id="by-category">By category</h2>
        {byCategory.length === 0 ? <p className="empty">No category has figures for two or more regions yet.</p> : byCategory.map((c) => <BarChart key={c.file} chart={c} />)}
      </section>

      <section aria-labelledby="by-region">
        <h2 id="by-region">By region</h2>
        {byRegion.length === 0 ? (
          <p className="empty">No region has two or more statistics in the same unit yet.</p>
        ) : (
          byRegion.map((c) => <BarChart key={c.file} chart={c} />)
        )}
      </section>

      <section aria-labelledby="over-time">
        <h2 id="over-time">Over time</h2>
        {series.length === 0 ? <p className="empty">No statistic has figures for two or more dates yet.</p> : series.map((c) => <LineChart key={c.file} chart={c} />)}
      </section>

      <section aria-labelledby="all">
        <h2 id="all">All statistics</h2>
        <FilterList
          noun={{ one: "statistic", other: "statistics" }}
          facets={facetsOf("statistic", stats)}
          sorts={[
            { key: "region", label: "Region" },
            { key: "category", label: "Category" },
            { key: "-sources", label: "Most figures" },
          ]}
        >
          {stats.map((s) => (
            <FilterItem
              key={s.id}
              facets={facetValuesOf("statistic", s)}
              sort={{ region: regionName(s.subject), category: STATISTIC_CATEGORY.values.indexOf(s.category), sources: s.observations.length }}
            >
              <Link className="title" href={`/statistics/${s.id}`}>
                {titleOf("statistic", s.id)}
              </Link>
              <span className="muted"> — {formatCompetingFigures(s.observations)}</span>
            </FilterItem>
          ))}
        </FilterList>
      </section>
    </>
  );
}
