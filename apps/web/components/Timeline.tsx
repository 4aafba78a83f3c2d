import Link from "@/components/Link";
import { EVENT_KIND, formatDate, labelOf, titleInLanguage, type Event } from "@karabakh-atlas/domain";
import { localHref, translator, type Lang } from "@/lib/i18n";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";
import { RecordLink } from "./RecordLink";
import { markedRegionNameIn } from "./RecordTitle";

/**
 * One event: its date, title, kind, regions; the records it concerns and its claims (folded away
 * when compact). The title, date note and claims are the atlas's words: the title in the page's
 * language where the event gives it (`titles`), else in English, marked as such like the date note
 * and the claims; the page that shows events says so once (`UntranslatedNote`).
 *
 * Async though it awaits nothing, so that React sends an event as a chunk of its own in the page's
 * payload, which the browser parses and hydrates in a slice of its own (see components/Charts.tsx).
 */
export async function TimelineEvent({
  event: e,
  headingLevel = 2,
  compact = false,
  yearAnchor,
  lang = "en",
}: {
  event: Event;
  headingLevel?: 2 | 3;
  compact?: boolean;
  yearAnchor?: string;
  lang?: Lang;
}) {
  const { t, locale } = translator(lang);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  // English is the record's own `title` (AtlasText, as before); another language its translation, where it has one.
  const translated = lang === "en" ? undefined : titleInLanguage(e, lang);
  const related = [
    ...e.resolutions.map((id) => ["resolution", id] as const),
    ...e.deposits.map((id) => ["deposit", id] as const),
    ...e.companies.map((id) => ["company", id] as const),
  ];
  const more = (
    <>
      {related.length > 0 ? (
        <p className="muted">
          {t("web.timeline.see")}{" "}
          {related.map(([kind, id], i) => (
            <span key={`${kind}:${id}`}>
              {i > 0 ? ", " : ""}
              <RecordLink lang={lang} kind={kind} id={id} />
            </span>
          ))}
        </p>
      ) : null}
      {e.claims.map((c, i) => (
        <AtlasText key={i} lang={lang}>
          {c.statement}
          <Cite lang={lang} citations={c.citations} />
        </AtlasText>
      ))}
    </>
  );
  return (
    <li id={e.id} className={compact ? "compact-event" : undefined}>
      {yearAnchor ? <span id={yearAnchor} className="year-anchor" /> : null}
      {e.date ? (
        <time dateTime={e.date}>
          {formatDate(e.date, locale)}
          {e.endDate ? ` – ${formatDate(e.endDate, locale)}` : ""}
        </time>
      ) : (
        <span className="muted">
          {t("web.timeline.undated")}
          {e.dateNote ? (
            <>
              {" "}
              <AtlasText lang={lang} as="span">
                ({e.dateNote})
              </AtlasText>
            </>
          ) : null}
        </span>
      )}
      <div className="event-body">
        <Heading className="event-title">
          {translated !== undefined ? (
            <span>{translated}</span>
          ) : (
            <AtlasText lang={lang} as="span">
              {e.title}
            </AtlasText>
          )}
          <Cite lang={lang} citations={e.citations} />
        </Heading>
        <span className="badge">{labelOf(EVENT_KIND, e.kind, locale)}</span>
        {e.regions.length > 0 ? (
          <span className="muted">
            {" "}
            {e.regions.map((r, i) => (
              <span key={r}>
                {i > 0 ? ", " : ""}
                <Link href={localHref(lang, `/regions/${r}`)}>{markedRegionNameIn(lang, r)}</Link>
              </span>
            ))}
          </span>
        ) : null}
        {compact && (related.length > 0 || e.claims.length > 0) ? (
          <details className="event-more">
            <summary>{t("common.more")}</summary>
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
export function Timeline({ events, headingLevel = 2, lang = "en" }: { events: readonly Event[]; headingLevel?: 2 | 3; lang?: Lang }) {
  if (events.length === 0) return <p className="empty">{translator(lang).t("web.timeline.empty")}</p>;
  return (
    <ol className="timeline">
      {events.map((e) => (
        <TimelineEvent key={e.id} event={e} headingLevel={headingLevel} lang={lang} />
      ))}
    </ol>
  );
}
