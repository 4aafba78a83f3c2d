import type { Metadata } from "next";
import { DOCUMENT_KIND, UN_BODY, formatDate, labelOf } from "@karabakh-atlas/domain";
import { fieldLabelIn } from "@karabakh-atlas/domain/i18n";
import { DataTable, type TableRow } from "@/components/DataTable";
import { dateOfResolution, facetValuesOf, facetsOf, listResolutions } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { pageHref } from "@/lib/routes";
import { localFacets, regionNameIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/resolutions", { title: t("web.nav.resolutions"), description: t("web.resolutions.description") });
}

export default async function ResolutionsPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const resolutions = listResolutions();
  const rows: TableRow[] = resolutions.map((r) => {
    const date = dateOfResolution(r);
    const regions = r.regions.map((x) => regionNameIn(lang, x.id));
    return {
      id: r.id,
      facets: facetValuesOf("resolution", r),
      cells: {
        // The atlas's own title (English until translated).
        title: { text: r.title, lang: lang === "en" ? undefined : "en", href: pageHref(localHref(lang, `/resolutions/${r.id}`)) },
        body: { text: labelOf(UN_BODY, r.body, locale) },
        kind: { text: labelOf(DOCUMENT_KIND, r.kind, locale), sort: DOCUMENT_KIND.values.indexOf(r.kind) },
        symbol: { text: r.symbol ?? "" },
        date: { text: date ? formatDate(date, locale) : "", sort: date ?? null },
        // Each source's count of the vote; sorted by the first's votes in favour.
        vote: r.votes.length
          ? { text: [...new Set(r.votes.map((v) => `${v.inFavour}–${v.against}–${v.abstaining}`))].join("; "), sort: r.votes[0]?.inFavour ?? null, note: t("web.resolution.vote-order") }
          : { text: "", sort: null },
        regions: { text: regions.join(", ") },
        demands: { text: r.demands.length > 0 ? String(r.demands.length) : "", sort: r.demands.length || null },
      },
    };
  });
  return (
    <>
      <h1>{t("web.nav.resolutions")}</h1>
      <p className="lede">{t("web.resolutions.lede")}</p>
      <DataTable
        lang={lang}
        caption={t("web.resolutions.caption")}
        csvName="un-documents-view.csv"
        noun={{ count: "web.count.resolutions", kind: "resolution" }}
        columns={[
          { key: "title", label: t("web.resolution.document") },
          { key: "body", label: fieldLabelIn(lang, "Body") },
          { key: "kind", label: t("common.kind") },
          { key: "symbol", label: t("web.resolution.symbol") },
          { key: "date", label: t("web.resolution.adopted") },
          { key: "vote", label: t("web.resolution.vote"), numeric: true },
          { key: "regions", label: t("web.resolution.regions") },
          { key: "demands", label: fieldLabelIn(lang, "Demands"), numeric: true },
        ]}
        facets={localFacets(lang, "resolution", facetsOf("resolution", resolutions))}
        rows={rows}
      />
    </>
  );
}
