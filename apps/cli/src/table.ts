/**
 * Lists as tables: a header row, then one row per record, columns aligned by display width
 * (width.ts), the last column left to run on. What the columns are for each kind of record is
 * decided here from the atlas' own answers (titles, figures formatted by the domain).
 */
import { COMMODITY, DEPOSIT_STATUS, formatCompetingFigures, formatDate, formatFigure, plainText, sourceAuthor, type EntityKind, type Figure } from "@karabakh-atlas/domain/vocabulary";
import { currentStatus, currentStatusClaims, type AnyRecord, type Atlas } from "@karabakh-atlas/data/core";
import { ENGLISH, type Texts } from "./i18n.js";
import { companyName, lowerLabel, regionName, titleIn } from "./names.js";
import { displayWidth, fitText, padDisplay } from "./width.js";

/** A column's header as the table shows it: in capitals (`LARGEST STATED RESERVE`, `ƏN BÖYÜK …`). */
const header = (tx: Texts, text: string) => text.toLocaleUpperCase(tx.lang);

export interface Column<R> {
  header: string;
  value: (record: R) => string;
  /** At most this many columns wide (longer values are cut at a word, with an ellipsis). */
  max?: number;
}

/** Rows of cells as aligned text: a header row first; `paintHeader` styles it. */
export function formatTable<R>(columns: readonly Column<R>[], records: readonly R[], paintHeader: (text: string) => string = (t) => t): string {
  const cells = records.map((r) => columns.map((c) => {
    const text = plainText(c.value(r));
    return c.max ? fitText(text, c.max) : text;
  }));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((row) => displayWidth(row[i] ?? ""))));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padDisplay(cell, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [paintHeader(line(columns.map((c) => c.header))), ...cells.map(line)].join("\n") + "\n";
}

type DepositRecord = Extract<AnyRecord, { kind: "deposit" }>["record"];

/** The largest figure of a list, by its value (or upper bound). */
function largest(figures: readonly Figure[]): Figure | undefined {
  let best: Figure | undefined;
  for (const f of figures) {
    const v = f.value ?? f.upper ?? f.lower;
    const b = best ? (best.value ?? best.upper ?? best.lower) : undefined;
    if (v !== undefined && (b === undefined || v > b)) best = f;
  }
  return best;
}

/** Columns of the deposits table: what a reader compares deposits by. */
export function depositColumns(atlas: Atlas, tx: Texts = ENGLISH): Column<DepositRecord>[] {
  return [
    { header: "ID", value: (d) => d.id },
    { header: header(tx, tx.t("common.name")), value: (d) => titleIn(atlas, { kind: "deposit", record: d }, tx), max: 24 },
    { header: header(tx, tx.t("cli.table.district")), value: (d) => regionName(atlas, d.region, tx), max: 22 },
    { header: header(tx, tx.t("cli.show.commodities")), value: (d) => commoditiesText(d, tx), max: 26 },
    { header: header(tx, tx.t("cli.show.status")), value: (d) => depositStatusText(d, tx), max: 40 },
    { header: header(tx, tx.t("cli.show.largest-reserve")), value: (d) => largestReserveText(atlas, d, tx), max: 44 },
    { header: header(tx, tx.t("cli.show.operator")), value: (d) => operatorText(atlas, d, tx) },
  ];
}

/** A deposit's commodities as words: `copper, gold`. */
export function commoditiesText(d: DepositRecord, tx: Texts = ENGLISH): string {
  return d.commodities.map((c) => lowerLabel(COMMODITY, c, tx)).join(", ");
}

/**
 * The latest status with its date, "mining (January 2024)"; where the sources of that date
 * disagree, every status they give: "disputed: mining, depleted (April 2018)".
 */
export function depositStatusText(d: DepositRecord, tx: Texts = ENGLISH): string {
  const claims = currentStatusClaims(d);
  const status = currentStatus(d);
  if (!status || claims.length === 0) return "";
  const label = (value: string) => ((DEPOSIT_STATUS.values as readonly string[]).includes(value) ? lowerLabel(DEPOSIT_STATUS, value, tx) : value);
  const date = claims[0]?.asOf;
  const what = status === "disputed" ? tx.t("cli.status.disputed", { statuses: [...new Set(claims.map((c) => label(c.status)))].join(", ") }) : label(status);
  return date ? `${what} (${formatDate(date, tx.locale)})` : what;
}

/** A deposit's stated reserves and resources (not grades, production or areas). */
const reserveFigures = (d: DepositRecord) => d.figures.filter((f) => f.category === "reserve" || f.category === "resource" || f.category === "ore");

