import type { Metadata } from "next";
import { HERITAGE_KIND, HERITAGE_STATUS } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listHeritageSites, regionName } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/heritage-sites", {
    title: "Heritage sites",
    description: "Named monuments, museums, castles, bridges, cloisters and mosques as a sortable table: kind, district, settlement and status as each source reports it.",
  });
}

const sourcesOf = (citations: readonly { source: string }[]) => new Set(citations.map((c) => c.source)).size;

export default function HeritagePage() {
  const sites = listHeritageSites();
  const rows: TableRow[] = sites.map((s) => {
    // Each status the sources give, with how many sources give it: never one status chosen for them.
    const statuses = HERITAGE_STATUS.values.flatMap((status) => {
      const claims = s.statuses.filter((x) => x.status === status);
      if (claims.length === 0) return [];
      const n = sourcesOf(claims.flatMap((c) => c.citations));
      return [`${HERITAGE_STATUS.labels[status]} (${n} ${n === 1 ? "source" : "sources"})`];
    });
    const first = s.statuses.map((x) => HERITAGE_STATUS.values.indexOf(x.status));
    return {
      id: s.id,
      facets: facetValuesOf("heritage-site", s),
      cells: {
        name: { text: s.names.en, href: pageHref(`/heritage-sites/${s.id}`), note: s.names.az && s.names.az !== s.names.en ? s.names.az : undefined },
        kind: { text: HERITAGE_KIND.labels[s.kind] },
        region: { text: regionName(s.region), href: pageHref(`/regions/${s.region}`) },
        settlement: s.settlement ? { text: regionName(s.settlement), href: pageHref(`/regions/${s.settlement}`) } : { text: "" },
        status: { text: statuses.join("; "), sort: first.length > 0 ? Math.min(...first) : null },
      },
    };
  });
  return (
    <>
      <h1>Heritage sites</h1>
      <p className="lede">
        Named monuments and buildings, and what each source says happened to them. Sort by any column; filter by kind, status or
        region.
      </p>
      <DataTable
        caption="Heritage sites"
        csvName="heritage-sites-view.csv"
        noun={{ one: "site", other: "sites" }}
        columns={[
          { key: "name", label: "Site" },
          { key: "kind", label: "Kind" },
          { key: "region", label: "District" },
          { key: "settlement", label: "Settlement" },
          { key: "status", label: "Status, per sources" },
        ]}
        facets={facetsOf("heritage-site", sites)}
        rows={rows}
      />
    </>
  );
}
