import type { Metadata } from "next";
import Link from "@/components/Link";
import { COMMODITY, CURRENT_STATUS, MINING_TYPE, sortByText } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { depositStatus, listDeposits, regionName, titleOf } from "@/lib/data";

export const metadata: Metadata = {
  title: "Deposits",
  description: "Mineral deposits and mines in the districts: commodities, status, resources and the companies that worked them, each with its source.",
};

export default function DepositsPage() {
  const deposits = listDeposits();
  const commodities = COMMODITY.values.filter((c) => deposits.some((d) => d.commodities.includes(c)));
  const regions = sortByText([...new Set(deposits.map((d) => d.region))], regionName);
  const statuses = CURRENT_STATUS.values.filter((s) => deposits.some((d) => depositStatus(d) === s));
  const companies = [...new Set(deposits.flatMap((d) => d.operations.map((o) => o.company)))];
  return (
    <>
      <h1>Deposits</h1>
      <p className="lede">Mineral deposits and mines, with what the sources say about their resources and who worked them.</p>
      <FilterList
        noun={{ one: "deposit", other: "deposits" }}
        facets={[
          { key: "commodity", label: "Commodity", options: commodities.map((c) => ({ value: c, label: COMMODITY.labels[c] })) },
          { key: "region", label: "District", options: regions.map((r) => ({ value: r, label: regionName(r) })) },
          { key: "status", label: "Status", options: statuses.map((s) => ({ value: s, label: CURRENT_STATUS.labels[s] })) },
          { key: "company", label: "Company", options: companies.map((c) => ({ value: c, label: titleOf("company", c) })) },
        ]}
        sorts={[
          { key: "name", label: "Name" },
          { key: "region", label: "District" },
          { key: "-figures", label: "Most figures" },
        ]}
      >
        {deposits.map((d) => {
          const status = depositStatus(d);
          return (
            <FilterItem
              key={d.id}
              facets={{ commodity: d.commodities, region: [d.region], status: status ? [status] : [], company: d.operations.map((o) => o.company) }}
              sort={{ name: d.names.en, region: regionName(d.region), figures: d.figures.length }}
            >
              <Link className="title" href={`/deposits/${d.id}`}>
                {d.names.en}
              </Link>
              {d.names.az ? <span lang="az"> ({d.names.az})</span> : null}
              <span className="muted">
                {" "}
                — {d.commodities.map((c) => COMMODITY.labels[c]).join(", ")}; {regionName(d.region)}
                {d.miningType !== "unknown" ? `; ${MINING_TYPE.labels[d.miningType].toLowerCase()}` : ""}
                {status ? `; ${CURRENT_STATUS.labels[status].toLowerCase()}` : ""}
              </span>
            </FilterItem>
          );
        })}
      </FilterList>
    </>
  );
}
