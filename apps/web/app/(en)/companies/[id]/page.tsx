import { Fragment } from "react";
import type { Metadata } from "next";
import Link from "@/components/Link";
import { Contents } from "@/components/Contents";
import { notFound } from "next/navigation";
import {
  countryName,
  COMPANY_KIND,
  COMPANY_METRIC,
  OPERATION_ROLE,
  OWNERSHIP_RELATION,
  formatFigure,
  formatPeriod,
  type Ownership,
} from "@karabakh-atlas/domain";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims, Figures } from "@/components/Figures";
import { Names } from "@/components/Names";
import { companyDeposits, getCompany, ids, ownershipDown, ownershipUp, titleOf, type OwnershipNode } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("company").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const company = getCompany((await params).id);
  if (!company) return { title: "Company not found" };
  return pageMetadata(await pageLang(params), `/companies/${(await params).id}`, {
    title: company.names.en,
    description: `${company.names.en}: ownership chain up and down, deposits worked, and figures, each with its source.`,
  });
}

function LinkText({ link }: { link: Ownership }) {
  return (
    <>
      <span className="muted">
        {OWNERSHIP_RELATION.labels[link.relation].toLowerCase()}
        {link.share ? `, ${formatFigure(link.share)}` : ""}
        {link.from || link.to ? `, ${formatPeriod({ start: link.from, end: link.to })}` : ""}
      </span>
      <Cite citations={link.citations} />
    </>
  );
}

function Tree({ node, parentId }: { node: OwnershipNode; parentId: string }) {
  return (
    <ul>
      {node.children.map((child) => {
        const link = child.company.ownership.find((o) => o.parent === parentId);
        return (
          <li key={child.company.id}>
            <Link href={`/companies/${child.company.id}`}>{child.company.names.en}</Link> {link ? <LinkText link={link} /> : null}
            {child.children.length > 0 ? <Tree node={child} parentId={child.company.id} /> : null}
          </li>
        );
      })}
    </ul>
  );
}

export default async function CompanyPage({ params }: Props) {
  const company = getCompany((await params).id);
  if (!company) notFound();
  const up = ownershipUp(company.id);
  const down = ownershipDown(company.id);
  const deposits = companyDeposits(company.id);
  return (
    <article>
      <p className="muted">Company</p>
      <h1>{company.names.en}</h1>
      <Contents
        items={[
          { id: "facts", label: "Facts" },
          { id: "owners-heading", label: "Owned by" },
          { id: "subs-heading", label: "Owns" },
          { id: "deposits-heading", label: "Deposits" },
          company.figures.length > 0 && { id: "figures-heading", label: "Figures" },
        ]}
      />
      <dl className="facts" id="facts">
        <Names names={company.names} aliases={company.aliases} />
        <dt>Kind</dt>
        <dd>
          {COMPANY_KIND.labels[company.kind]}
          {company.legalForm ? `, ${company.legalForm}` : ""}
        </dd>
        {company.jurisdictions.length > 0 ? (
          <>
            <dt>Registered in</dt>
            <dd>
              {company.jurisdictions.map((j, i) => (
                <span key={i}>
                  {i > 0 ? " · " : ""}
                  {countryName(j.country)}
                  <Cite citations={j.citations} />
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {company.founded.length > 0 ? (
          <>
            <dt>Founded</dt>
            <dd>
              <DateClaims claims={company.founded} />
              {company.foundingAct ? <span className="muted"> ({company.foundingAct})</span> : null}
            </dd>
          </>
        ) : null}
        {company.listings.map((l, i) => (
          <Fragment key={i}>
            <dt>Listed</dt>
            <dd>
              {l.exchange}: {l.ticker}
              <Cite citations={l.citations} />
            </dd>
          </Fragment>
        ))}
        {company.website ? (
          <>
            <dt>Website</dt>
            <dd>
              <a href={company.website} rel="nofollow noopener">
                {company.website}
              </a>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="owners-heading">
        <h2 id="owners-heading">Owned by</h2>
        {up.length === 0 ? (
          <p className="muted">No parent company recorded.</p>
        ) : (
          <ol className="plain-list">
            {up.map((step, i) => (
              <li key={i}>
                <Link href={`/companies/${step.child.id}`}>{step.child.names.en}</Link> is a <LinkText link={step.link} /> of{" "}
                <Link href={`/companies/${step.parent.id}`}>{step.parent.names.en}</Link>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="subs-heading">
        <h2 id="subs-heading">Owns</h2>
        {!down || down.children.length === 0 ? (
          <p className="muted">No subsidiary recorded.</p>
        ) : (
          <div className="tree">
            <Tree node={down} parentId={company.id} />
          </div>
        )}
      </section>

      <section aria-labelledby="deposits-heading">
        <h2 id="deposits-heading">Deposits</h2>
        {deposits.length === 0 ? (
          <p className="muted">No deposit recorded for this company or its subsidiaries.</p>
        ) : (
          <ul className="plain-list">
            {deposits.map((d) => (
              <li key={d.id}>
                <Link href={`/deposits/${d.id}`}>{d.names.en}</Link>
                <ul>
                  {d.operations.map((o, i) => (
                    <li key={i}>
                      <Link href={`/companies/${o.company}`}>{titleOf("company", o.company)}</Link>: {OPERATION_ROLE.labels[o.role].toLowerCase()}
                      {o.from || o.to ? `, ${formatPeriod({ start: o.from, end: o.to })}` : ""}
                      <Cite citations={o.citations} />
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
          <h2 id="figures-heading">Figures</h2>
          <ul className="plain-list">
            {[...new Set(company.figures.map((f) => `${f.metric}|${f.label ?? ""}`))].map((key) => {
              const group = company.figures.filter((f) => `${f.metric}|${f.label ?? ""}` === key);
              const first = group[0];
              return first ? (
                <li key={key}>
                  <Figures figures={group} label={first.label ?? COMPANY_METRIC.labels[first.metric]} />
                </li>
              ) : null;
            })}
          </ul>
        </section>
      ) : null}

      <Claims claims={company.claims} />
    </article>
  );
}
