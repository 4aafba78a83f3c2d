import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { DOCUMENT_KIND, UN_BODY } from "@karabakh-atlas/domain";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims } from "@/components/Figures";
import { RecordLink } from "@/components/RecordLink";
import { getResolution, ids, regionName } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("resolution").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolution = getResolution((await params).id);
  if (!resolution) return { title: "Document not found" };
  return pageMetadata(await pageLang(params), `/resolutions/${(await params).id}`, {
    title: resolution.title,
    description: `${resolution.title}${resolution.symbol ? ` (${resolution.symbol})` : ""}: date, vote, regions named and demands, each with its source.`,
  });
}

export default async function ResolutionPage({ params }: Props) {
  const r = getResolution((await params).id);
  if (!r) notFound();
  return (
    <article>
      <p className="muted">
        {DOCUMENT_KIND.labels[r.kind]} · {UN_BODY.labels[r.body]}
        <Cite citations={r.citations} />
      </p>
      <h1>{r.title}</h1>
      <dl className="facts">
        {r.symbol ? (
          <>
            <dt>Symbol</dt>
            <dd>{r.symbol}</dd>
          </>
        ) : null}
        {r.number ? (
          <>
            <dt>Number</dt>
            <dd>{r.number}</dd>
          </>
        ) : null}
        <dt>Adopted or issued</dt>
        <dd>
          <DateClaims claims={r.adoptedOn} />
        </dd>
        {r.meeting ? (
          <>
            <dt>Meeting</dt>
            <dd>
              {r.meeting}
              {r.meetingCitations ? <Cite citations={r.meetingCitations} /> : null}
            </dd>
          </>
        ) : null}
        {r.votes.map((v, i) => (
          <Fragment key={i}>
            <dt>Vote</dt>
            <dd>
              {v.inFavour} in favour, {v.against} against, {v.abstaining} abstaining
              {v.absent !== undefined ? `, ${v.absent} absent` : ""}
              {v.againstStates.length > 0 ? ` (against: ${v.againstStates.join(", ")})` : ""}
              <Cite citations={v.citations} />
              {v.note ? <span className="muted"> {v.note}</span> : null}
            </dd>
          </Fragment>
        ))}
        {r.sourceDocument ? (
          <>
            <dt>Text</dt>
            <dd>
              <RecordLink kind="source" id={r.sourceDocument} />
            </dd>
          </>
        ) : null}
        {r.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{r.aliases.map((a) => a.name).join(" · ")}</dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">Regions named</h2>
        {r.regions.length === 0 ? (
          <p className="muted">No region recorded.</p>
        ) : (
          <ul>
            {r.regions.map((l) => (
              <li key={l.id}>
                <Link href={`/regions/${l.id}`}>{regionName(l.id)}</Link>
                <Cite citations={l.citations} />
                {l.note ? <span className="muted"> {l.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {r.demands.length > 0 ? (
        <section aria-labelledby="demands-heading">
          <h2 id="demands-heading">Demands (paraphrased)</h2>
          <ol>
            {r.demands.map((d, i) => (
              <li key={i}>
                {d.text}
                <Cite citations={d.citations} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {r.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related documents</h2>
          <ul>
            {r.related.map((l) => (
              <li key={l.id}>
                <RecordLink kind="resolution" id={l.id} />
                <Cite citations={l.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Claims claims={r.claims} />
    </article>
  );
}
