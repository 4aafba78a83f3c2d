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
  labelOf,
  type DepositFigure,
} from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { AtlasMap } from "@/components/AtlasMap";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { fill } from "@/components/Fill";
import { Cite } from "@/components/Cite";
import { ScrollBox } from "@/components/ScrollBox";
import { Claims } from "@/components/Claims";
import { Names } from "@/components/Names";
import { Contents } from "@/components/Contents";
import { OperationsTimeline } from "@/components/OperationsTimeline";
import { ReservesBySource } from "@/components/ReservesBySource";
import { getDeposit, ids } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { coordinatesIn, hasAtlasText, nameIn, regionNameIn, titleIn } from "@/lib/localize";

export const dynamicParams = false;
export const generateStaticParams = () => ids("deposit").map((id) => ({ id }));

type Props = { params: Promise<LangParams & { id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const deposit = getDeposit((await params).id);
  if (!deposit) return { title: t("web.error.record-not-found", { kind: kindLabel(lang, "deposit") }) };
  const name = nameIn(lang, deposit.names);
  return pageMetadata(lang, `/deposits/${(await params).id}`, {
    title: name,
    description: t("web.deposit.description", {
      name,
      commodities: deposit.commodities.map((c) => lowerFirst(lang, labelOf(COMMODITY, c, locale))).join(` ${t("web.common.and")} `),
      region: regionNameIn(lang, deposit.region),
    }),
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
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const href = (path: string) => localHref(lang, path);
  const deposit = getDeposit((await params).id);
  if (!deposit) notFound();
  const groups = groupFigures(deposit.figures);
  const name = nameIn(lang, deposit.names);
  const companiesLabel = t("web.deposit.companies-table");
  return (
    <article>
      <p className="muted">
        {fill(t("web.deposit.in-region"), { region: <Link href={href(`/regions/${deposit.region}`)}>{regionNameIn(lang, deposit.region)}</Link> })}
        {deposit.regionCitations ? <Cite lang={lang} citations={deposit.regionCitations} /> : null}
      </p>
      <h1>{name}</h1>
      {hasAtlasText(deposit) ? <UntranslatedNote lang={lang} /> : null}
      <Contents
        lang={lang}
        items={[
          { id: "facts", label: t("web.deposit.facts") },
          { id: "figures-heading", label: t("web.deposit.reserves-by-source") },
          { id: "ops-heading", label: t("web.deposit.operations") },
          deposit.claims.length > 0 && { id: "claims-heading", label: t("common.what-the-sources-say") },
          deposit.location && { id: "map-heading", label: t("common.map") },
        ]}
      />
      <dl className="facts" id="facts">
        <Names lang={lang} names={deposit.names} aliases={deposit.aliases} />
        <dt>{t("web.column.commodities")}</dt>
        <dd>
          {deposit.commodities.map((c) => labelOf(COMMODITY, c, locale)).join(", ")}
          {deposit.commodityCitations ? <Cite lang={lang} citations={deposit.commodityCitations} /> : null}
        </dd>
        {deposit.depositType ? (
          <>
            <dt>{t("web.deposit.type")}</dt>
            <AtlasText lang={lang} as="dd">
              {deposit.depositType}
            </AtlasText>
          </>
        ) : null}
        <dt>{t("web.deposit.mining")}</dt>
        <dd>{labelOf(MINING_TYPE, deposit.miningType, locale)}</dd>
        {deposit.nearestSettlement ? (
          <>
            <dt>{t("web.deposit.nearest-settlement")}</dt>
            <dd>
              <Link href={href(`/regions/${deposit.nearestSettlement}`)}>{regionNameIn(lang, deposit.nearestSettlement)}</Link>
            </dd>
          </>
        ) : null}
        {deposit.location ? (
          <>
            <dt>{t("common.location")}</dt>
            <dd>
              {coordinatesIn(lang, deposit.location)}{" "}
              <span className="muted">({lowerFirst(lang, labelOf(LOCATION_PRECISION, deposit.location.precision, locale))})</span>
              <Cite lang={lang} citations={deposit.location.citations} />
            </dd>
          </>
        ) : null}
        {deposit.crossBorder ? (
          <>
            <dt>{t("web.deposit.border")}</dt>
            <dd>{t("web.deposit.across-border")}</dd>
          </>
        ) : null}
        <dt>{t("common.status")}</dt>
        <dd>
          {deposit.status.length === 0 ? (
            <span className="muted">{t("web.common.not-recorded")}</span>
          ) : (
            deposit.status.map((s, i) => (
              <span key={i}>
                {i > 0 ? " · " : ""}
                {labelOf(DEPOSIT_STATUS, s.status, locale)}
                {s.asOf ? <span className="muted"> ({t("web.common.as-of", { date: formatDate(s.asOf, locale) })})</span> : null}
                <Cite lang={lang} citations={s.citations} />
              </span>
            ))
          )}
        </dd>
      </dl>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t("web.deposit.figures")}</h2>
        {groups.length === 0 ? (
          <p className="muted">{t("web.deposit.no-figures")}</p>
        ) : (
          <ReservesBySource lang={lang} groups={groups} />
        )}
      </section>

      <section aria-labelledby="ops-heading">
        <h2 id="ops-heading">{t("web.deposit.operations")}</h2>
        {deposit.operations.length === 0 ? (
          <p className="muted">{t("web.deposit.no-company")}</p>
        ) : (
          <>
          <OperationsTimeline lang={lang} operations={deposit.operations} />
          <ScrollBox label={companiesLabel} sidewaysLabel={t("common.scrolls-sideways", { label: companiesLabel })} before={<p className="scroll-hint">{t("web.deposit.companies-scroll")}</p>}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("web.column.company")}</th>
                  <th scope="col">{t("web.column.role")}</th>
                  <th scope="col">{t("common.period")}</th>
                  <th scope="col">{t("common.sources")}</th>
                </tr>
              </thead>
              <tbody>
                {deposit.operations.map((o, i) => (
                  <tr key={i}>
                    <td>
                      <Link href={href(`/companies/${o.company}`)}>{titleIn(lang, "company", o.company)}</Link>
                    </td>
                    <td>{labelOf(OPERATION_ROLE, o.role, locale)}</td>
                    <td>{formatPeriod({ start: o.from, end: o.to }, locale) || <span className="muted">{t("web.common.not-stated")}</span>}</td>
                    <td>
                      <Cite lang={lang} citations={o.citations} />
                      {o.note ? (
                        <>
                          {" "}
                          <AtlasText lang={lang} as="span" className="muted">
                            {o.note}
                          </AtlasText>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          </>
        )}
      </section>

      <Claims lang={lang} claims={deposit.claims} />

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t("common.on-the-map")}</h2>
        {!deposit.location || deposit.location.precision === "district" ? <p>{t("web.deposit.no-point")}</p> : null}
        <AtlasMap lang={lang} focus={{ kind: "deposit", id: deposit.id }} title={t("web.deposit.map-title", { name })} />
      </section>
    </article>
  );
}
