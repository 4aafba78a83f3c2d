import Link from "@/components/ClientLink";
import { interpolate, pluralForm } from "@karabakh-atlas/domain/vocabulary";
import type { SearchHit } from "@karabakh-atlas/data/search";
import { fill } from "@/components/Fill";
import { hitTitle, type SearchTitles } from "@/lib/search";
import type { SearchTexts } from "@/lib/searchTexts";
import { hrefOf } from "@/lib/routes";

/**
 * The hits for a query, in the page's language (`texts`, written on the server). Rendered on the
 * server by the search page, and in the browser by the static site's search (no server-only
 * imports here). A hit's title is the record's in the page's language (`titles`), else the index's
 * (English, or a source's title as published) marked with its language.
 */
export function SearchResults({ q, hits, texts, titles, pending = false }: { q: string; hits: readonly SearchHit[]; texts: SearchTexts; titles?: SearchTitles | undefined; pending?: boolean }) {
  const count = texts.count[pluralForm(texts.lang, hits.length)] ?? texts.count.other ?? "{count}";
  return (
    <section aria-labelledby="results-heading" aria-live="polite">
      <h2 id="results-heading">{q ? interpolate(texts.resultsFor, { query: q }) : texts.results}</h2>
      {!q ? (
        <p className="muted">{texts.hint}</p>
      ) : pending ? (
        <p className="muted">{texts.searching}</p>
      ) : hits.length === 0 ? (
        <p className="empty">
          {interpolate(texts.noResults, { query: q })}{" "}
          {fill(texts.tryOther, { regions: <Link href="/regions">{texts.regions}</Link>, deposits: <Link href="/deposits">{texts.deposits}</Link> })}
        </p>
      ) : (
        <>
          <p className="count">{interpolate(count, { count: hits.length })}</p>
          <ul className="records">
            {hits.map((h) => {
              const shown = hitTitle(h, texts.lang, titles);
              return (
                <li key={`${h.kind}:${h.id}`}>
                  <Link className="title" href={hrefOf(h.kind, h.id)}>
                    <span lang={shown.lang}>{shown.title}</span>
                  </Link>{" "}
                  <span className="badge">{texts.kinds[h.kind]}</span>
                  {h.terms.length > 0 ? <span className="muted"> {interpolate(texts.matched, { terms: h.terms.join(", ") })}</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
