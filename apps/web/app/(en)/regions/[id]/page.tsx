import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { Contents } from "@/components/Contents";
import { notFound } from "next/navigation";
import {
  CURRENT_STATUS,
  HERITAGE_STATUS,
  LOCATION_PRECISION,
  REGION_KIND,
  RETURN_MODE,
  STATISTIC_CATEGORY,
  formatCompetingFigures,
  formatDate,
  formatPeriod,
  labelOf,
} from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { AtlasMap } from "@/components/AtlasMap";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims, Figures } from "@/components/Figures";
import { Names } from "@/components/Names";
import { markedNameIn, markedRegionNameIn, markedTitleIn } from "@/components/RecordTitle";
import { Timeline } from "@/components/Timeline";
import { dateOfResolution, depositStatus, getRegion, ids, regionContext } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { byNameIn, coordinatesIn, hasAtlasText, nameIn, titleIn } from "@/lib/localize";

export const dynamicParams = false;
export const generateStaticParams = () => ids("region").map((id) => ({ id }));

type Props = { params: Promise<LangParams & { id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const region = getRegion((await params).id);
  if (!region) return { title: t("web.error.record-not-found", { kind: kindLabel(lang, "region") }) };
  const name = nameIn(lang, region.names);
  return pageMetadata(lang, `/regions/${(await params).id}`, {
    title: name,
    description: t("web.region.description", { name, kind: lowerFirst(lang, labelOf(REGION_KIND, region.kind, locale)) }),
  });
}

export default async function RegionPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const href = (path: string) => localHref(lang, path);
  const region = getRegion((await params).id);
  if (!region) notFound();
  const ctx = regionContext(region.id);
  const name = nameIn(lang, region.names);
  return (
    <article>
      <p className="muted">
        {[...ctx.ancestors].reverse().map((a) => (
          <span key={a.id}>
            <Link href={href(`/regions/${a.id}`)}>{markedNameIn(lang, a.names)}</Link> ›{" "}
          </span>
        ))}
        {labelOf(REGION_KIND, region.kind, locale)}
      </p>
      <h1>{name}</h1>
      {hasAtlasText(region) ? <UntranslatedNote lang={lang} /> : null}
      <Contents
        lang={lang}
        items={[
          { id: "facts", label: t("web.region.area-and-control") },
          (Boolean(region.centre) || ctx.deposits.some((d) => d.location)) && { id: "map-heading", label: t("common.map") },
          ctx.children.length > 0 && { id: "inside-heading", label: t("web.region.inside", { name }) },
          { id: "deposits-heading", label: kindLabel(lang, "deposit", true) },
          ctx.statistics.length > 0 && { id: "stats-heading", label: kindLabel(lang, "statistic", true) },
          ctx.resolutions.length > 0 && { id: "res-heading", label: kindLabel(lang, "resolution", true) },
          ctx.heritageSites.length > 0 && { id: "heritage-heading", label: kindLabel(lang, "heritage-site", true) },
          ctx.events.length > 0 && { id: "events-heading", label: kindLabel(lang, "event", true) },
        ]}
      />
      <dl className="facts" id="facts">
        <Names lang={lang} names={region.names} aliases={region.aliases} />
        {region.area.length > 0 ? (
          <>
            <dt>{t("web.region.area")}</dt>
            <dd>
              <Figures lang={lang} figures={region.area} />
            </dd>
          </>
        ) : null}
        {region.population.length > 0 ? (
          <>
            <dt>{t("web.region.population")}</dt>
            <dd>
              <Figures lang={lang} figures={region.population} />
            </dd>
          </>
        ) : null}
        {region.centre ? (
          <>
            <dt>{t("web.region.centre")}</dt>
            <dd>
              {coordinatesIn(lang, region.centre)}{" "}
              <span className="muted">({lowerFirst(lang, labelOf(LOCATION_PRECISION, region.centre.precision, locale))})</span>
              <Cite lang={lang} citations={region.centre.citations} />
            </dd>
          </>
        ) : null}
        {region.adminCentre ? (
          <>
            <dt>{t("web.region.administrative-centre")}</dt>
            <dd>
              <Link href={href(`/regions/${region.adminCentre}`)}>{markedRegionNameIn(lang, region.adminCentre)}</Link>
            </dd>
          </>
        ) : null}
        {region.economicRegions.map((e, i) => (
          <Fragment key={i}>
            <dt>{t("web.region.economic-region")}</dt>
            <dd>
              <Link href={href(`/regions/${e.id}`)}>{markedRegionNameIn(lang, e.id)}</Link>
              {e.from ? <span className="muted"> {formatPeriod({ start: e.from }, locale)}</span> : null}
              <Cite lang={lang} citations={e.citations} />
            </dd>
          </Fragment>
        ))}
        {region.control.map((c, i) => (
          <Fragment key={i}>
            <dt>{t("web.region.occupied-on")}</dt>
            <dd>
              <DateClaims lang={lang} claims={c.occupiedOn} />
            </dd>
            <dt>{t("web.region.returned-on")}</dt>
            <dd>
              <DateClaims lang={lang} claims={c.returnedOn} />
              {c.returnMode ? (
                <>
                  {" "}
                  <span className="muted">({labelOf(RETURN_MODE, c.returnMode, locale)})</span>
                  {c.returnModeCitations ? <Cite lang={lang} citations={c.returnModeCitations} /> : null}
                </>
              ) : null}
            </dd>
          </Fragment>
        ))}
      </dl>

      <Claims lang={lang} claims={region.claims} />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t("common.on-the-map")}</h2>
        {region.noBoundary ? (
          <p>
            {t("web.region.no-polygon")} <AtlasText lang={lang} as="span">{region.noBoundary.reason}</AtlasText>
            {region.noBoundary.parts.length > 0 ? ` ${t("web.region.held-by")} ` : null}
            {region.noBoundary.parts.map((p, i) => (
              <span key={p.region}>
                {i > 0 ? "; " : ""}
                <Link href={href(`/regions/${p.region}`)}>{markedTitleIn(lang, "region", p.region)}</Link>
                {p.note ? (
                  <>
                    {" — "}
                    <AtlasText lang={lang} as="span">
                      {p.note}
                    </AtlasText>
                  </>
                ) : null}
                {p.citations ? <Cite lang={lang} citations={p.citations} /> : null}
              </span>
            ))}
            {region.noBoundary.parts.length > 0 ? "." : null}
          </p>
        ) : null}
        <AtlasMap lang={lang} focus={{ kind: "region", id: region.id }} title={t(region.boundary ? "web.region.map-title" : "web.region.map-title-district", { name })} />
      </section>

      {ctx.children.length > 0 ? (
        <section aria-labelledby="inside-heading">
          <h2 id="inside-heading">{t("web.region.inside", { name })}</h2>
          <ul>
            {byNameIn(lang, ctx.children, (c) => nameIn(lang, c.names)).map((c) => (
              <li key={c.id}>
                <Link href={href(`/regions/${c.id}`)}>{markedNameIn(lang, c.names)}</Link>{" "}
                <span className="muted">({labelOf(REGION_KIND, c.kind, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="deposits-heading">
        <h2 id="deposits-heading">{kindLabel(lang, "deposit", true)}</h2>
        {ctx.deposits.length === 0 ? (
          <p className="muted">{t("web.region.no-deposits", { name })}</p>
        ) : (
          <ul>
            {byNameIn(lang, ctx.deposits, (d) => nameIn(lang, d.names)).map((d) => {
              const status = depositStatus(d);
              return (
                <li key={d.id}>
                  <Link href={href(`/deposits/${d.id}`)}>{markedNameIn(lang, d.names)}</Link>
                  {status ? <span className="muted"> — {labelOf(CURRENT_STATUS, status, locale)}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {ctx.statistics.length > 0 ? (
        <section aria-labelledby="stats-heading">
          <h2 id="stats-heading">{kindLabel(lang, "statistic", true)}</h2>
          <ul>
            {ctx.statistics.map((s) => (
              <li key={s.id}>
                <Link href={href(`/statistics/${s.id}`)}>{titleIn(lang, "statistic", s.id)}</Link>: {formatCompetingFigures(s.observations, { locale })}
                <span className="sr-only"> ({labelOf(STATISTIC_CATEGORY, s.category, locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {ctx.resolutions.length > 0 ? (
        <section aria-labelledby="res-heading">
          <h2 id="res-heading">{t("web.region.un-documents")}</h2>
          <ul>
            {ctx.resolutions.map((r) => {
              const date = dateOfResolution(r);
              return (
                <li key={r.id}>
                  <Link href={href(`/resolutions/${r.id}`)}>{markedTitleIn(lang, "resolution", r.id)}</Link>
                  {date ? <span className="muted"> — {formatDate(date, locale)}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {ctx.heritageSites.length > 0 ? (
        <section aria-labelledby="heritage-heading">
          <h2 id="heritage-heading">{kindLabel(lang, "heritage-site", true)}</h2>
          <ul>
            {byNameIn(lang, ctx.heritageSites, (h) => nameIn(lang, h.names)).map((h) => (
              <li key={h.id}>
                <Link href={href(`/heritage-sites/${h.id}`)}>{markedNameIn(lang, h.names)}</Link>
                {h.statuses[0] ? <span className="muted"> — {labelOf(HERITAGE_STATUS, h.statuses[0].status, locale)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {ctx.events.length > 0 ? (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">{kindLabel(lang, "event", true)}</h2>
          <Timeline events={ctx.events} headingLevel={3} lang={lang} />
        </section>
      ) : null}
    </article>
  );
}
