import type { Metadata } from "next";
import { REGION_KIND, formatDate } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listRegions, regionContext, regionName } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/regions", {
    title: "Regions",
    description: "Districts, towns, villages and countries in the atlas as a sortable table: names, the region they lie in, when they were occupied and returned, deposits.",
  });
}

export default function RegionsPage() {
  const regions = listRegions();
  const rows: TableRow[] = regions.map((r) => {
    const occupied = r.control[0]?.occupiedOn[0]?.date;
    const returned = r.control[0]?.returnedOn[0]?.date;
    const deposits = regionContext(r.id).deposits.length;
    return {
      id: r.id,
      facets: facetValuesOf("region", r),
      cells: {
        name: { text: r.names.en, href: pageHref(`/regions/${r.id}`), note: r.names.az && r.names.az !== r.names.en ? r.names.az : undefined },
        kind: { text: REGION_KIND.labels[r.kind], sort: REGION_KIND.values.indexOf(r.kind) },
        parent: { text: r.parent ? regionName(r.parent) : "" },
        occupied: { text: occupied ? formatDate(occupied) : "", sort: occupied ?? null },
        returned: { text: returned ? formatDate(returned) : "", sort: returned ?? null },
        deposits: { text: deposits > 0 ? String(deposits) : "", sort: deposits },
      },
    };
  });
  return (
    <>
      <h1>Regions</h1>
      <p className="lede">Countries, districts, towns and villages. Each page gives names, area, periods of control and what lies inside.</p>
      <DataTable
        caption="Regions"
        csvName="regions-view.csv"
        noun={{ one: "region", other: "regions" }}
        columns={[
          { key: "name", label: "Region" },
          { key: "kind", label: "Kind" },
          { key: "parent", label: "Inside" },
          { key: "occupied", label: "Occupied" },
          { key: "returned", label: "Returned" },
          { key: "deposits", label: "Deposits", numeric: true },
        ]}
        facets={facetsOf("region", regions)}
        rows={rows}
      />
    </>
  );
}
