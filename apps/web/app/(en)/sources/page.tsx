import type { Metadata } from "next";
import { SOURCE_KIND, formatDate, formatNumber, labelOf, sourceAuthor } from "@karabakh-atlas/domain";
import { fieldLabelIn, languageNameIn } from "@karabakh-atlas/domain/i18n";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, listSources, sourceUses } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { localFacets } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/sources", { title: t("web.nav.sources"), description: t("web.sources.description") });
}

export default async function SourcesPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const sources = listSources();
  const rows: TableRow[] = sources.map((s) => {
    const uses = sourceUses(s.id).length;
    return {
      id: s.id,
      facets: facetValuesOf("source", s),
      cells: {
        // The title as published, in the source's language.
        title: { text: s.title, lang: s.language === lang ? undefined : s.language, href: pageHref(localHref(lang, `/sources/${s.id}`)), note: s.symbol },
        // Who says it, and under it who published or circulated it when that is someone else.
        author: { text: sourceAuthor(s), note: s.author && s.author !== s.publisher ? t("web.sources.published-by", { publisher: s.publisher }) : undefined },
        kind: { text: labelOf(SOURCE_KIND, s.kind, locale) },
        date: { text: s.date ? formatDate(s.date, locale) : "", sort: s.date ?? null },
        language: { text: languageNameIn(lang, s.language) },
        uses: { text: formatNumber(uses, { locale }), sort: uses },
      },
    };
  });
  return (
    <>
      <h1>{t("web.nav.sources")}</h1>
      <p className="lede">{t("web.sources.lede")}</p>
      <DataTable
        lang={lang}
        caption={t("web.nav.sources")}
        csvName="sources-view.csv"
        noun={{ count: "web.count.sources", kind: "source" }}
        columns={[
          { key: "title", label: fieldLabelIn(lang, "Source") },
          { key: "author", label: fieldLabelIn(lang, "Author") },
          { key: "kind", label: t("common.kind") },
          { key: "date", label: t("common.date") },
          { key: "language", label: t("common.language") },
          { key: "uses", label: t("web.sources.cited"), numeric: true },
        ]}
        facets={localFacets(lang, "source", facetsOf("source", sources))}
        rows={rows}
      />
    </>
  );
}
