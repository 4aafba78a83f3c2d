import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import { HERITAGE_KIND, HERITAGE_STATUS, LOCATION_PRECISION, formatDate } from "@karabakh-atlas/domain";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { Names } from "@/components/Names";
import { getHeritageSite, ids, regionName } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("heritage-site").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const h = getHeritageSite((await params).id);
  if (!h) return { title: "Heritage site not found" };
  return pageMetadata(await pageLang(params), `/heritage-sites/${(await params).id}`, { title: h.names.en, description: `${h.names.en} (${HERITAGE_KIND.labels[h.kind].toLowerCase()}, ${regionName(h.region)}): its status as each source reports it.` });
}

export default async function HeritageSitePage({ params }: Props) {
  const h = getHeritageSite((await params).id);
  if (!h) notFound();
  return (
    <article>
      <p className="muted">
        {HERITAGE_KIND.labels[h.kind]} in <Link href={`/regions/${h.region}`}>{regionName(h.region)}</Link>
      </p>
      <h1>{h.names.en}</h1>
      <dl className="facts">
        <Names names={h.names} aliases={h.aliases} />
        {h.settlement ? (
          <>
            <dt>Settlement</dt>
            <dd>
              <Link href={`/regions/${h.settlement}`}>{regionName(h.settlement)}</Link>
            </dd>
          </>
        ) : null}
        {h.location ? (
          <>
            <dt>Location</dt>
            <dd>
              {h.location.lat.toFixed(4)}° N, {h.location.lon.toFixed(4)}° E{" "}
              <span className="muted">({LOCATION_PRECISION.labels[h.location.precision].toLowerCase()})</span>
              <Cite citations={h.location.citations} />
            </dd>
          </>
        ) : null}
        <dt>Status, as the sources report it</dt>
        <dd>
          {h.statuses.length === 0 ? (
            <span className="muted">not recorded</span>
          ) : (
            <ul className="plain-list">
              {h.statuses.map((s, i) => (
                <li key={i}>
                  {HERITAGE_STATUS.labels[s.status]}
                  {s.asOf ? ` (as of ${formatDate(s.asOf)})` : ""}
                  <Cite citations={s.citations} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <Claims claims={h.claims} />
    </article>
  );
}
