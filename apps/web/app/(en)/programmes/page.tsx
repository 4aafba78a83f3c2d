import type { Metadata } from "next";
import { PROGRAMME_KIND, formatDate, labelOf } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { UntranslatedNote } from "@/components/AtlasText";
import { DataTable, type TableRow } from "@/components/DataTable";
import { listProgrammes } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { byNameIn, nameIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/programmes", { title: kindLabel(lang, "programme", true), description: translator(lang).t("web.programmes.description") });
}

export default async function ProgrammesPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const or = ` ${t("web.common.or")} `;
  const programmes = listProgrammes();
  const rows: TableRow[] = programmes.map((p) => {
    // Every adoption date a source gives, earliest first; the column sorts by the earliest.
    const dates = [...new Set(p.adopted.map((a) => a.date))].sort();
    const sources = new Set(p.citations.map((c) => c.source)).size;
    return {
      id: p.id,
      facets: {},
      cells: {
        name: { text: nameIn(lang, p.names), href: pageHref(`/programmes/${p.id}`) },
        kind: { text: labelOf(PROGRAMME_KIND, p.kind, locale) },
        // Who started it, as the atlas wrote it (English until translated).
        initiatedBy: { text: p.initiatedBy ?? "", atlasText: true },
        adopted: { text: dates.map((d) => formatDate(d, locale)).join(or), sort: dates[0] ?? null },
        sources: { text: String(sources), sort: sources },
      },
    };
  });
  const title = kindLabel(lang, "programme", true);
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t("web.programmes.lede")}</p>
      {programmes.some((p) => p.initiatedBy) ? <UntranslatedNote lang={lang} /> : null}
      <DataTable
        lang={lang}
        caption={title}
        csvName="programmes-view.csv"
        noun={{ count: "web.count.programmes", kind: "programme" }}
        // A column no programme fills yet (no source gives an adoption date) is left out.
        columns={[
          { key: "name", label: kindLabel(lang, "programme") },
          { key: "kind", label: t("common.kind") },
          { key: "initiatedBy", label: t("web.programme.initiated-by") },
          { key: "adopted", label: t("web.programme.adopted") },
          { key: "sources", label: t("common.sources"), numeric: true },
        ].filter((c) => c.key === "name" || rows.some((r) => r.cells[c.key]?.text))}
        facets={[]}
        rows={byNameIn(lang, rows, (r) => r.cells.name?.text ?? "")}
      />
    </>
  );
}
