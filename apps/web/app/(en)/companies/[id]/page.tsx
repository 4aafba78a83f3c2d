import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { Contents } from "@/components/Contents";
import { notFound } from "next/navigation";
import {
  COMPANY_KIND,
  COMPANY_METRIC,
  OPERATION_ROLE,
  OWNERSHIP_RELATION,
  formatFigure,
  formatPeriod,
  labelOf,
  type Ownership,
} from "@karabakh-atlas/domain";
import { countryNameIn, kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Cite } from "@/components/Cite";
import { fill } from "@/components/Fill";
import { Claims } from "@/components/Claims";
import { DateClaims, Figures } from "@/components/Figures";
import { Names } from "@/components/Names";
import { companyDeposits, getCompany, ids, ownershipDown, ownershipUp, type OwnershipNode } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { localHref, pageLang, translator, type Lang, type LangParams } from "@/lib/i18n";
import { byNameIn, hasAtlasText, nameIn, titleIn } from "@/lib/localize";

export const dynamicParams = false;
export const generateStaticParams = () => ids("company").map((id) => ({ id }));

type Props = { params: Promise<LangParams & { id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  const company = getCompany((await params).id);
  if (!company) return { title: t("web.error.record-not-found", { kind: kindLabel(lang, "company") }) };
  const name = nameIn(lang, company.names);
  return pageMetadata(lang, `/companies/${(await params).id}`, { title: name, description: t("web.company.description", { name }) });
}

function LinkText({ lang, link }: { lang: Lang; link: Ownership }) {
  const { locale } = translator(lang);
  return (
    <>
      <span className="muted">
        {lowerFirst(lang, labelOf(OWNERSHIP_RELATION, link.relation, locale))}
        {link.share ? `, ${formatFigure(link.share, { locale })}` : ""}
        {link.from || link.to ? `, ${formatPeriod({ start: link.from, end: link.to }, locale)}` : ""}
      </span>
      <Cite lang={lang} citations={link.citations} />
    </>
  );
}

function Tree({ lang, node, parentId }: { lang: Lang; node: OwnershipNode; parentId: string }) {
  return (
    <ul>
      {node.children.map((child) => {
        const link = child.company.ownership.find((o) => o.parent === parentId);
        return (
          <li key={child.company.id}>
            <Link href={localHref(lang, `/companies/${child.company.id}`)}>{nameIn(lang, child.company.names)}</Link> {link ? <LinkText lang={lang} link={link} /> : null}
            {child.children.length > 0 ? <Tree lang={lang} node={child} parentId={child.company.id} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export default async function CompanyPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const href = (path: string) => localHref(lang, path);
  const company = getCompany((await params).id);
  if (!company) notFound();
  const up = ownershipUp(company.id);
  const down = ownershipDown(company.id);
  const deposits = companyDeposits(company.id);
  return (
    <article>
      <p className="muted">{kindLabel(lang, "company")}</p>
      <h1>{nameIn(lang, company.names)}</h1>
      {hasAtlasText(company) ? <UntranslatedNote lang={lang} /> : null}
      <Contents
        lang={lang}
        items={[
          { id: "facts", label: t("web.company.facts") },
          { id: "owners-heading", label: t("web.column.owned-by") },
          { id: "subs-heading", label: t("web.column.owns") },
          { id: "deposits-heading", label: kindLabel(lang, "deposit", true) },
          company.figures.length > 0 && { id: "figures-heading", label: t("common.figures") },
        ]}
      />
      <dl className="facts" id="facts">
        <Names lang={lang} names={company.names} aliases={company.aliases} />
        <dt>{t("common.kind")}</dt>
        <dd>
          {labelOf(COMPANY_KIND, company.kind, locale)}
          {company.legalForm ? `, ${company.legalForm}` : ""}
        </dd>
        {company.jurisdictions.length > 0 ? (
          <>
            <dt>{t("web.column.registered-in")}</dt>
            <dd>
              {company.jurisdictions.map((j, i) => (
                <span key={i}>
                  {i > 0 ? " · " : ""}
                  {countryNameIn(lang, j.country)}
                  <Cite lang={lang} citations={j.citations} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {company.founded.length > 0 ? (
          <>
            <dt>{t("web.company.founded")}</dt>
            <dd>
              <DateClaims lang={lang} claims={company.founded} />
              {company.foundingAct ? (
                <span className="muted">
                  {" "}
                  (<AtlasText lang={lang} as="span">{company.foundingAct}</AtlasText>)
                </span>
              ) : null}
            </dd>
          </>
        ) : null}
        {company.listings.map((l, i) => (
          <Fragment key={i}>
            <dt>{t("web.company.listed")}</dt>
            <dd>
              {l.exchange}: {l.ticker}
              <Cite lang={lang} citations={l.citations} />
            </dd>
          </Fragment>
        ))}
        {company.website ? (
          <>
            <dt>{t("web.company.website")}</dt>
            <dd>
              <a href={company.website} rel="nofollow noopener">
                {company.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="owners-heading">
        <h2 id="owners-heading">{t("web.column.owned-by")}</h2>
        {up.length === 0 ? (
          <p className="muted">{t("web.company.no-parent")}</p>
        ) : (
          <ol className="plain-list">
            {up.map((step, i) => (
              <li key={i}>
                {fill(t("web.company.link"), {
                  child: <Link href={href(`/companies/${step.child.id}`)}>{nameIn(lang, step.child.names)}</Link>,
                  link: <LinkText lang={lang} link={step.link} />,
                  parent: <Link href={href(`/companies/${step.parent.id}`)}>{nameIn(lang, step.parent.names)}</Link>,
                })}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="subs-heading">
        <h2 id="subs-heading">{t("web.column.owns")}</h2>
        {!down || down.children.length === 0 ? (
          <p className="muted">{t("web.company.no-subsidiary")}</p>
        ) : (
          <div className="tree">
            <Tree lang={lang} node={down} parentId={company.id} />
          </div>
        )}
      </section>

      <section aria-labelledby="deposits-heading">
        <h2 id="deposits-heading">{kindLabel(lang, "deposit", true)}</h2>
        {deposits.length === 0 ? (
          <p className="muted">{t("web.company.no-deposit")}</p>
        ) : (
          <ul className="plain-list">
            {byNameIn(lang, deposits, (d) => nameIn(lang, d.names)).map((d) => (
              <li key={d.id}>
                <Link href={href(`/deposits/${d.id}`)}>{nameIn(lang, d.names)}</Link>
                <ul>
                  {d.operations.map((o, i) => (
                    <li key={i}>
                      <Link href={href(`/companies/${o.company}`)}>{titleIn(lang, "company", o.company)}</Link>: {lowerFirst(lang, labelOf(OPERATION_ROLE, o.role, locale))}
                      {o.from || o.to ? `, ${formatPeriod({ start: o.from, end: o.to }, locale)}` : ""}
                      <Cite lang={lang} citations={o.citations} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      {company.figures.length > 0 ? (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t("common.figures")}</h2>
          <ul className="plain-list">
            {[...new Set(company.figures.map((f) => `${f.metric}|${f.label ?? ""}`))].map((key) => {
              const group = company.figures.filter((f) => `${f.metric}|${f.label ?? ""}` === key);
              const first = group[0];
              return first ? (
                <li key={key}>
                  <Figures lang={lang} figures={group} label={first.label ?? labelOf(COMPANY_METRIC, first.metric, locale)} />
                </li>
              ) : null;
            })}
          </ul>
        </section>
      ) : null}

      <Claims lang={lang} claims={company.claims} />
    </article>
  );
}
