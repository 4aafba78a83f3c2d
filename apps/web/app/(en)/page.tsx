import type { Metadata } from "next";
import Link from "@/components/Link";
import { formatDate } from "@karabakh-atlas/domain";
import { AtlasMap } from "@/components/AtlasMap";
import { Headline } from "@/components/Headline";
import { Timeline } from "@/components/Timeline";
import { changesInThisVersion, counts, headlineStatistics, listEvents, meta, titleOf } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/", {
    title: { absolute: "Karabakh Atlas — a sourced dataset of the districts occupied in 1992–1994 and the former NKAO, under Azerbaijani control since 2020 and 2023" },
    description:
      "Districts, mineral deposits, companies, UN documents and the human cost of the conflict over Karabakh, from the occupation of 1992–1994 to the events of 2020 and 2023, each figure with its source.",
  });
}

/** `Regions` → `regions`, but `UN documents` stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export default function Overview() {
  const { version, updated } = meta();
  const headline = headlineStatistics(6);
  const events = listEvents();
  const recent = events.filter((e) => e.date).slice(-6);
  const tally = counts().filter((c) => c.count > 0);
  const changes = changesInThisVersion();
  return (
    <>
      <h1>Karabakh Atlas</h1>
      <p className="lede">
        The districts of Azerbaijan occupied in 1992–1994 and the former Nagorno-Karabakh Autonomous Oblast, which came under
        Azerbaijani control in 2020 and 2023: their mineral deposits, the companies that
        worked them, the UN documents about them and the human cost. Every number says who says so; where sources disagree,
        every value is shown.
      </p>

      <section aria-labelledby="headline">
        <h2 id="headline">Headline figures</h2>
        {headline.length === 0 ? (
          <p className="empty">No statistics in the dataset yet.</p>
        ) : (
          <ul className="cards">
            {headline.map((s) => (
              <li className="card" key={s.id}>
                <h3>
                  <Link href={`/statistics/${s.id}`}>{titleOf("statistic", s.id)}</Link>
                </h3>
                <Headline statistic={s} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Map</h2>
        <AtlasMap title="The districts returned in 2020 and 2023, shaded by when they returned, with the located deposits and places" />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        {events.length > recent.length ? (
          <p>
            The latest {recent.length} of {events.length} events. <Link href="/timeline">The whole timeline</Link>.
          </p>
        ) : null}
        <Timeline events={recent} headingLevel={3} />
      </section>

      <section aria-labelledby="version-heading">
        <h2 id="version-heading">This version of the data</h2>
        <p>
          Version <strong>{version}</strong>, last updated <time dateTime={updated}>{formatDate(updated)}</time>. It holds:
        </p>
        <ul>
          {tally.map((c) => (
            <li key={c.kind}>
              <Link href={c.kind === "event" ? "/timeline" : `/${c.dir}`}>
                {c.count} {c.kind === "event" ? (c.count === 1 ? "event" : "events") : lowerFirst(c.count === 1 ? c.label : c.plural)}
              </Link>
            </li>
          ))}
        </ul>
        {changes.length > 0 ? (
          <>
            <h3>What changed in {version}</h3>
            <ul>
              {changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          Every record can be <Link href="/downloads">downloaded</Link> as JSON or CSV.
        </p>
      </section>
    </>
  );
}
