import type { Metadata } from "next";
import { COMMODITY, CURRENT_STATUS, DEPOSIT_STATUS, OPERATION_ROLE, RESOURCE_CATEGORY, formatDate, formatFigure, labelOf } from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { depositRow } from "@karabakh-atlas/data";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, getSource, listDeposits } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { besideName, byNameIn, localFacets, nameIn, regionNameIn, titleIn } from "@/lib/localize";
import { pageHref } from "@/lib/routes";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return pageMetadata(lang, "/deposits", { title: kindLabel(lang, "deposit", true), description: translator(lang).t("web.deposits.description") });
}

const publishers = (citations: readonly { source: string }[]) => [...new Set(citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");

export default async function DepositsPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  // Every deposit, those elsewhere in Azerbaijan too: the table shows the territories' by default.
  const all = listDeposits({ scope: "all" });
  const deposits = all.map(depositRow);
  const byId = new Map(all.map((d) => [d.id, d]));
  const or = ` ${t("web.common.or")} `;
  const rows: TableRow[] = deposits.map((d) => {
    const reserve = d.reserve?.figure;
    const record = byId.get(d.id) as (typeof all)[number];
    const beside = lang === "en" ? undefined : besideName(lang, record.names);
    return {
      id: d.id,
      // The data package's filter values (a region facet selects the regions around a deposit's too),
      // and where it lies: in the territories or elsewhere.
      facets: { scope: [d.inTerritories ? "territories" : "elsewhere"], ...facetValuesOf("deposit", record) },
      cells: {
        name: { text: lang === "en" ? d.name : nameIn(lang, record.names), href: pageHref(`/deposits/${d.id}`), note: beside, noteLang: beside ? (lang === "az" ? "en" : "az") : undefined },
        district: { text: regionNameIn(lang, d.region), href: pageHref(`/regions/${d.region}`) },
        commodities: { text: d.commodities.map((c) => labelOf(COMMODITY, c, locale)).join(", ") },
        status: {
          text: d.status
            ? `${d.status === "disputed" ? t("web.deposit.disputed", { statuses: d.statuses.map((s) => labelOf(DEPOSIT_STATUS, s, locale)).join(or) }) : labelOf(CURRENT_STATUS, d.status, locale)}${d.statusAsOf ? `, ${formatDate(d.statusAsOf, locale)}` : ""}`
            : "",
          sort: d.status ? CURRENT_STATUS.values.indexOf(d.status) : null,
        },
        reserve: reserve
          ? {
              text: `${reserve.commodity ? `${labelOf(COMMODITY, reserve.commodity, locale)}: ` : ""}${formatFigure(reserve, { locale })}`,
              sort: d.reserve?.tonnes ?? null,
              note: t("web.deposits.reserve-note", { category: lowerFirst(lang, labelOf(RESOURCE_CATEGORY, reserve.category, locale)), sources: publishers(reserve.citations) }),
            }
          : { text: "", sort: null },
        operators: {
          text: d.operations
            .map((o) => `${titleIn(lang, "company", o.company)} (${lowerFirst(lang, labelOf(OPERATION_ROLE, o.role, locale))}${o.from || o.to ? `, ${o.from ?? "…"}–${o.to ?? ""}` : ""})`)
            .join("; "),
          sort: d.operations[0] ? titleIn(lang, "company", d.operations[0].company) : null,
        },
      },
    };
  });
  const title = kindLabel(lang, "deposit", true);
  return (
    <>
      <h1>{title}</h1>
      <p className="lede">{t("web.deposits.lede")}</p>
      <DataTable
        lang={lang}
        caption={title}
        csvName="deposits-view.csv"
        noun={{ count: "web.count.deposits", kind: "deposit" }}
        columns={[
          { key: "name", label: t("web.column.deposit") },
          { key: "district", label: t("web.column.district") },
          { key: "commodities", label: t("web.column.commodities") },
          { key: "status", label: t("web.column.status-latest") },
          { key: "reserve", label: t("web.column.largest-reserve"), numeric: true },
          { key: "operators", label: t("web.column.operators") },
        ]}
        facets={[
          {
            key: "scope",
            label: t("web.column.where"),
            default: "territories",
            allLabel: t("web.scope.all"),
            options: [
              { value: "territories", label: t("web.scope.territories") },
              { value: "elsewhere", label: t("web.scope.elsewhere") },
            ],
          },
          ...localFacets(lang, "deposit", facetsOf("deposit", all)),
        ]}
        rows={byNameIn(lang, rows, (r) => r.cells.name?.text ?? "")}
      />
    </>
  );
}
