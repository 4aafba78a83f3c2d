import type { Metadata } from "next";
import { STATISTIC_CATEGORY, figureDate, figureSpan, formatCompetingFigures, formatDate } from "@karabakh-atlas/domain";
import { BarChart, LineChart, StatNumber } from "@/components/Charts";
import { DataTable } from "@/components/DataTable";
import { ScrollBox } from "@/components/ScrollBox";
import { statisticsByTheme } from "@/lib/charts";
import { facetValuesOf, facetsOf, listStatistics, regionName, titleOf } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/statistics", {
    title: "Statistics",
    description: "Casualty and humanitarian figures grouped by theme: places compared only where the figures count the same thing over the same period, every source's value side by side, with data tables and CSV downloads.",
  });
}

export default function StatisticsPage() {
  const stats = listStatistics();
  const sections = statisticsByTheme();
  return (
    <>
      <h1>Statistics</h1>
      <p className="lede">
        Killed, missing, displaced, destroyed: each figure as its source gives it. A chart sets places side by side only when
        their figures count the same thing (category, population, war or period) in the same unit; a figure with one date is
        shown as a number with its source.
      </p>

      <section aria-labelledby="summary">
        <h2 id="summary">Summary</h2>
        <ScrollBox label="Themes of the statistics">
          <table className="summary-table">
            <caption className="sr-only">Statistics by theme</caption>
            <thead>
              <tr>
                <th scope="col">Theme</th>
                <th scope="col">Statistics</th>
                <th scope="col">Charts, lines and numbers</th>
                <th scope="col">Counts</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s) => (
                <tr key={s.theme}>
                  <th scope="row">
                    <a href={`#theme-${s.theme}`}>{s.label}</a>
                  </th>
                  <td>{s.statistics.length}</td>
                  <td>
                    {s.views.filter((v) => v.kind === "bars").length} compared, {s.views.filter((v) => v.kind === "series").length} over time,{" "}
                    {s.views.filter((v) => v.kind === "number").length} single
                  </td>
                  <td>{[...new Set(s.statistics.map((st) => STATISTIC_CATEGORY.labels[st.category]))].join(", ")}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <a href="#all">All statistics, filtered</a>
                </th>
                <td>{stats.length}</td>
                <td colSpan={2}>A table to sort by any column and filter by category, region and population</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      </section>

      {sections.map((section) => (
        <section key={section.theme} aria-labelledby={`theme-${section.theme}`}>
          <h2 id={`theme-${section.theme}`}>{section.label}</h2>
          <nav aria-label={`${section.label}: on this page`} className="contents">
            <ul>
              {section.views.map((v) => (
                <li key={v.id}>
                  <a href={`#${v.id}`}>{v.kind === "number" ? v.title : v.chart.title}</a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="stat-grid">
            {section.views.map((v) =>
              v.kind === "bars" ? (
                <BarChart key={v.id} id={v.id} chart={v.chart} />
              ) : v.kind === "series" ? (
                <LineChart key={v.id} id={v.id} chart={v.chart} />
              ) : (
                <StatNumber key={v.id} id={v.id} title={v.title} subtitle={v.statistic.context} href={`/statistics/${v.statistic.id}`} figures={v.figures} />
              ),
            )}
          </div>
          <p>
            <a href="#summary">Back to the summary</a>
          </p>
        </section>
      ))}

      <section aria-labelledby="all">
        <h2 id="all">All statistics</h2>
        <DataTable
          caption="Every statistic"
          csvName="statistics-view.csv"
          noun={{ one: "statistic", other: "statistics" }}
          columns={[
            { key: "title", label: "Statistic" },
            { key: "category", label: "Category" },
            { key: "region", label: "Place" },
            { key: "figures", label: "Figures, as stated", numeric: true },
            { key: "latest", label: "Latest as of" },
            { key: "sources", label: "Sources", numeric: true },
          ]}
          facets={facetsOf("statistic", stats)}
          rows={stats.map((s) => {
            const dates = s.observations.flatMap((o) => figureDate(o) ?? []).sort();
            const latest = dates[dates.length - 1];
            const sources = new Set(s.observations.flatMap((o) => o.citations.map((c) => c.source))).size;
            return {
              id: s.id,
              facets: facetValuesOf("statistic", s),
              cells: {
                title: { text: titleOf("statistic", s.id), href: pageHref(`/statistics/${s.id}`) },
                category: { text: STATISTIC_CATEGORY.labels[s.category], sort: STATISTIC_CATEGORY.values.indexOf(s.category) },
                region: { text: regionName(s.subject), href: pageHref(`/regions/${s.subject}`) },
                figures: { text: formatCompetingFigures(s.observations), sort: figureSpan(s.observations)?.max ?? null },
                latest: { text: latest ? formatDate(latest) : "", sort: latest ?? null },
                sources: { text: String(sources), sort: sources },
              },
            };
          })}
        />
      </section>
    </>
  );
}
