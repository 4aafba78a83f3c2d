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
} from "@karabakh-atlas/domain";
import { AtlasMap } from "@/components/AtlasMap";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims, Figures } from "@/components/Figures";
import { Names } from "@/components/Names";
import { Timeline } from "@/components/Timeline";
import { dateOfResolution, depositStatus, getRegion, ids, regionContext, regionName, titleOf } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("region").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = getRegion((await params).id);
  if (!region) return { title: "Region not found" };
  return pageMetadata(await pageLang(params), `/regions/${(await params).id}`, {
    title: region.names.en,
    description: `${region.names.en} (${REGION_KIND.labels[region.kind].toLowerCase()}): names, area, periods of control, deposits, statistics and UN documents, each with its source.`,
  });
}

export default async function RegionPage({ params }: Props) {
  const region = getRegion((await params).id);
  if (!region) notFound();
  const ctx = regionContext(region.id);
  return (
    <article>
      <p className="muted">
        {[...ctx.ancestors].reverse().map((a) => (
          <span key={a.id}>
            <Link href={`/regions/${a.id}`}>{a.names.en}</Link> ›{" "}
          </span>
        ))}
        {REGION_KIND.labels[region.kind]}
      </p>
      <h1>{region.names.en}</h1>
      <Contents
        items={[
          { id: "facts", label: "Names, area and control" },
          (Boolean(region.centre) || ctx.deposits.some((d) => d.location)) && { id: "map-heading", label: "Map" },
          ctx.children.length > 0 && { id: "inside-heading", label: `Inside ${region.names.en}` },
          { id: "deposits-heading", label: "Deposits" },
          ctx.statistics.length > 0 && { id: "stats-heading", label: "Statistics" },
          ctx.resolutions.length > 0 && { id: "res-heading", label: "UN documents" },
          ctx.heritageSites.length > 0 && { id: "heritage-heading", label: "Heritage sites" },
          ctx.events.length > 0 && { id: "events-heading", label: "Timeline" },
        ]}
      />
      <dl className="facts" id="facts">
        <Names names={region.names} aliases={region.aliases} />
        {region.area.length > 0 ? (
          <>
            <dt>Area</dt>
            <dd>
              <Figures figures={region.area} />
            </dd>
          </>
        ) : null}
        {region.population.length > 0 ? (
          <>
            <dt>Population</dt>
            <dd>
              <Figures figures={region.population} />
            </dd>
          </>
        ) : null}
        {region.centre ? (
          <>
            <dt>Centre</dt>
            <dd>
              {region.centre.lat.toFixed(4)}° N, {region.centre.lon.toFixed(4)}° E{" "}
              <span className="muted">({LOCATION_PRECISION.labels[region.centre.precision].toLowerCase()})</span>
              <Cite citations={region.centre.citations} />
            </dd>
          </>
        ) : null}
        {region.adminCentre ? (
          <>
            <dt>Administrative centre</dt>
            <dd>
              <Link href={`/regions/${region.adminCentre}`}>{regionName(region.adminCentre)}</Link>
            </dd>
          </>
        ) : null}
        {region.economicRegions.map((e, i) => (
          <Fragment key={i}>
            <dt>Economic region</dt>
            <dd>
              <Link href={`/regions/${e.id}`}>{regionName(e.id)}</Link>
              {e.from ? <span className="muted"> since {formatDate(e.from)}</span> : null}
              <Cite citations={e.citations} />
            </dd>
          </Fragment>
        ))}
        {region.control.map((c, i) => (
          <Fragment key={i}>
            <dt>Occupied on</dt>
            <dd>
              <DateClaims claims={c.occupiedOn} />
            </dd>
            <dt>Returned on</dt>
            <dd>
              <DateClaims claims={c.returnedOn} />
              {c.returnMode ? (
                <>
                  {" "}
                  <span className="muted">({RETURN_MODE.labels[c.returnMode]})</span>
                  {c.returnModeCitations ? <Cite citations={c.returnModeCitations} /> : null}
                </>
              ) : null}
            </dd>
          </Fragment>
        ))}
      </dl>

      <Claims claims={region.claims} />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">On the map</h2>
        {region.noBoundary ? (
          <p>
            No polygon of its own: {region.noBoundary.reason}
            {region.noBoundary.parts.length > 0 ? " Today it is held by: " : null}
            {region.noBoundary.parts.map((p, i) => (
              <span key={p.region}>
                {i > 0 ? "; " : ""}
                <Link href={`/regions/${p.region}`}>{titleOf("region", p.region)}</Link>
                {p.note ? ` — ${p.note}` : null}
                {p.citations ? <Cite citations={p.citations} /> : null}
              </span>
            ))}
            {region.noBoundary.parts.length > 0 ? "." : null}
          </p>
        ) : null}
        <AtlasMap focus={{ kind: "region", id: region.id }} title={`Map of ${region.names.en}${region.boundary ? "" : " and its district"}`} />
      </section>

      {ctx.children.length > 0 ? (
        <section aria-labelledby="inside-heading">
          <h2 id="inside-heading">Inside {region.names.en}</h2>
          <ul>
            {ctx.children.map((c) => (
              <li key={c.id}>
                <Link href={`/regions/${c.id}`}>{c.names.en}</Link> <span className="muted">({REGION_KIND.labels[c.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="deposits-heading">
        <h2 id="deposits-heading">Deposits</h2>
        {ctx.deposits.length === 0 ? (
          <p className="muted">No deposits recorded in {region.names.en}.</p>
        ) : (
          <ul>
            {ctx.deposits.map((d) => {
              const status = depositStatus(d);
              return (
                <li key={d.id}>
                  <Link href={`/deposits/${d.id}`}>{d.names.en}</Link>
                  {status ? <span className="muted"> — {CURRENT_STATUS.labels[status]}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {ctx.statistics.length > 0 ? (
        <section aria-labelledby="stats-heading">
          <h2 id="stats-heading">Statistics</h2>
          <ul>
            {ctx.statistics.map((s) => (
              <li key={s.id}>
                <Link href={`/statistics/${s.id}`}>{titleOf("statistic", s.id)}</Link>: {formatCompetingFigures(s.observations)}
                <span className="sr-only"> ({STATISTIC_CATEGORY.labels[s.category]})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {ctx.resolutions.length > 0 ? (
        <section aria-labelledby="res-heading">
          <h2 id="res-heading">UN documents naming it</h2>
          <ul>
            {ctx.resolutions.map((r) => {
              const date = dateOfResolution(r);
              return (
                <li key={r.id}>
                  <Link href={`/resolutions/${r.id}`}>{r.title}</Link>
                  {date ? <span className="muted"> — {formatDate(date)}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {ctx.heritageSites.length > 0 ? (
        <section aria-labelledby="heritage-heading">
          <h2 id="heritage-heading">Heritage sites</h2>
          <ul>
            {ctx.heritageSites.map((h) => (
              <li key={h.id}>
                <Link href={`/heritage-sites/${h.id}`}>{h.names.en}</Link>
                {h.statuses[0] ? <span className="muted"> — {HERITAGE_STATUS.labels[h.statuses[0].status]}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {ctx.events.length > 0 ? (
        <section aria-labelledby="events-heading">
          <h2 id="events-heading">Timeline</h2>
          <Timeline events={ctx.events} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
