import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { HERITAGE_KIND, HERITAGE_STATUS, LOCATION_PRECISION, formatDate, labelOf } from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { UntranslatedNote } from "@/components/AtlasText";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { fill } from "@/components/Fill";
import { Names } from "@/components/Names";
import { getHeritageSite, ids } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { coordinatesIn, hasAtlasText, nameIn, regionNameIn } from "@/lib/localize";

export const dynamicParams = false;
export const generateStaticParams = () => ids("heritage-site").map((id) => ({ id }));

type Props = { params: Promise<LangParams & { id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const h = getHeritageSite((await params).id);
  if (!h) return { title: t("web.error.record-not-found", { kind: kindLabel(lang, "heritage-site") }) };
  const name = nameIn(lang, h.names);
  return pageMetadata(lang, `/heritage-sites/${(await params).id}`, { title: name, description: t("web.heritage.description", { name, kind: lowerFirst(lang, labelOf(HERITAGE_KIND, h.kind, locale)), region: regionNameIn(lang, h.region) }) });
}

export default async function HeritageSitePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const href = (path: string) => localHref(lang, path);
  const h = getHeritageSite((await params).id);
  if (!h) notFound();
  return (
    <article>
      <p className="muted">
        {fill(t("web.heritage.in-region"), {
          kind: labelOf(HERITAGE_KIND, h.kind, locale),
          region: <Link href={href(`/regions/${h.region}`)}>{regionNameIn(lang, h.region)}</Link>,
        })}
      </p>
      <h1>{nameIn(lang, h.names)}</h1>
      {hasAtlasText(h) ? <UntranslatedNote lang={lang} /> : null}
      <dl className="facts">
        <Names lang={lang} names={h.names} aliases={h.aliases} />
        {h.settlement ? (
          <>
            <dt>{t("web.heritage.settlement")}</dt>
            <dd>
              <Link href={href(`/regions/${h.settlement}`)}>{regionNameIn(lang, h.settlement)}</Link>
            </dd>
          </>
        ) : null}
        {h.location ? (
          <>
            <dt>{t("common.location")}</dt>
            <dd>
              {coordinatesIn(lang, h.location)}{" "}
              <span className="muted">({lowerFirst(lang, labelOf(LOCATION_PRECISION, h.location.precision, locale))})</span>
              <Cite lang={lang} citations={h.location.citations} />
            </dd>
          </>
        ) : null}
        <dt>{t("web.heritage.status-reported")}</dt>
        <dd>
          {h.statuses.length === 0 ? (
            <span className="muted">{t("web.common.not-recorded")}</span>
          ) : (
            <ul className="plain-list">
              {h.statuses.map((s, i) => (
                <li key={i}>
                  {labelOf(HERITAGE_STATUS, s.status, locale)}
                  {s.asOf ? ` (${t("web.common.as-of", { date: formatDate(s.asOf, locale) })})` : ""}
                  <Cite lang={lang} citations={s.citations} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Claims lang={lang} claims={h.claims} />
    </article>
  );
}
