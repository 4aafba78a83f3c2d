import type { Metadata } from "next";
import Link from "@/components/Link";
import { COMPANY_KIND } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { companyDeposits, facetValuesOf, facetsOf, listCompanies, titleOf } from "@/lib/data";

export const metadata: Metadata = {
  title: "Companies",
  description: "Companies that worked, owned or licensed deposits in the districts, with their ownership chains and sources.",
};

export default function CompaniesPage() {
  const companies = listCompanies();
  return (
    <>
      <h1>Companies</h1>
      <p className="lede">Who worked, owned or licensed the deposits, and who owns them in turn.</p>
      <FilterList
        noun={{ one: "company", other: "companies" }}
        facets={facetsOf("company", companies)}
        sorts={[
          { key: "name", label: "Name" },
          { key: "-deposits", label: "Most deposits" },
        ]}
      >
        {companies.map((c) => {
          const deposits = companyDeposits(c.id).length;
          return (
            <FilterItem key={c.id} facets={facetValuesOf("company", c)} sort={{ name: c.names.en, deposits }}>
              <Link className="title" href={`/companies/${c.id}`}>
                {c.names.en}
              </Link>
              <span className="muted">
                {" "}
                — {COMPANY_KIND.labels[c.kind]}
                {c.legalForm ? ` ${c.legalForm}` : ""}
                {c.ownership[0] ? `; owned by ${titleOf("company", c.ownership[0].parent)}` : ""}
                {deposits > 0 ? `; ${deposits} deposit${deposits === 1 ? "" : "s"}` : ""}
              </span>
            </FilterItem>
          );
        })}
      </FilterList>
    </>
  );
}
