import type { Metadata } from "next";
import Link from "@/components/Link";
import { HERITAGE_KIND, HERITAGE_STATUS } from "@karabakh-atlas/domain";
import { FilterItem, FilterList } from "@/components/FilterList";
import { listHeritageSites, regionName } from "@/lib/data";

export const metadata: Metadata = {
  title: "Heritage sites",
  description: "Named monuments, museums, castles, bridges, cloisters and mosques, with their status as each source reports it.",
};

export default function HeritagePage() {
  const sites = listHeritageSites();
  const kinds = HERITAGE_KIND.values.filter((k) => sites.some((s) => s.kind === k));
  const statuses = HERITAGE_STATUS.values.filter((st) => sites.some((s) => s.statuses.some((x) => x.status === st)));
  const regions = [...new Set(sites.map((s) => s.region))];
  return (
    <>
      <h1>Heritage sites</h1>
      <p className="lede">Named monuments and buildings, and what each source says happened to them.</p>
      <FilterList
        noun={{ one: "site", other: "sites" }}
        facets={[
          { key: "kind", label: "Kind", options: kinds.map((k) => ({ value: k, label: HERITAGE_KIND.labels[k] })) },
          { key: "status", label: "Status", options: statuses.map((s) => ({ value: s, label: HERITAGE_STATUS.labels[s] })) },
          { key: "region", label: "Region", options: regions.map((r) => ({ value: r, label: regionName(r) })) },
        ]}
        sorts={[
          { key: "name", label: "Name" },
          { key: "region", label: "Region" },
        ]}
      >
        {sites.map((s) => (
          <FilterItem key={s.id} facets={{ kind: [s.kind], status: s.statuses.map((x) => x.status), region: [s.region] }} sort={{ name: s.names.en, region: regionName(s.region) }}>
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
