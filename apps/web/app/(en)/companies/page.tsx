import type { Metadata } from "next";
import { COMPANY_KIND } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { companyDeposits, facetValuesOf, facetsOf, listCompanies, titleOf } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/companies", {
    title: "Companies",
    description: "Companies that worked, owned or licensed deposits in the districts, as a sortable table with their owners and deposits.",
  });
}

export default function CompaniesPage() {
  const companies = listCompanies();
  const rows: TableRow[] = companies.map((c) => {
    const deposits = companyDeposits(c.id);
    const countriesOf = [...new Set(c.jurisdictions.map((j) => j.country))];
    return {
      id: c.id,
      facets: facetValuesOf("company", c),
      cells: {
        name: { text: c.names.en, href: pageHref(`/companies/${c.id}`) },
        kind: { text: `${COMPANY_KIND.labels[c.kind]}${c.legalForm ? ` ${c.legalForm}` : ""}` },
        jurisdiction: { text: countriesOf.join(", ") },
        owner: { text: c.ownership.map((o) => titleOf("company", o.parent)).join("; ") },
        deposits: { text: deposits.map((d) => d.names.en).join(", "), sort: deposits.length },
      },
    };
  });
  return (
    <>
      <h1>Companies</h1>
      <p className="lede">Who worked, owned or licensed the deposits, and who owns them in turn. Sort by any column.</p>
      <DataTable
        caption="Companies"
        csvName="companies-view.csv"
        noun={{ one: "company", other: "companies" }}
        columns={[
          { key: "name", label: "Company" },
          { key: "kind", label: "Kind" },
          { key: "jurisdiction", label: "Registered in" },
          { key: "owner", label: "Owned by" },
          { key: "deposits", label: "Deposits" },
        ]}
        facets={facetsOf("company", companies)}
        rows={rows}
      />
    </>
  );
}
