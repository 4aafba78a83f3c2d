import type { Metadata } from "next";
import Link from "@/components/Link";
import { UN_BODY, formatDate } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { dateOfResolution, facetValuesOf, facetsOf, listResolutions } from "@/lib/data";

export const metadata: Metadata = {
  title: "UN documents",
  description: "UN Security Council resolutions, General Assembly resolutions, letters and reports about the districts, with their demands and sources.",
};

export default function ResolutionsPage() {
  const resolutions = listResolutions();
  return (
    <>
      <h1>UN documents</h1>
      <p className="lede">Resolutions, statements, letters and reports of the UN and the OSCE that name the districts.</p>
      <FilterList
        noun={{ one: "document", other: "documents" }}
        facets={facetsOf("resolution", resolutions)}
        sorts={[
          { key: "date", label: "Date, oldest first" },
          { key: "-date", label: "Date, newest first" },
          { key: "title", label: "Title" },
        ]}
      >
        {resolutions.map((r) => {
          const date = dateOfResolution(r);
          return (
            <FilterItem key={r.id} facets={facetValuesOf("resolution", r)} sort={{ date: date ?? "", title: r.title }}>
              <Link className="title" href={`/resolutions/${r.id}`}>
                {r.title}
              </Link>
              <span className="muted">
                {" "}
                — {UN_BODY.labels[r.body]}
                {r.symbol ? `, ${r.symbol}` : ""}
                {date ? `, ${formatDate(date)}` : ""}
              </span>
            </FilterItem>
          );
        })}
      </FilterList>
    </>
  );
}
