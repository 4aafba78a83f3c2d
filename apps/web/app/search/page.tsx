import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/SearchBox";
import { search } from "@/lib/data";
import { hrefOf, kindLabel } from "@/lib/routes";

export const metadata: Metadata = {
  title: "Search",
  description: "Find any district, deposit, company, document or source by any of its names or aliases, with or without diacritics.",
};

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const hits = q ? search(q) : [];
  return (
    <>
      <h1>Search</h1>
      <SearchBox initial={q} />
      <section aria-labelledby="results-heading" aria-live="polite">
        <h2 id="results-heading">{q ? `Results for “${q}”` : "Results"}</h2>
        {!q ? (
          <p className="muted">Type a name in any language: Kəlbəcər, Kelbecer and Kalbajar all find the same district.</p>
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
                  <Link prefetch={false} className="title" href={hrefOf(h.kind, h.id)}>
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
    </>
  );
}
