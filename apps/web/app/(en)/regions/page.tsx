import type { Metadata } from "next";
import { REGION_KIND, formatDate, labelOf } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listRegions, regionContext } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { besideName, byNameIn, localFacets, nameIn, regionNameIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/regions", { title: kindLabel(lang, "region", true), description: translator(lang).t("web.regions.description") });
}

export default async function RegionsPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const regions = listRegions();
  const rows: TableRow[] = regions.map((r) => {
    const occupied = r.control[0]?.occupiedOn[0]?.date;
    const returned = r.control[0]?.returnedOn[0]?.date;
    const deposits = regionContext(r.id).deposits.length;
    const beside = besideName(lang, r.names);
    return {
      id: r.id,
      facets: facetValuesOf("region", r),
      cells: {
        name: { text: nameIn(lang, r.names), href: pageHref(`/regions/${r.id}`), note: beside, noteLang: beside ? (lang === "az" ? "en" : "az") : undefined },
        kind: { text: labelOf(REGION_KIND, r.kind, locale), sort: REGION_KIND.values.indexOf(r.kind) },
        parent: { text: r.parent ? regionNameIn(lang, r.parent) : "" },
        occupied: { text: occupied ? formatDate(occupied, locale) : "", sort: occupied ?? null },
        returned: { text: returned ? formatDate(returned, locale) : "", sort: returned ?? null },
        deposits: { text: deposits > 0 ? String(deposits) : "", sort: deposits },
      },
    };
  });
  const title = kindLabel(lang, "region", true);
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t("web.regions.lede")}</p>
      <DataTable
        lang={lang}
        caption={title}
        csvName="regions-view.csv"
        noun={{ count: "web.count.regions", kind: "region" }}
        columns={[
          { key: "name", label: t("common.region") },
          { key: "kind", label: t("common.kind") },
          { key: "parent", label: t("web.column.inside") },
          { key: "occupied", label: t("web.column.occupied") },
          { key: "returned", label: t("web.column.returned") },
          { key: "deposits", label: kindLabel(lang, "deposit", true), numeric: true },
        ]}
        facets={localFacets(lang, "region", facetsOf("region", regions))}
        rows={byNameIn(lang, rows, (r) => r.cells.name?.text ?? "")}
      />
    </>
  );
}
