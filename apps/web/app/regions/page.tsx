import type { Metadata } from "next";
import Link from "@/components/Link";
import { REGION_KIND, formatDate } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { facetValuesOf, facetsOf, listRegions, regionContext, regionName } from "@/lib/data";

export const metadata: Metadata = {
  title: "Regions",
  description: "Districts, towns, villages and countries in the atlas, with their names in every language and periods of control.",
};

export default function RegionsPage() {
  const regions = listRegions();
  return (
    <>
      <h1>Regions</h1>
      <p className="lede">Countries, districts, towns and villages. Each page gives names, area, periods of control and what lies inside.</p>
      <FilterList
        noun={{ one: "region", other: "regions" }}
        facets={facetsOf("region", regions)}
        sorts={[
          { key: "name", label: "Name" },
          { key: "occupied", label: "Date occupied" },
          { key: "-deposits", label: "Most deposits" },
        ]}
      >
        {regions.map((r) => {
          const occupied = r.control[0]?.occupiedOn[0]?.date;
          const deposits = regionContext(r.id).deposits.length;
          return (
            <FilterItem key={r.id} facets={facetValuesOf("region", r)} sort={{ name: r.names.en, occupied: occupied ?? "9999", deposits }}>
              <Link className="title" href={`/regions/${r.id}`}>
                {r.names.en}
              </Link>
              {r.names.az && r.names.az !== r.names.en ? <span lang="az"> ({r.names.az})</span> : null}
              <span className="muted">
                {" "}
                — {REGION_KIND.labels[r.kind]}
                {r.parent ? `, in ${regionName(r.parent)}` : ""}
                {occupied ? `; occupied ${formatDate(occupied)}` : ""}
                {deposits > 0 ? `; ${deposits} deposit${deposits === 1 ? "" : "s"}` : ""}
              </span>
            </FilterItem>
          );
        })}
      </FilterList>
    </>
  );
}
