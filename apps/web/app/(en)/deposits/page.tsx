import type { Metadata } from "next";
import { COMMODITY, CURRENT_STATUS, DEPOSIT_STATUS, OPERATION_ROLE, RESOURCE_CATEGORY, formatDate, formatFigure } from "@karabakh-atlas/domain";
import { depositRow } from "@karabakh-atlas/data";
import { DataTable, type TableRow } from "@/components/DataTable";
import { facetValuesOf, facetsOf, getSource, listDeposits, regionName, titleOf } from "@/lib/data";
import { pageHref } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/deposits", {
    title: "Deposits",
    description: "Mineral deposits and mines in the districts as a table: district, commodities, status, largest stated reserve with its source, and who worked them — sortable, filterable, downloadable.",
  });
}

const publishers = (citations: readonly { source: string }[]) => [...new Set(citations.map((c) => getSource(c.source)?.publisher ?? c.source))].join("; ");

export default function DepositsPage() {
  // Every deposit, those elsewhere in Azerbaijan too: the table shows the territories' by default.
  const all = listDeposits({ scope: "all" });
  const deposits = all.map(depositRow);
  const byId = new Map(all.map((d) => [d.id, d]));
  const rows: TableRow[] = deposits.map((d) => {
    const reserve = d.reserve?.figure;
    return {
      id: d.id,
      // The data package's filter values (a region facet selects the regions around a deposit's too),
      // and where it lies: in the territories or elsewhere.
      facets: { scope: [d.inTerritories ? "territories" : "elsewhere"], ...facetValuesOf("deposit", byId.get(d.id) as NonNullable<ReturnType<typeof byId.get>>) },
      cells: {
        name: { text: d.name, href: pageHref(`/deposits/${d.id}`) },
        district: { text: regionName(d.region), href: pageHref(`/regions/${d.region}`) },
        commodities: { text: d.commodities.map((c) => COMMODITY.labels[c]).join(", ") },
        status: {
          text: d.status
            ? `${d.status === "disputed" ? `Disputed: ${d.statuses.map((s) => DEPOSIT_STATUS.labels[s]).join(" or ")}` : CURRENT_STATUS.labels[d.status]}${d.statusAsOf ? `, ${formatDate(d.statusAsOf)}` : ""}`
            : "",
          sort: d.status ? CURRENT_STATUS.values.indexOf(d.status) : null,
        },
        reserve: reserve
          ? {
              text: `${reserve.commodity ? `${COMMODITY.labels[reserve.commodity]}: ` : ""}${formatFigure(reserve)}`,
              sort: d.reserve?.tonnes ?? null,
              note: `${RESOURCE_CATEGORY.labels[reserve.category].toLowerCase()}, per ${publishers(reserve.citations)}`,
            }
          : { text: "", sort: null },
        operators: {
          text: d.operations
            .map((o) => `${titleOf("company", o.company)} (${OPERATION_ROLE.labels[o.role].toLowerCase()}${o.from || o.to ? `, ${o.from ?? "…"}–${o.to ?? ""}` : ""})`)
            .join("; "),
          sort: d.operations[0] ? titleOf("company", d.operations[0].company) : null,
        },
      },
    };
  });
  return (
    <>
      <h1>Deposits</h1>
      <p className="lede">
        Mineral deposits and mines, with the largest reserve a source states for each (as stated, with its source) and the
        companies that worked them. Sort by any column; filter by commodity, district, status or company; the address keeps
        the view.
      </p>
      <DataTable
        caption="Deposits"
        csvName="deposits-view.csv"
        noun={{ one: "deposit", other: "deposits" }}
        columns={[
          { key: "name", label: "Deposit" },
          { key: "district", label: "District" },
          { key: "commodities", label: "Commodities" },
          { key: "status", label: "Status (latest)" },
          { key: "reserve", label: "Largest stated reserve", numeric: true },
          { key: "operators", label: "Operators" },
        ]}
        facets={[
          {
            key: "scope",
            label: "Where",
            default: "territories",
            allLabel: "All of Azerbaijan",
            options: [
              { value: "territories", label: "In the territories" },
              { value: "elsewhere", label: "Elsewhere in Azerbaijan" },
            ],
          },
          ...facetsOf("deposit", all),
        ]}
        rows={rows}
      />
    </>
  );
}
