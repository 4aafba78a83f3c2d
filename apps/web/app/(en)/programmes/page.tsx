import type { Metadata } from "next";
import { PROGRAMME_KIND, formatDate } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { listProgrammes } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/programmes", {
    title: "Programmes",
    description: "State programmes and policies named in the sources, as a sortable table: kind, who initiated them and when they were adopted.",
  });
}

export default function ProgrammesPage() {
  const programmes = listProgrammes();
  const rows: TableRow[] = programmes.map((p) => {
    // Every adoption date a source gives, earliest first; the column sorts by the earliest.
    const dates = [...new Set(p.adopted.map((a) => a.date))].sort();
    const sources = new Set(p.citations.map((c) => c.source)).size;
    return {
      id: p.id,
      facets: {},
      cells: {
        name: { text: p.names.en, href: pageHref(`/programmes/${p.id}`) },
        kind: { text: PROGRAMME_KIND.labels[p.kind] },
        initiatedBy: { text: p.initiatedBy ?? "" },
        adopted: { text: dates.map(formatDate).join(" or "), sort: dates[0] ?? null },
        sources: { text: String(sources), sort: sources },
      },
    };
  });
  return (
    <>
      <h1>Programmes</h1>
      <p className="lede">State programmes and policies named in the sources: what they are, who started them and when. Sort by any column.</p>
      <DataTable
        caption="Programmes"
        csvName="programmes-view.csv"
        noun={{ one: "programme", other: "programmes" }}
        // A column no programme fills yet (no source gives an adoption date) is left out.
        columns={[
          { key: "name", label: "Programme" },
          { key: "kind", label: "Kind" },
          { key: "initiatedBy", label: "Initiated by" },
          { key: "adopted", label: "Adopted" },
          { key: "sources", label: "Sources", numeric: true },
        ].filter((c) => c.key === "name" || rows.some((r) => r.cells[c.key]?.text))}
        facets={[]}
        rows={rows}
      />
    </>
  );
}
