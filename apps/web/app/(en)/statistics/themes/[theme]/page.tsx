import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { STATISTIC_THEME, labelOf } from "@karabakh-atlas/domain";
import { lowerFirst } from "@karabakh-atlas/domain/i18n";
import { UntranslatedNote } from "@/components/AtlasText";
import { BarChart, LineChart, StatNumber } from "@/components/Charts";
import { Contents } from "@/components/Contents";
import Link from "@/components/Link";
import { statisticsByTheme, themePath, viewTitle, type ThemeSection } from "@/lib/charts";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => statisticsByTheme().map((s) => ({ theme: s.theme }));

type Props = { params: Promise<{ theme: string } & LangParams> };

const sectionOf = (theme: string) => statisticsByTheme().find((s) => s.theme === theme);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const section = sectionOf((await params).theme);
  if (!section) return { title: t("web.nav.statistics") };
  const theme = labelOf(STATISTIC_THEME, section.theme, locale);
  return pageMetadata(lang, themePath(section.theme), { title: `${theme} — ${t("web.nav.statistics")}`, description: t("web.statistics.theme-description", { theme }) });
}

/** One theme of the statistics: its charts, lines and numbers, with contents. */
export default async function StatisticsThemePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const { theme } = await params;
  const sections = statisticsByTheme();
  const at = sections.findIndex((s) => s.theme === theme);
  const section = sections[at];
  if (!section) notFound();
  const label = (theme: ThemeSection["theme"]) => labelOf(STATISTIC_THEME, theme, locale);
  const previous = sections[at - 1];
  const next = sections[at + 1];
  // The charts' and numbers' subtitles are the statistics' contexts, the atlas's English.
  const showsContext = section.views.some((v) => (v.kind === "series" ? v.chart.statistic.context : v.kind === "number" ? v.statistic.context : undefined));
  return (
    <>
      <p className="muted">
        <Link href="/statistics">{t("web.nav.statistics")}</Link> · {lowerFirst(lang, t("web.statistics.theme"))}
      </p>
      <h1>{label(section.theme)}</h1>
      {lang !== "en" && showsContext ? <UntranslatedNote lang={lang} /> : null}
      <Contents lang={lang} label={t("web.statistics.on-this-page", { theme: label(section.theme) })} items={section.views.map((v) => ({ id: v.id, label: viewTitle(v, lang) }))} />
      <div className="stat-grid">
        {section.views.map((v) =>
          v.kind === "bars" ? (
            <BarChart key={v.id} id={v.id} chart={v.chart} lang={lang} title={viewTitle(v, lang)} />
          ) : v.kind === "series" ? (
            <LineChart key={v.id} id={v.id} chart={v.chart} lang={lang} title={viewTitle(v, lang)} />
          ) : (
            <StatNumber key={v.id} id={v.id} lang={lang} title={viewTitle(v, lang)} subtitle={v.statistic.context} href={`/statistics/${v.statistic.id}`} figures={v.figures} />
          ),
        )}
      </div>
      <nav aria-label={t("web.statistics.themes")} className="theme-pager">
        <ul>
          {previous ? (
            <li>
              ← <Link href={themePath(previous.theme)}>{label(previous.theme)}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/statistics">{t("web.statistics.back")}</Link>
          </li>
          {next ? (
            <li>
              <Link href={themePath(next.theme)}>{label(next.theme)}</Link> →
            </li>
          ) : null}
        </ul>
      </nav>
    </>
  );
}
