/**
 * What a record is, in a few lines, before all of its fields: its kind, its key figures (as the
 * domain formats them, with qualifier and unit, the date and how many sources), the dates of
 * control, and the records related to it with their values inline — a district's statistics
 * with their latest figure, its deposits with commodities, status and operator. `show` and the
 * browser's detail pane both start with these lines.
 */
import { figureDate, formatCompetingFigures, formatDate, sortFiguresByDate, type DateClaim, type Figure } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import { ENGLISH, type Texts } from "./i18n.js";
import type { Line } from "./lines.js";
import { regionName, statisticTitleIn, titleIn } from "./names.js";
import { commoditiesText, depositStatusText, largestReserveText, operatorText } from "./table.js";

type Of<K extends AnyRecord["kind"]> = Extract<AnyRecord, { kind: K }>["record"];

/** "1,936–3,054 square kilometres (2 sources; latest 2020)": all sources' values, never one picked. */
export function figuresText(figures: readonly Figure[], tx: Texts = ENGLISH): string {
  if (figures.length === 0) return "";
  const sources = new Set(figures.flatMap((f) => f.citations.map((c) => c.source))).size;
  const latest = sortFiguresByDate(figures).map((f) => figureDate(f)).filter((d): d is string => Boolean(d)).at(-1);
  // Several figures: the values without the domain's "N sources:" prefix, which the note says.
  const values = figures.length === 1 ? formatCompetingFigures(figures, { locale: tx.locale }) : formatCompetingFigures(figures.map((f) => ({ ...f, citations: [] })), { locale: tx.locale }).replace(/^[^:]*: /, "");
  const date = latest ? formatDate(latest, tx.locale) : "";
  const notes = [tx.tn("figure.sources", sources), date ? (figures.length === 1 ? date : tx.t("cli.show.latest", { date })) : ""].filter(Boolean);
  return `${values} (${notes.join("; ")})`;
}

/** "2 April 1993 (1 source)", or every date where the sources differ. */
function datesText(claims: readonly DateClaim[], tx: Texts): string {
  const dates = [...new Set(claims.map((c) => c.date))];
  const sources = new Set(claims.flatMap((c) => c.citations.map((x) => x.source))).size;
  return `${dates.map((d) => formatDate(d, tx.locale)).join(` ${tx.t("cli.show.or")} `)} (${tx.tn("figure.sources", sources)})`;
}

/** A deposit in one line: name, commodities, status, the largest stated reserve, operator. */
export function depositLine(atlas: Atlas, d: Of<"deposit">, tx: Texts = ENGLISH): string {
  const reserve = largestReserveText(atlas, d, tx);
  const operator = operatorText(atlas, d, tx);
  const parts = [commoditiesText(d, tx), depositStatusText(d, tx), reserve && tx.t("cli.show.largest-stated", { figure: reserve }), operator && tx.t("cli.show.operator-is", { companies: operator })];
  return `${titleIn(atlas, { kind: "deposit", record: d }, tx)} — ${parts.filter(Boolean).join("; ")}`;
}

/** A statistic in one line: its title and every source's figure. */
export function statisticLine(atlas: Atlas, s: Of<"statistic">, tx: Texts = ENGLISH): string {
  return `${statisticTitleIn(atlas, s, tx)}: ${figuresText(s.observations, tx)}`;
}

/** Summaries already written, per atlas, language and record: the browser asks again at every size. */
const written = new WeakMap<Atlas, Map<string, WeakMap<object, Line[]>>>();

/** The summary lines of a record (empty for kinds that have nothing to add to their fields). */
export function summaryLines(atlas: Atlas, entry: AnyRecord, tx: Texts = ENGLISH): Line[] {
  let byLang = written.get(atlas);
  if (!byLang) written.set(atlas, (byLang = new Map()));
  let byRecord = byLang.get(tx.lang);
  if (!byRecord) byLang.set(tx.lang, (byRecord = new WeakMap()));
  let lines = byRecord.get(entry.record);
  if (!lines) byRecord.set(entry.record, (lines = writeSummary(atlas, entry, tx)));
  return lines;
}

function writeSummary(atlas: Atlas, entry: AnyRecord, tx: Texts): Line[] {
  const out: Line[] = [];
  const fact = (label: string, text: string) => {
    if (text) out.push({ text: `${label}: ${text}`, indent: 0, tone: "text" });
  };
  const related = <R extends { id: string }>(heading: string, kind: AnyRecord["kind"], records: readonly R[], line: (r: R) => string) => {
    if (records.length === 0) return;
    out.push({ text: `${heading} (${records.length})`, indent: 0, tone: "heading" });
    for (const r of records) out.push({ text: `→ ${line(r)}`, indent: 1, tone: "link", link: { kind, id: r.id } });
  };
  switch (entry.kind) {
    case "region": {
      const r = entry.record;
      fact(tx.t("cli.show.area"), figuresText(r.area, tx));
      fact(tx.t("cli.show.population"), figuresText(r.population, tx));
      for (const period of r.control) {
        const occupied = period.occupiedOn.length > 0 ? tx.t("cli.show.occupied", { dates: datesText(period.occupiedOn, tx) }) : "";
        const returned = period.returnedOn.length > 0 ? tx.t("cli.show.returned", { dates: datesText(period.returnedOn, tx) }) : "";
        fact(tx.t("cli.show.control"), [occupied, returned].filter(Boolean).join("; "));
      }
      related(tx.t("cli.show.statistics"), "statistic", atlas.regionStatistics(r.id), (s) => statisticLine(atlas, s, tx));
      related(tx.t("cli.show.deposits-in-region"), "deposit", atlas.regionDeposits(r.id), (d) => depositLine(atlas, d, tx));
      break;
    }
    case "deposit": {
      const d = entry.record;
      fact(tx.t("cli.table.district"), regionName(atlas, d.region, tx));
      fact(tx.t("cli.show.commodities"), commoditiesText(d, tx));
      fact(tx.t("cli.show.status"), depositStatusText(d, tx));
      fact(tx.t("cli.show.largest-reserve"), largestReserveText(atlas, d, tx));
      fact(tx.t("cli.show.operator"), operatorText(atlas, d, tx));
      break;
    }
    case "statistic":
      fact(tx.t("common.figures"), figuresText(entry.record.observations, tx));
      break;
    case "company":
      related(tx.t("cli.show.company-deposits"), "deposit", atlas.companyDeposits(entry.record.id), (d) => depositLine(atlas, d, tx));
      break;
    default:
      break;
  }
  if (out.length > 0) out.push({ text: "", indent: 0, tone: "text" });
  return out;
}
