import type { Metadata } from "next";
import Link from "@/components/Link";
import { HERITAGE_KIND, HERITAGE_STATUS } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { facetValuesOf, facetsOf, listHeritageSites, regionName } from "@/lib/data";

export const metadata: Metadata = {
  title: "Heritage sites",
  description: "Named monuments, museums, castles, bridges, cloisters and mosques, with their status as each source reports it.",
};

export default function HeritagePage() {
  const sites = listHeritageSites();
  return (
    <>
      <h1>Heritage sites</h1>
      <p className="lede">Named monuments and buildings, and what each source says happened to them.</p>
      <FilterList
        noun={{ one: "site", other: "sites" }}
        facets={facetsOf("heritage-site", sites)}
        sorts={[
          { key: "name", label: "Name" },
          { key: "region", label: "Region" },
        ]}
      >
        {sites.map((s) => (
          <FilterItem key={s.id} facets={facetValuesOf("heritage-site", s)} sort={{ name: s.names.en, region: regionName(s.region) }}>
            <Link className="title" href={`/heritage-sites/${s.id}`}>
              {s.names.en}
            </Link>
            <span className="muted">
              {" "}
              — {HERITAGE_KIND.labels[s.kind]}, {regionName(s.region)}
              {s.statuses.length > 0 ? `; ${[...new Set(s.statuses.map((x) => HERITAGE_STATUS.labels[x.status].toLowerCase()))].join(", ")} (per sources)` : ""}
            </span>
          </FilterItem>
        ))}
      </FilterList>
    </>
  );
}
