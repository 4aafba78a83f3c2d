import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { PUBLISHER_TYPE, SOURCE_KIND, formatDate, formatNumber, labelOf, sourceAuthor } from "@karabakh-atlas/domain";
import { citedFieldLabelIn, kindLabel, languageNameIn } from "@karabakh-atlas/domain/i18n";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { CitationWords } from "@/components/CitationWords";
import { markedTitleIn } from "@/components/RecordTitle";
import { getSource, ids, sourceUses, type SourceUse } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { titleIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";
import { hrefOf } from "@/lib/routes";

export const dynamicParams = false;
export const generateStaticParams = () => ids("source").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  const s = getSource((await params).id);
  if (!s) return { title: t("web.source.not-found") };
  return pageMetadata(lang, `/sources/${s.id}`, { title: s.title, description: t("web.source.description", { title: s.title, author: sourceAuthor(s) }) });
}

export default async function SourcePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, tn, locale } = translator(lang);
  const s = getSource((await params).id);
  if (!s) notFound();
  const uses = sourceUses(s.id);
  const byRecord = new Map<string, SourceUse[]>();
  for (const u of uses) byRecord.set(`${u.kind}:${u.id}`, [...(byRecord.get(`${u.kind}:${u.id}`) ?? []), u]);
  const citedIn = s.citedIn ? getSource(s.citedIn) : undefined;
  const atlasText = Boolean(s.titleNote || s.dateNote || s.description || (!s.url && !s.symbol && s.noAddressReason) || uses.length > 0);
  return (
    <article>
      <p className="muted">
        {kindLabel(lang, "source")} · {labelOf(SOURCE_KIND, s.kind, locale)} · {labelOf(PUBLISHER_TYPE, s.publisherType, locale)}
      </p>
      {/* The title as published, in the source's own language. */}
      <h1 lang={s.language}>{s.title}</h1>
      {s.titleNote ? (
        <AtlasText lang={lang} className="muted">
          {s.titleNote}
        </AtlasText>
      ) : null}
      {atlasText ? <UntranslatedNote lang={lang} /> : null}
      <dl className="facts">
        <dt>{t("common.who-says-it")}</dt>
        <dd>{sourceAuthor(s)}</dd>
        <dt>{s.author ? t("web.source.published-by") : t("web.source.publisher")}</dt>
        <dd>{s.publisher}</dd>
        {s.sender ? (
          <>
            <dt>{t("web.source.sent-by")}</dt>
            <dd>{s.sender}</dd>
          </>
        ) : null}
        {s.addressee ? (
          <>
            <dt>{t("web.source.addressed-to")}</dt>
            <dd>{s.addressee}</dd>
          </>
        ) : null}
        <dt>{t("common.date")}</dt>
        <dd>
          {s.date ? <time dateTime={s.date}>{formatDate(s.date, locale)}</time> : <span className="muted">{t("web.source.date-unknown")}</span>}
          {s.dateNote ? (
            <>
              {" "}
              <AtlasText lang={lang} as="span" className="muted">
                ({s.dateNote})
              </AtlasText>
            </>
          ) : null}
        </dd>
        {s.documentDate ? (
          <>
            <dt>{t("web.source.document-dated")}</dt>
            <dd>{formatDate(s.documentDate, locale)}</dd>
          </>
        ) : null}
        {s.symbol ? (
          <>
            <dt>{t("web.resolution.symbol")}</dt>
            <dd>{s.symbol}</dd>
          </>
        ) : null}
        <dt>{t("common.language")}</dt>
        <dd>{[s.language, ...s.otherLanguages].map((tag) => languageNameIn(lang, tag)).join(", ")}</dd>
        {s.url ? (
          <>
            <dt>{t("web.source.address")}</dt>
            <dd className="break">
              <a href={s.url} rel="nofollow noopener">
                {s.url}
              </a>
            </dd>
          </>
        ) : null}
        {s.alsoAt.length > 0 ? (
          <>
            <dt>{t("web.source.also-at")}</dt>
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
            <dt>{t("web.source.address")}</dt>
            <dd>
              <span className="muted">{t("web.source.no-address")} </span>
              <AtlasText lang={lang} as="span">
                {s.noAddressReason}
              </AtlasText>
            </dd>
          </>
        ) : null}
        {s.citedIn ? (
          <>
            <dt>{t("web.source.known-through")}</dt>
            <dd>
              <Link href={localHref(lang, hrefOf("source", s.citedIn))} lang={citedIn?.language}>
                {citedIn?.title ?? s.citedIn}
              </Link>
            </dd>
          </>
        ) : null}
        {s.agendaItems.length > 0 ? (
          <>
            <dt>{t("web.source.agenda-items")}</dt>
            {/* Agenda items as the document names them. */}
            <dd lang={s.language}>{s.agendaItems.map((a) => `${a.number}: ${a.title}`).join("; ")}</dd>
          </>
        ) : null}
        {s.description ? (
          <>
            <dt>{t("web.source.what-it-is")}</dt>
            <AtlasText lang={lang} as="dd">
              {s.description}
            </AtlasText>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="supports-heading">
        <h2 id="supports-heading">{t("web.source.supports")}</h2>
        <p>{t("web.source.cited", { times: tn("web.source.times", uses.length, { count: formatNumber(uses.length, { locale }) }), records: tn("web.source.records", byRecord.size, { count: formatNumber(byRecord.size, { locale }) }) })}</p>
        {[...byRecord.entries()].map(([key, list]) => {
          const first = list[0] as SourceUse;
          const title = lang === "en" ? first.title : titleIn(lang, first.kind, first.id);
          return (
            <section key={key} aria-label={title}>
              <h3>
                <Link href={localHref(lang, hrefOf(first.kind, first.id))}>{lang === "en" ? title : markedTitleIn(lang, first.kind, first.id)}</Link>{" "}
                <span className="badge">{kindLabel(lang, first.kind)}</span>
              </h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("web.source.what-it-supports")}</th>
                      <th scope="col">{t("common.where-in-source")}</th>
                      <th scope="col">{t("common.its-words")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((u, i) => (
                      <tr key={i}>
                        <td>{citedFieldLabelIn(lang, u.field, t("web.source.the-record"))}</td>
                        <AtlasText lang={lang} as="td">
                          {u.locator}
                        </AtlasText>
                        <td>
                          <CitationWords lang={lang} citation={u} sourceLanguage={s.language} />
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
