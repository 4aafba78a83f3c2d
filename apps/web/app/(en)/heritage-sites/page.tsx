import type { Metadata } from "next";
import { HERITAGE_KIND, HERITAGE_STATUS, labelOf } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listHeritageSites } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { besideName, byNameIn, localFacets, nameIn, regionNameIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/heritage-sites", { title: kindLabel(lang, "heritage-site", true), description: translator(lang).t("web.heritage.description-list") });
}

const sourcesOf = (citations: readonly { source: string }[]) => new Set(citations.map((c) => c.source)).size;

export default async function HeritagePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, tn, locale } = translator(lang);
  const sites = listHeritageSites();
  const rows: TableRow[] = sites.map((s) => {
    // Each status the sources give, with how many sources give it: never one status chosen for them.
    const statuses = HERITAGE_STATUS.values.flatMap((status) => {
      const claims = s.statuses.filter((x) => x.status === status);
      if (claims.length === 0) return [];
      const n = sourcesOf(claims.flatMap((c) => c.citations));
      return [`${labelOf(HERITAGE_STATUS, status, locale)} (${tn("figure.sources", n)})`];
    });
    const first = s.statuses.map((x) => HERITAGE_STATUS.values.indexOf(x.status));
    const beside = besideName(lang, s.names);
    return {
      id: s.id,
      facets: facetValuesOf("heritage-site", s),
      cells: {
        name: { text: nameIn(lang, s.names), href: pageHref(`/heritage-sites/${s.id}`), note: beside, noteLang: beside ? (lang === "az" ? "en" : "az") : undefined },
        kind: { text: labelOf(HERITAGE_KIND, s.kind, locale) },
        region: { text: regionNameIn(lang, s.region), href: pageHref(`/regions/${s.region}`) },
        settlement: s.settlement ? { text: regionNameIn(lang, s.settlement), href: pageHref(`/regions/${s.settlement}`) } : { text: "" },
        status: { text: statuses.join("; "), sort: first.length > 0 ? Math.min(...first) : null },
      },
    };
  });
  const title = kindLabel(lang, "heritage-site", true);
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t("web.heritage.lede")}</p>
      <DataTable
        lang={lang}
        caption={title}
        csvName="heritage-sites-view.csv"
        noun={{ count: "web.count.heritage-sites", kind: "heritage-site" }}
        columns={[
          { key: "name", label: t("web.column.site") },
          { key: "kind", label: t("common.kind") },
          { key: "region", label: t("web.column.district") },
          { key: "settlement", label: t("web.heritage.settlement") },
          { key: "status", label: t("web.column.status-per-sources") },
        ]}
        facets={localFacets(lang, "heritage-site", facetsOf("heritage-site", sites))}
        rows={byNameIn(lang, rows, (r) => r.cells.name?.text ?? "")}
      />
    </>
  );
}
