import type { Metadata } from "next";
import { DOCUMENT_KIND, UN_BODY, formatDate } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { dateOfResolution, facetValuesOf, facetsOf, listResolutions, regionName } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/resolutions", {
    title: "UN documents",
    description: "UN Security Council resolutions, General Assembly resolutions, letters and reports about the districts as a sortable table: body, kind, symbol, date, vote, regions named and demands.",
  });
}

export default function ResolutionsPage() {
  const resolutions = listResolutions();
  const rows: TableRow[] = resolutions.map((r) => {
    const date = dateOfResolution(r);
    const regions = r.regions.map((x) => regionName(x.id));
    return {
      id: r.id,
      facets: facetValuesOf("resolution", r),
      cells: {
        title: { text: r.title, href: pageHref(`/resolutions/${r.id}`) },
        body: { text: UN_BODY.labels[r.body] },
        kind: { text: DOCUMENT_KIND.labels[r.kind], sort: DOCUMENT_KIND.values.indexOf(r.kind) },
        symbol: { text: r.symbol ?? "" },
        date: { text: date ? formatDate(date) : "", sort: date ?? null },
        // Each source's count of the vote; sorted by the first's votes in favour.
        vote: r.votes.length
          ? { text: [...new Set(r.votes.map((v) => `${v.inFavour}–${v.against}–${v.abstaining}`))].join("; "), sort: r.votes[0]?.inFavour ?? null, note: "for–against–abstaining" }
          : { text: "", sort: null },
        regions: { text: regions.join(", ") },
        demands: { text: r.demands.length > 0 ? String(r.demands.length) : "", sort: r.demands.length || null },
      },
    };
  });
  return (
    <>
      <h1>UN documents</h1>
      <p className="lede">
        Resolutions, statements, letters and reports of the UN and the OSCE that name the districts. Sort by any column; filter by
        body, kind or region named; the address keeps the view.
      </p>
      <DataTable
        caption="UN and OSCE documents"
        csvName="un-documents-view.csv"
        noun={{ one: "document", other: "documents" }}
        columns={[
          { key: "title", label: "Document" },
          { key: "body", label: "Body" },
          { key: "kind", label: "Kind" },
          { key: "symbol", label: "Symbol" },
          { key: "date", label: "Adopted or issued" },
          { key: "vote", label: "Vote", numeric: true },
          { key: "regions", label: "Regions named" },
          { key: "demands", label: "Demands", numeric: true },
        ]}
        facets={facetsOf("resolution", resolutions)}
        rows={rows}
      />
    </>
  );
}
