import Link from "@/components/Link";
import { EVENT_KIND, formatDate, type Event } from "@karabakh-atlas/domain";
import { regionName } from "@/lib/data";
import { Cite } from "./Cite";
import { RecordLink } from "./RecordLink";

/** One event: its date, title, kind, regions; the records it concerns and its claims (folded away when compact). */
export function TimelineEvent({ event: e, headingLevel = 2, compact = false, yearAnchor }: { event: Event; headingLevel?: 2 | 3; compact?: boolean; yearAnchor?: string }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const related = [
    ...e.resolutions.map((id) => ["resolution", id] as const),
    ...e.deposits.map((id) => ["deposit", id] as const),
    ...e.companies.map((id) => ["company", id] as const),
  ];
  const more = (
    <>
      {related.length > 0 ? (
        <p className="muted">
          See:{" "}
          {related.map(([kind, id], i) => (
            <span key={`${kind}:${id}`}>
              {i > 0 ? ", " : ""}
              <RecordLink kind={kind} id={id} />
            </span>
          ))}
        </p>
      ) : null}
      {e.claims.map((c, i) => (
        <p key={i}>
          {c.statement}
          <Cite citations={c.citations} />
        </p>
      ))}
    </>
  );
  return (
    <li id={e.id} className={compact ? "compact-event" : undefined}>
      {yearAnchor ? <span id={yearAnchor} className="year-anchor" /> : null}
      {e.date ? (
        <time dateTime={e.date}>
          {formatDate(e.date)}
          {e.endDate ? ` – ${formatDate(e.endDate)}` : ""}
        </time>
      ) : (
        <span className="muted">Undated{e.dateNote ? ` (${e.dateNote})` : ""}</span>
      )}
      <div className="event-body">
        <Heading className="event-title">
          {e.title}
          <Cite citations={e.citations} />
        </Heading>
        <span className="badge">{EVENT_KIND.labels[e.kind]}</span>
        {e.regions.length > 0 ? (
          <span className="muted">
            {" "}
            {e.regions.map((r, i) => (
              <span key={r}>
                {i > 0 ? ", " : ""}
                <Link href={`/regions/${r}`}>{regionName(r)}</Link>
              </span>
            ))}
          </span>
        ) : null}
        {compact && (related.length > 0 || e.claims.length > 0) ? (
          <details className="event-more">
            <summary>More</summary>
            {more}
          </details>
        ) : compact ? null : (
          more
        )}
      </div>
    </li>
  );
}

/** Events in date order, each with its sources and the records it concerns. */
export function Timeline({ events, headingLevel = 2 }: { events: readonly Event[]; headingLevel?: 2 | 3 }) {
  if (events.length === 0) return <p className="empty">No events in the dataset yet.</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <TimelineEvent key={e.id} event={e} headingLevel={headingLevel} />
      ))}
    </ol>
  );
}
