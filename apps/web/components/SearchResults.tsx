import Link from "@/components/Link";
import type { SearchHit } from "@karabakh-atlas/data/search";
import { hrefOf, kindLabel } from "@/lib/routes";

/**
 * The hits for a query. Rendered on the server by the search page, and in the browser by the
 * static site's search (no server-only imports here).
 */
export function SearchResults({ q, hits, pending = false }: { q: string; hits: readonly SearchHit[]; pending?: boolean }) {
  return (
    <section aria-labelledby="results-heading" aria-live="polite">
      <h2 id="results-heading">{q ? `Results for “${q}”` : "Results"}</h2>
      {!q ? (
        <p className="muted">Type a name in any language: Kəlbəcər, Kelbecer and Kalbajar all find the same district.</p>
      ) : pending ? (
        <p className="muted">Searching…</p>
      ) : hits.length === 0 ? (
        <p className="empty">
          Nothing matches “{q}”. Try another spelling, a shorter part of the name, or browse the <Link href="/regions">regions</Link>{" "}
          and <Link href="/deposits">deposits</Link>.
        </p>
      ) : (
        <>
          <p className="count">
            {hits.length} result{hits.length === 1 ? "" : "s"}
          </p>
          <ul className="records">
            {hits.map((h) => (
              <li key={`${h.kind}:${h.id}`}>
                <Link className="title" href={hrefOf(h.kind, h.id)}>
                  {h.title}
                </Link>{" "}
                <span className="badge">{kindLabel(h.kind)}</span>
                {h.terms.length > 0 ? <span className="muted"> matched: {h.terms.join(", ")}</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
