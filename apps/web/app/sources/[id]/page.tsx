import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { PUBLISHER_TYPE, SOURCE_KIND, formatDate } from "@karabakh-atlas/domain";
import { getSource, ids, sourceUses, type SourceUse } from "@/lib/data";
import { hrefOf, kindLabel } from "@/lib/routes";

export const dynamicParams = false;
export const generateStaticParams = () => ids("source").map((id) => ({ id }));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = getSource((await params).id);
  if (!s) return { title: "Source not found" };
  return { title: s.title, description: `${s.title} (${s.publisher}): what it is and every fact in the atlas it supports, with locators and excerpts.` };
}

export default async function SourcePage({ params }: Props) {
  const s = getSource((await params).id);
  if (!s) notFound();
  const uses = sourceUses(s.id);
  const byRecord = new Map<string, SourceUse[]>();
  for (const u of uses) byRecord.set(`${u.kind}:${u.id}`, [...(byRecord.get(`${u.kind}:${u.id}`) ?? []), u]);
  return (
    <article>
      <p className="muted">
        Source · {SOURCE_KIND.labels[s.kind]} · {PUBLISHER_TYPE.labels[s.publisherType]}
      </p>
      <h1>{s.title}</h1>
      {s.titleNote ? <p className="muted">{s.titleNote}</p> : null}
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>{s.publisher}</dd>
        {s.author ? (
          <>
            <dt>Author</dt>
            <dd>{s.author}</dd>
          </>
        ) : null}
        {s.addressee ? (
          <>
            <dt>Addressed to</dt>
            <dd>{s.addressee}</dd>
          </>
        ) : null}
        <dt>Date</dt>
        <dd>
          {s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : <span className="muted">not known</span>}
          {s.dateNote ? <span className="muted"> ({s.dateNote})</span> : null}
        </dd>
        {s.documentDate ? (
          <>
            <dt>Document dated</dt>
            <dd>{formatDate(s.documentDate)}</dd>
          </>
        ) : null}
        {s.symbol ? (
          <>
            <dt>Symbol</dt>
            <dd>{s.symbol}</dd>
          </>
        ) : null}
        <dt>Language</dt>
        <dd>{[s.language, ...s.otherLanguages].join(", ")}</dd>
        {s.url ? (
          <>
            <dt>Address</dt>
            <dd className="break">
              <a href={s.url} rel="nofollow noopener">
                {s.url}
              </a>
            </dd>
          </>
        ) : null}
        {s.agendaItems.length > 0 ? (
          <>
            <dt>Agenda items</dt>
            <dd>{s.agendaItems.map((a) => `${a.number}: ${a.title}`).join("; ")}</dd>
          </>
        ) : null}
        {s.description ? (
          <>
            <dt>What it is</dt>
            <dd>{s.description}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="supports-heading">
        <h2 id="supports-heading">What this source supports</h2>
        <p>
          Cited {uses.length} time{uses.length === 1 ? "" : "s"} in {byRecord.size} record{byRecord.size === 1 ? "" : "s"}.
        </p>
        {[...byRecord.entries()].map(([key, list]) => {
          const first = list[0] as SourceUse;
          return (
            <section key={key} aria-label={first.title}>
              <h3>
                <Link href={hrefOf(first.kind, first.id)}>{first.title}</Link> <span className="badge">{kindLabel(first.kind)}</span>
              </h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Where in the source</th>
                      <th scope="col">Excerpt</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u, i) => (
                      <tr key={i}>
                        <td>
                          <code>{u.field}</code>
                        </td>
                        <td>{u.locator}</td>
                        <td>
                          <q>{u.excerpt}</q>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </section>
    </article>
  );
}
