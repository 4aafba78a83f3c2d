import type { Metadata } from "next";
import Link from "@/components/Link";
import { COMMODITY, CURRENT_STATUS, MINING_TYPE } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { depositStatus, facetValuesOf, facetsOf, listDeposits, regionName } from "@/lib/data";

export const metadata: Metadata = {
  title: "Deposits",
  description: "Mineral deposits and mines in the districts: commodities, status, resources and the companies that worked them, each with its source.",
};

export default function DepositsPage() {
  const deposits = listDeposits();
  return (
    <>
      <h1>Deposits</h1>
      <p className="lede">Mineral deposits and mines, with what the sources say about their resources and who worked them.</p>
      <FilterList
        noun={{ one: "deposit", other: "deposits" }}
        facets={facetsOf("deposit", deposits)}
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
              facets={facetValuesOf("deposit", d)}
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
