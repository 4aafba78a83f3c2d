import type { Metadata } from "next";
import Link from "@/components/Link";
import { notFound } from "next/navigation";
import {
  COMMODITY,
  DEPOSIT_STATUS,
  LOCATION_PRECISION,
  MINING_TYPE,
  OPERATION_ROLE,
  formatDate,
  formatPeriod,
  type DepositFigure,
} from "@karabakh-atlas/domain";
import { AtlasMap } from "@/components/AtlasMap";
import { Cite } from "@/components/Cite";
import { ScrollBox } from "@/components/ScrollBox";
import { Claims } from "@/components/Claims";
import { Names } from "@/components/Names";
import { Contents } from "@/components/Contents";
import { OperationsTimeline } from "@/components/OperationsTimeline";
import { ReservesBySource } from "@/components/ReservesBySource";
import { getDeposit, ids, regionName, titleOf } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("deposit").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const deposit = getDeposit((await params).id);
  if (!deposit) return { title: "Deposit not found" };
  return pageMetadata(await pageLang(params), `/deposits/${(await params).id}`, {
    title: deposit.names.en,
    description: `${deposit.names.en}, a ${deposit.commodities.map((c) => COMMODITY.labels[c].toLowerCase()).join(" and ")} deposit in ${regionName(deposit.region)}: resources, status and operators, each with its source.`,
  });
}

/** Figures that state the same fact (same category, commodity and label) are shown together. */
function groupFigures(figures: readonly DepositFigure[]) {
  const groups = new Map<string, DepositFigure[]>();
  for (const f of figures) {
    const key = `${f.category}|${f.commodity ?? ""}|${f.label ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}

export default async function DepositPage({ params }: Props) {
  const deposit = getDeposit((await params).id);
  if (!deposit) notFound();
  const groups = groupFigures(deposit.figures);
  return (
    <article>
      <p className="muted">
        Deposit in <Link href={`/regions/${deposit.region}`}>{regionName(deposit.region)}</Link>
        {deposit.regionCitations ? <Cite citations={deposit.regionCitations} /> : null}
      </p>
      <h1>{deposit.names.en}</h1>
      <Contents
        items={[
          { id: "facts", label: "Facts and status" },
          { id: "figures-heading", label: "Reserves by source" },
          { id: "ops-heading", label: "Operations over time" },
          deposit.claims.length > 0 && { id: "claims-heading", label: "What the sources say" },
          deposit.location && { id: "map-heading", label: "Map" },
        ]}
      />
      <dl className="facts" id="facts">
        <Names names={deposit.names} aliases={deposit.aliases} />
        <dt>Commodities</dt>
        <dd>
          {deposit.commodities.map((c) => COMMODITY.labels[c]).join(", ")}
          {deposit.commodityCitations ? <Cite citations={deposit.commodityCitations} /> : null}
        </dd>
        {deposit.depositType ? (
          <>
            <dt>Deposit type</dt>
            <dd>{deposit.depositType}</dd>
          </>
        ) : null}
        <dt>Mining</dt>
        <dd>{MINING_TYPE.labels[deposit.miningType]}</dd>
        {deposit.nearestSettlement ? (
          <>
            <dt>Nearest settlement</dt>
            <dd>
              <Link href={`/regions/${deposit.nearestSettlement}`}>{regionName(deposit.nearestSettlement)}</Link>
            </dd>
          </>
        ) : null}
        {deposit.location ? (
          <>
            <dt>Location</dt>
            <dd>
              {deposit.location.lat.toFixed(4)}° N, {deposit.location.lon.toFixed(4)}° E{" "}
              <span className="muted">({LOCATION_PRECISION.labels[deposit.location.precision].toLowerCase()})</span>
              <Cite citations={deposit.location.citations} />
            </dd>
          </>
        ) : null}
        {deposit.crossBorder ? (
          <>
            <dt>Border</dt>
            <dd>Extends across a state border</dd>
          </>
        ) : null}
        <dt>Status</dt>
        <dd>
          {deposit.status.length === 0 ? (
            <span className="muted">not recorded</span>
          ) : (
            deposit.status.map((s, i) => (
              <span key={i}>
                {i > 0 ? " · " : ""}
                {DEPOSIT_STATUS.labels[s.status]}
                {s.asOf ? <span className="muted"> (as of {formatDate(s.asOf)})</span> : null}
                <Cite citations={s.citations} />
              </span>
            ))
          )}
        </dd>
      </dl>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">Resources, reserves and production</h2>
        {groups.length === 0 ? (
          <p className="muted">No figures recorded.</p>
        ) : (
          <ReservesBySource groups={groups} />
        )}
      </section>

      <section aria-labelledby="ops-heading">
        <h2 id="ops-heading">Operations over time</h2>
        {deposit.operations.length === 0 ? (
          <p className="muted">No company recorded.</p>
        ) : (
          <>
          <OperationsTimeline operations={deposit.operations} />
          <ScrollBox label="Companies at this deposit" before={<p className="scroll-hint">The table of companies scrolls sideways.</p>}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Role</th>
                  <th scope="col">Period</th>
                  <th scope="col">Sources</th>
                </tr>
              </thead>
              <tbody>
                {deposit.operations.map((o, i) => (
                  <tr key={i}>
                    <td>
                      <Link href={`/companies/${o.company}`}>{titleOf("company", o.company)}</Link>
                    </td>
                    <td>{OPERATION_ROLE.labels[o.role]}</td>
                    <td>{formatPeriod({ start: o.from, end: o.to }) || <span className="muted">not stated</span>}</td>
                    <td>
                      <Cite citations={o.citations} />
                      {o.note ? <span className="muted"> {o.note}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          </>
        )}
      </section>

      <Claims claims={deposit.claims} />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">On the map</h2>
        {!deposit.location || deposit.location.precision === "district" ? <p>No point is known for this deposit: the map shades its district.</p> : null}
        <AtlasMap focus={{ kind: "deposit", id: deposit.id }} title={`Where ${deposit.names.en} is`} />
      </section>
    </article>
  );
}
