import type { Metadata } from "next";
import { EVENT_KIND, formatNumber, labelOf, sortByText } from "@karabakh-atlas/domain";
import { TIMELINE_PERIODS, eventYears, periodOf, type TimelinePeriod } from "@karabakh-atlas/data";
import { MESSAGES, PLURAL_FORMS } from "@karabakh-atlas/domain/i18n";
import { UntranslatedNote } from "@/components/AtlasText";
import { TimelineEvent } from "@/components/Timeline";
import { TimelineEntry, TimelineFilter } from "@/components/TimelineFilter";
import { listEvents } from "@/lib/data";
import { pageLang, translator, type LangParams, type MessageKey } from "@/lib/i18n";
import { regionNameIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

/** The timeline's periods by name (the data package's `TIMELINE_PERIODS`, whose labels are English). */
const PERIOD_LABELS: { readonly [P in TimelinePeriod]: MessageKey } = {
  "before-1994": "web.timeline.period.before-1994",
  "1994-2020": "web.timeline.period.1994-2020",
  "2020-war": "web.timeline.period.2020-war",
  "after-2020": "web.timeline.period.after-2020",
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/timeline", { title: t("web.nav.timeline"), description: t("web.timeline.description") });
}

export default async function TimelinePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, tn, locale } = translator(lang);
  const events = listEvents();
  const years = eventYears(events);
  const kinds = EVENT_KIND.values.filter((k) => events.some((e) => e.kind === k));
  const regions = sortByText(
    [...new Set(events.flatMap((e) => e.regions))].map((id) => ({ value: id, label: regionNameIn(lang, id) })),
    (r) => r.label,
  );
  const periods = TIMELINE_PERIODS.filter((p) => events.some((e) => periodOf(e.date) === p.id));
  const firstOfYear = new Map<number, string>();
  for (const e of events) if (e.date && !firstOfYear.has(Number(e.date.slice(0, 4)))) firstOfYear.set(Number(e.date.slice(0, 4)), e.id);
  const all = t("web.filter.all");
  return (
    <>
      <h1>{t("web.nav.timeline")}</h1>
      <p className="lede">{t("web.timeline.lede", { events: tn("web.count.events", events.length, { count: formatNumber(events.length, { locale }) }) })}</p>
      <UntranslatedNote lang={lang} />
      <nav aria-label={t("web.filter.years")} className="years">
        <h2 className="contents-title">{t("web.filter.jump-to-year")}</h2>
        <ul>
          {years.map((y) => (
            <li key={y}>
              <a href={`#year-${y}`}>{y}</a>
            </li>
          ))}
        </ul>
      </nav>
      <TimelineFilter
        texts={{
          lang,
          count: Object.fromEntries(PLURAL_FORMS[lang].map((form) => [form, MESSAGES[lang][`web.count.events#${form}`]])),
          of: t("web.timeline.shown-of"),
          noMatch: t("web.timeline.no-match"),
          filters: { all, clear: t("web.filter.clear") },
        }}
        facets={[
          { key: "kind", label: t("common.kind"), allLabel: all, options: kinds.map((k) => ({ value: k, label: labelOf(EVENT_KIND, k, locale) })) },
          { key: "region", label: t("common.region"), allLabel: all, options: regions },
          { key: "period", label: t("common.period"), allLabel: all, options: periods.map((p) => ({ value: p.id, label: t(PERIOD_LABELS[p.id]) })) },
        ]}
      >
        {events.map((e) => {
          const year = e.date ? Number(e.date.slice(0, 4)) : undefined;
          return (
            <TimelineEntry key={e.id} facets={{ kind: [e.kind], region: e.regions, period: [periodOf(e.date) ?? ""] }}>
              <TimelineEvent event={e} compact lang={lang} yearAnchor={year !== undefined && firstOfYear.get(year) === e.id ? `year-${year}` : undefined} />
            </TimelineEntry>
          );
        })}
      </TimelineFilter>
    </>
  );
}
