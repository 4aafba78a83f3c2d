import type { Metadata } from "next";
import Link from "@/components/Link";
import { DOCUMENT_KIND, UN_BODY, formatDate } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { dateOfResolution, listResolutions, regionName } from "@/lib/data";

export const metadata: Metadata = {
  title: "UN documents",
  description: "UN Security Council resolutions, General Assembly resolutions, letters and reports about the districts, with their demands and sources.",
};

export default function ResolutionsPage() {
  const resolutions = listResolutions();
  const bodies = UN_BODY.values.filter((b) => resolutions.some((r) => r.body === b));
  const kinds = DOCUMENT_KIND.values.filter((k) => resolutions.some((r) => r.kind === k));
  const regions = [...new Set(resolutions.flatMap((r) => r.regions.map((l) => l.id)))];
  return (
    <>
      <h1>UN documents</h1>
      <p className="lede">Resolutions, statements, letters and reports of the UN and the OSCE that name the districts.</p>
      <FilterList
        noun={{ one: "document", other: "documents" }}
        facets={[
          { key: "body", label: "Body", options: bodies.map((b) => ({ value: b, label: UN_BODY.labels[b] })) },
          { key: "kind", label: "Kind", options: kinds.map((k) => ({ value: k, label: DOCUMENT_KIND.labels[k] })) },
          { key: "region", label: "Region named", options: regions.map((r) => ({ value: r, label: regionName(r) })) },
        ]}
        sorts={[
          { key: "date", label: "Date, oldest first" },
          { key: "-date", label: "Date, newest first" },
          { key: "title", label: "Title" },
        ]}
      >
        {resolutions.map((r) => {
          const date = dateOfResolution(r);
          return (
            <FilterItem key={r.id} facets={{ body: [r.body], kind: [r.kind], region: r.regions.map((l) => l.id) }} sort={{ date: date ?? "", title: r.title }}>
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
