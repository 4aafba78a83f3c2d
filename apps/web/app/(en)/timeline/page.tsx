import type { Metadata } from "next";
import { EVENT_KIND, sortByText } from "@karabakh-atlas/domain";
import { TIMELINE_PERIODS, eventYears, periodOf } from "@karabakh-atlas/data";
import { TimelineEvent } from "@/components/Timeline";
import { TimelineEntry, TimelineFilter } from "@/components/TimelineFilter";
import { listEvents, regionName } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/timeline", {
    title: "Timeline",
    description: "Occupation, return, resolutions, reports and investigations in date order, filtered by kind, region and period, each event with its source.",
  });
}

export default function TimelinePage() {
  const events = listEvents();
  const years = eventYears(events);
  const kinds = EVENT_KIND.values.filter((k) => events.some((e) => e.kind === k));
  const regions = sortByText([...new Set(events.flatMap((e) => e.regions))], regionName);
  const periods = TIMELINE_PERIODS.filter((p) => events.some((e) => periodOf(e.date) === p.id));
  const firstOfYear = new Map<number, string>();
  for (const e of events) if (e.date && !firstOfYear.has(Number(e.date.slice(0, 4)))) firstOfYear.set(Number(e.date.slice(0, 4)), e.id);
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        {events.length} event{events.length === 1 ? "" : "s"} in date order. Each links to its sources and the records it concerns.
      </p>
      <nav aria-label="Years" className="years">
        <h2 className="contents-title">Jump to a year</h2>
        <ul>
          {years.map((y) => (
            <li key={y}>
              <a href={`#year-${y}`}>{y}</a>
            </li>
          ))}
        </ul>
      </nav>
      <TimelineFilter
        facets={[
          { key: "kind", label: "Kind", options: kinds.map((k) => ({ value: k, label: EVENT_KIND.labels[k] })) },
          { key: "region", label: "Region", options: regions.map((r) => ({ value: r, label: regionName(r) })) },
          { key: "period", label: "Period", options: periods.map((p) => ({ value: p.id, label: p.label })) },
        ]}
      >
        {events.map((e) => {
          const year = e.date ? Number(e.date.slice(0, 4)) : undefined;
          return (
            <TimelineEntry key={e.id} facets={{ kind: [e.kind], region: e.regions, period: [periodOf(e.date) ?? ""] }}>
              <TimelineEvent event={e} compact yearAnchor={year !== undefined && firstOfYear.get(year) === e.id ? `year-${year}` : undefined} />
            </TimelineEntry>
          );
        })}
      </TimelineFilter>
    </>
  );
}
