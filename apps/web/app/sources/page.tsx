import type { Metadata } from "next";
import Link from "@/components/Link";
import { SOURCE_KIND, formatDate } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { facetValuesOf, facetsOf, listSources, sourceUses } from "@/lib/data";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every document the atlas cites: UN documents, official statements, reports and news, with what each one supports.",
};

export default function SourcesPage() {
  const sources = listSources();
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">Every document cited, who published it and how many facts in the atlas rest on it.</p>
      <FilterList
        noun={{ one: "source", other: "sources" }}
        facets={facetsOf("source", sources)}
        sorts={[
          { key: "title", label: "Title" },
          { key: "-date", label: "Newest first" },
          { key: "-uses", label: "Most cited" },
        ]}
      >
        {sources.map((s) => {
          const uses = sourceUses(s.id).length;
          return (
            <FilterItem key={s.id} facets={facetValuesOf("source", s)} sort={{ title: s.title, date: s.date ?? "", uses }}>
              <Link className="title" href={`/sources/${s.id}`}>
                {s.title}
              </Link>
              <span className="muted">
                {" "}
                — {s.publisher}
                {s.date ? `, ${formatDate(s.date)}` : ""}; {SOURCE_KIND.labels[s.kind]}; cited {uses} time{uses === 1 ? "" : "s"}
              </span>
            </FilterItem>
          );
        })}
      </FilterList>
    </>
  );
}