/** The largest reserve or resource figure any source states (by its value or upper bound), as the record holds it. */
export function largestReserveFigure(d: DepositRecord): DepositRecord["figures"][number] | undefined {
  return largest(reserveFigures(d)) as DepositRecord["figures"][number] | undefined;
}

/** The largest reserve or resource any source states, with its unit and source. */
export function largestReserveText(atlas: Atlas, d: DepositRecord, tx: Texts = ENGLISH): string {
  const best = largestReserveFigure(d);
  if (!best) return "";
  const source = best.citations[0] ? (atlas.source(best.citations[0].source)?.publisher ?? best.citations[0].source) : "";
  const what = (best as Figure & { commodity?: string }).commodity;
  const commodity = what ? `${(COMMODITY.values as readonly string[]).includes(what) ? lowerLabel(COMMODITY, what, tx) : what} ` : "";
  return `${commodity}${formatFigure(best, { locale: tx.locale })}${source ? ` (${source})` : ""}`;
}

/** The operators named in the deposit's operations, latest first. */
export function operatorText(atlas: Atlas, d: DepositRecord, tx: Texts = ENGLISH): string {
  const operations = d.operations
    .filter((o) => o.role === "operator")
    .sort((a, b) => String(b.from ?? "").localeCompare(String(a.from ?? "")));
  return [...new Set(operations.map((o) => companyName(atlas, o.company, tx)))].join(", ");
}

/** Whether a list of a kind shows text the atlas wrote in English (an event's or a document's title). */
export function listShowsAtlasText(atlas: Atlas, kind: EntityKind): boolean {
  const fields = atlas.fields[kind].fields ?? {};
  return kind !== "source" && !fields.names && Boolean(fields.title);
}

/** Columns of a plain list of any kind: its id and what names it, with a date or figure where the kind has one. */
export function listColumns(atlas: Atlas, kind: EntityKind, tx: Texts = ENGLISH): Column<AnyRecord["record"]>[] {
  if (kind === "deposit") return depositColumns(atlas, tx) as Column<AnyRecord["record"]>[];
  const title = (record: AnyRecord["record"]) => titleIn(atlas, { kind, record } as AnyRecord, tx);
  const id: Column<AnyRecord["record"]> = { header: "ID", value: (r) => r.id };
  const date = header(tx, tx.t("common.date"));
  switch (kind) {
    case "event":
      return [id, { header: date, value: (r) => String((r as { date?: string }).date ?? tx.t("cli.undated")) }, { header: header(tx, tx.kind("event")), value: title }];
    case "statistic":
      return [
        id,
        { header: header(tx, tx.kind("statistic")), value: title, max: 48 },
        { header: header(tx, tx.t("common.figures")), value: (r) => formatCompetingFigures((r as { observations: Figure[] }).observations, { locale: tx.locale }) },
      ];
    case "source":
      // Who says it, then what: the author, not the publisher that circulated it.
      return [id, { header: date, value: (r) => String((r as { date?: string }).date ?? "") }, { header: header(tx, tx.t("common.title")), value: (r) => `${sourceAuthor(r as Parameters<typeof sourceAuthor>[0])}: ${title(r)}` }];
    default:
      return [id, { header: header(tx, tx.t("common.name")), value: title }];
  }
}

/** Sorting the deposits table: `--sort <column>` by one of these. */
export const DEPOSIT_SORTS = ["name", "district", "commodities", "status", "reserve", "operator"] as const;
export type DepositSort = (typeof DEPOSIT_SORTS)[number];

export function sortDeposits(atlas: Atlas, deposits: readonly DepositRecord[], by: DepositSort, tx: Texts = ENGLISH): DepositRecord[] {
  // By the names the table shows, in its language.
  const key: Record<DepositSort, (d: DepositRecord) => string | number> = {
    name: (d) => titleIn(atlas, { kind: "deposit", record: d }, tx).toLowerCase(),
    district: (d) => regionName(atlas, d.region, tx).toLowerCase(),
    commodities: (d) => d.commodities.join(","),
    status: (d) => currentStatus(d) ?? "~",
    // Largest first; deposits without a stated figure last.
    reserve: (d) => -(largestValue(d) ?? -Infinity),
    operator: (d) => operatorText(atlas, d, tx).toLowerCase() || "~",
  };
  const k = key[by];
  return [...deposits].sort((a, b) => {
    const x = k(a);
    const y = k(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function largestValue(d: DepositRecord): number | undefined {
  const best = largest(reserveFigures(d));
  return best ? (best.value ?? best.upper ?? best.lower) : undefined;
}
