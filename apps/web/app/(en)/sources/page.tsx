import type { Metadata } from "next";
import { SOURCE_KIND, formatDate, languageName, sourceAuthor } from "@karabakh-atlas/domain";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listSources, sourceUses } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/sources", {
    title: "Sources",
    description: "Every document the atlas cites, as a sortable table: who says it, who published it, kind, date, language and how often the atlas cites it.",
  });
}

export default function SourcesPage() {
  const sources = listSources();
  const rows: TableRow[] = sources.map((s) => {
    const uses = sourceUses(s.id).length;
    return {
      id: s.id,
      facets: facetValuesOf("source", s),
      cells: {
        title: { text: s.title, href: pageHref(`/sources/${s.id}`), note: s.symbol },
        // Who says it, and under it who published or circulated it when that is someone else.
        author: { text: sourceAuthor(s), note: s.author && s.author !== s.publisher ? `published by ${s.publisher}` : undefined },
        kind: { text: SOURCE_KIND.labels[s.kind] },
        date: { text: s.date ? formatDate(s.date) : "", sort: s.date ?? null },
        language: { text: languageName(s.language) },
        uses: { text: String(uses), sort: uses },
      },
    };
  });
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every document cited: who says it, who published it and how many facts in the atlas rest on it. Sort by any column; filter
        by publisher or kind.
      </p>
      <DataTable
        caption="Sources"
        csvName="sources-view.csv"
        noun={{ one: "source", other: "sources" }}
        columns={[
          { key: "title", label: "Source" },
          { key: "author", label: "Author" },
          { key: "kind", label: "Kind" },
          { key: "date", label: "Date" },
          { key: "language", label: "Language" },
          { key: "uses", label: "Cited", numeric: true },
        ]}
        facets={facetsOf("source", sources)}
        rows={rows}
      />
    </>
  );
}
