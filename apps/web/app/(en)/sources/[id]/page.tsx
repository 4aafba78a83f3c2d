import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { PUBLISHER_TYPE, SOURCE_KIND, citedFieldLabel, formatDate, languageName, sourceAuthor } from "@karabakh-atlas/domain";
import { CitationWords } from "@/components/CitationWords";
import { getSource, ids, sourceUses, type SourceUse } from "@/lib/data";
import { hrefOf, kindLabel } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("source").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = getSource((await params).id);
  if (!s) return { title: "Source not found" };
  return pageMetadata(await pageLang(params), `/sources/${(await params).id}`, { title: s.title, description: `${s.title} (${sourceAuthor(s)}): what it is and every fact in the atlas it supports, with locators and excerpts.` });
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
        <dt>Who says it</dt>
        <dd>{sourceAuthor(s)}</dd>
        <dt>{s.author ? "Published or circulated by" : "Publisher"}</dt>
        <dd>{s.publisher}</dd>
        {s.sender ? (
          <>
            <dt>Sent by</dt>
            <dd>{s.sender}</dd>
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
        <dd>{[s.language, ...s.otherLanguages].map(languageName).join(", ")}</dd>
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
        {s.alsoAt.length > 0 ? (
          <>
            <dt>Also at</dt>
            <dd className="break">
              {s.alsoAt.map((url, i) => (
                <span key={url}>
                  {i > 0 ? <br /> : null}
                  <a href={url} rel="nofollow noopener">
                    {url}
                  </a>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {!s.url && !s.symbol && s.noAddressReason ? (
          <>
            <dt>Address</dt>
            <dd>
              <span className="muted">none: </span>
              {s.noAddressReason}
            </dd>
          </>
        ) : null}
        {s.citedIn ? (
          <>
            <dt>Known through</dt>
            <dd>
              <Link href={hrefOf("source", s.citedIn)}>{getSource(s.citedIn)?.title ?? s.citedIn}</Link>
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
                      <th scope="col">What it supports</th>
                      <th scope="col">Where in the source</th>
                      <th scope="col">Its words</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u, i) => (
                      <tr key={i}>
                        <td>{citedFieldLabel(u.field)}</td>
                        <td>{u.locator}</td>
                        <td>
                          <CitationWords citation={u} />
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
