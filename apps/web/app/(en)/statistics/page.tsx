import type { Metadata } from "next";
import { STATISTIC_CATEGORY, STATISTIC_THEME, figureDate, figureSpan, formatCompetingFigures, formatDate, labelOf } from "@karabakh-atlas/domain";
import { Contents } from "@/components/Contents";
import { DataTable } from "@/components/DataTable";
import Link from "@/components/Link";
import { ScrollBox } from "@/components/ScrollBox";
import { statisticsByTheme, themePath } from "@/lib/charts";
import { facetValuesOf, facetsOf, listStatistics } from "@/lib/data";
import { localFacets, regionNameIn, titleIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/statistics", { title: t("web.nav.statistics"), description: t("web.statistics.description") });
}

export default async function StatisticsPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const stats = listStatistics();
  const sections = statisticsByTheme();
  return (
    <>
      <h1>{t("web.nav.statistics")}</h1>
      <p className="lede">{t("web.statistics.lede")}</p>

      <Contents
        lang={lang}
        items={[
          { id: "summary", label: t("web.statistics.summary") },
          { id: "all", label: t("web.statistics.all") },
        ]}
      />

      <section aria-labelledby="summary">
        <h2 id="summary">{t("web.statistics.summary")}</h2>
        <ScrollBox label={t("web.statistics.themes")}>
          <table className="summary-table">
            <caption className="sr-only">{t("web.statistics.by-theme")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("web.statistics.theme")}</th>
                <th scope="col">{t("web.nav.statistics")}</th>
                <th scope="col">{t("web.statistics.views")}</th>
                <th scope="col">{t("web.statistics.counts")}</th>
              </tr>
            </thead>
            <tbody>
              {sections.map((s) => (
                <tr key={s.theme}>
                  <th scope="row">
                    <Link href={themePath(s.theme)}>{labelOf(STATISTIC_THEME, s.theme, locale)}</Link>
                  </th>
                  <td>{s.statistics.length}</td>
                  <td>
                    {t("web.statistics.views-count", {
                      bars: s.views.filter((v) => v.kind === "bars").length,
                      series: s.views.filter((v) => v.kind === "series").length,
                      numbers: s.views.filter((v) => v.kind === "number").length,
                    })}
                  </td>
                  <td>{[...new Set(s.statistics.map((st) => labelOf(STATISTIC_CATEGORY, st.category, locale)))].join(", ")}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <a href="#all">{t("web.statistics.all-filtered")}</a>
                </th>
                <td>{stats.length}</td>
                <td colSpan={2}>{t("web.statistics.all-table")}</td>
              </tr>
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <section aria-labelledby="all">
        <h2 id="all">{t("web.statistics.all")}</h2>
        <DataTable
          lang={lang}
          caption={t("web.statistics.every")}
          csvName="statistics-view.csv"
          noun={{ count: "web.count.statistics", kind: "statistic" }}
          columns={[
            { key: "title", label: t("web.column.statistic") },
            { key: "category", label: t("web.filter.category") },
            { key: "region", label: t("web.column.place") },
            { key: "figures", label: t("web.column.figures-stated"), numeric: true },
            { key: "latest", label: t("web.column.latest-as-of") },
            { key: "sources", label: t("web.nav.sources"), numeric: true },
          ]}
          facets={localFacets(lang, "statistic", facetsOf("statistic", stats))}
          rows={stats.map((s) => {
            const dates = s.observations.flatMap((o) => figureDate(o) ?? []).sort();
            const latest = dates[dates.length - 1];
            const sources = new Set(s.observations.flatMap((o) => o.citations.map((c) => c.source))).size;
            return {
              id: s.id,
              facets: facetValuesOf("statistic", s),
              cells: {
                title: { text: titleIn(lang, "statistic", s.id), href: pageHref(`/statistics/${s.id}`) },
                category: { text: labelOf(STATISTIC_CATEGORY, s.category, locale), sort: STATISTIC_CATEGORY.values.indexOf(s.category) },
                region: { text: regionNameIn(lang, s.subject), href: pageHref(`/regions/${s.subject}`) },
                figures: { text: formatCompetingFigures(s.observations, { locale }), sort: figureSpan(s.observations)?.max ?? null },
                latest: { text: latest ? formatDate(latest, locale) : "", sort: latest ?? null },
                sources: { text: String(sources), sort: sources },
              },
            };
          })}
        />
      </section>
    </>
  );
}
