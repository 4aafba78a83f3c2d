import type { Metadata } from "next";
import { COMPANY_KIND, labelOf } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { DataTable, type TableRow } from "@/components/DataTable";
import { companyDeposits, facetValuesOf, facetsOf, listCompanies } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { byNameIn, localFacets, nameIn, titleIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/companies", { title: kindLabel(lang, "company", true), description: translator(lang).t("web.companies.description") });
}

export default async function CompaniesPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const companies = listCompanies();
  const rows: TableRow[] = companies.map((c) => {
    const deposits = companyDeposits(c.id);
    const countriesOf = [...new Set(c.jurisdictions.map((j) => j.country))];
    return {
      id: c.id,
      facets: facetValuesOf("company", c),
      cells: {
        name: { text: nameIn(lang, c.names), href: pageHref(`/companies/${c.id}`) },
        kind: { text: `${labelOf(COMPANY_KIND, c.kind, locale)}${c.legalForm ? ` ${c.legalForm}` : ""}` },
        jurisdiction: { text: countriesOf.join(", ") },
        owner: { text: c.ownership.map((o) => titleIn(lang, "company", o.parent)).join("; ") },
        deposits: { text: deposits.map((d) => nameIn(lang, d.names)).join(", "), sort: deposits.length },
      },
    };
  });
  const title = kindLabel(lang, "company", true);
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t("web.companies.lede")}</p>
      <DataTable
        lang={lang}
        caption={title}
        csvName="companies-view.csv"
        noun={{ count: "web.count.companies", kind: "company" }}
        columns={[
          { key: "name", label: t("web.column.company") },
          { key: "kind", label: t("common.kind") },
          { key: "jurisdiction", label: t("web.column.registered-in") },
          { key: "owner", label: t("web.column.owned-by") },
          { key: "deposits", label: kindLabel(lang, "deposit", true) },
        ]}
        facets={localFacets(lang, "company", facetsOf("company", companies))}
        rows={byNameIn(lang, rows, (r) => r.cells.name?.text ?? "")}
      />
    </>
  );
}
