import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { DOCUMENT_KIND, UN_BODY, formatNumber, labelOf } from "@karabakh-atlas/domain";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims } from "@/components/Figures";
import { RecordLink } from "@/components/RecordLink";
import { getResolution, ids } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { regionNameIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("resolution").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  const resolution = getResolution((await params).id);
  if (!resolution) return { title: t("web.resolution.not-found") };
  return pageMetadata(lang, `/resolutions/${resolution.id}`, {
    title: resolution.title,
    description: t("web.resolution.description", { document: `${resolution.title}${resolution.symbol ? ` (${resolution.symbol})` : ""}` }),
  });
}

export default async function ResolutionPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const r = getResolution((await params).id);
  if (!r) notFound();
  const count = (n: number) => formatNumber(n, { locale });
  return (
    <article>
      <p className="muted">
        {labelOf(DOCUMENT_KIND, r.kind, locale)} · {labelOf(UN_BODY, r.body, locale)}
        <Cite lang={lang} citations={r.citations} />
      </p>
      <h1>
        <AtlasText lang={lang} as="span">
          {r.title}
        </AtlasText>
      </h1>
      <UntranslatedNote lang={lang} />
      <dl className="facts">
        {r.symbol ? (
          <>
            <dt>{t("web.resolution.symbol")}</dt>
            <dd>{r.symbol}</dd>
          </>
        ) : null}
        {r.number ? (
          <>
            <dt>{t("web.resolution.number")}</dt>
            <dd>{r.number}</dd>
          </>
        ) : null}
        <dt>{t("web.resolution.adopted")}</dt>
        <dd>
          <DateClaims lang={lang} claims={r.adoptedOn} />
        </dd>
        {r.meeting ? (
          <>
            <dt>{t("web.resolution.meeting")}</dt>
            <dd>
              {r.meeting}
              {r.meetingCitations ? <Cite lang={lang} citations={r.meetingCitations} /> : null}
            </dd>
          </>
        ) : null}
        {r.votes.map((v, i) => (
          <Fragment key={i}>
            <dt>{t("web.resolution.vote")}</dt>
            <dd>
              {t("web.resolution.vote-count", { "in-favour": count(v.inFavour), against: count(v.against), abstaining: count(v.abstaining) })}
              {v.absent !== undefined ? t("web.resolution.vote-absent", { absent: count(v.absent) }) : ""}
              {v.againstStates.length > 0 ? ` ${t("web.resolution.vote-against-states", { states: v.againstStates.join(", ") })}` : ""}
              <Cite lang={lang} citations={v.citations} />
              {v.note ? (
                <>
                  {" "}
                  <AtlasText lang={lang} as="span" className="muted">
                    {v.note}
                  </AtlasText>
                </>
              ) : null}
            </dd>
          </Fragment>
        ))}
        {r.sourceDocument ? (
          <>
            <dt>{t("web.resolution.text")}</dt>
            <dd>
              <RecordLink lang={lang} kind="source" id={r.sourceDocument} />
            </dd>
          </>
        ) : null}
        {r.aliases.length > 0 ? (
          <>
            <dt>{t("common.also-called")}</dt>
            <dd>
              {r.aliases.map((a, i) => (
                <Fragment key={i}>
                  {i > 0 ? " · " : ""}
                  <span lang={a.lang}>{a.name}</span>
                </Fragment>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading">{t("web.resolution.regions")}</h2>
        {r.regions.length === 0 ? (
          <p className="muted">{t("web.resolution.no-regions")}</p>
        ) : (
          <ul>
            {r.regions.map((l) => (
              <li key={l.id}>
                <Link href={localHref(lang, `/regions/${l.id}`)}>{regionNameIn(lang, l.id)}</Link>
                <Cite lang={lang} citations={l.citations} />
                {l.note ? (
                  <>
                    {" "}
                    <AtlasText lang={lang} as="span" className="muted">
                      {l.note}
                    </AtlasText>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {r.demands.length > 0 ? (
        <section aria-labelledby="demands-heading">
          <h2 id="demands-heading">{t("web.resolution.demands")}</h2>
          <ol>
            {r.demands.map((d, i) => (
              <AtlasText key={i} lang={lang} as="li">
                {d.text}
                <Cite lang={lang} citations={d.citations} />
              </AtlasText>
            ))}
          </ol>
        </section>
      ) : null}

      {r.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t("web.resolution.related")}</h2>
          <ul>
            {r.related.map((l) => (
              <li key={l.id}>
                <RecordLink lang={lang} kind="resolution" id={l.id} />
                <Cite lang={lang} citations={l.citations} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <Claims lang={lang} claims={r.claims} />
    </article>
  );
}
