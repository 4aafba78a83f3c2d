import Link from "@/components/Link";
import { EVENT_KIND, formatDate, type Event } from "@karabakh-atlas/domain";
import { regionName } from "@/lib/data";
import { Cite } from "./Cite";
import { RecordLink } from "./RecordLink";

/** Events in date order, each with its sources and the records it concerns. */
export function Timeline({ events, headingLevel = 2 }: { events: readonly Event[]; headingLevel?: 2 | 3 }) {
  if (events.length === 0) return <p className="empty">No events in the dataset yet.</p>;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="timeline">
      {events.map((e) => (
        <li key={e.id} id={e.id}>
          {e.date ? (
            <time dateTime={e.date}>
              {formatDate(e.date)}
              {e.endDate ? ` – ${formatDate(e.endDate)}` : ""}
            </time>
          ) : (
            <span className="muted">Undated{e.dateNote ? ` (${e.dateNote})` : ""}</span>
          )}
          <Heading className="event-title">
            {e.title}
            <Cite citations={e.citations} />
          </Heading>
          <span className="badge">{EVENT_KIND.labels[e.kind]}</span>
          {e.regions.length > 0 ? (
            <span className="muted">
              {" "}
              Regions:{" "}
              {e.regions.map((r, i) => (
                <span key={r}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/regions/${r}`}>{regionName(r)}</Link>
                </span>
              ))}
            </span>
          ) : null}
          {e.resolutions.length + e.deposits.length + e.companies.length > 0 ? (
            <p className="muted">
              See:{" "}
              {[
                ...e.resolutions.map((id) => ["resolution", id] as const),
                ...e.deposits.map((id) => ["deposit", id] as const),
                ...e.companies.map((id) => ["company", id] as const),
              ].map(([kind, id], i) => (
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
        </li>
      ))}
    </ol>
  );
}
