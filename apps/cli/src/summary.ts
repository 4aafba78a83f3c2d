/**
 * What a record is, in a few lines, before all of its fields: its kind, its key figures (as the
 * domain formats them, with qualifier and unit, the date and how many sources), the dates of
 * control, and the records related to it with their values inline — a district's statistics
 * with their latest figure, its deposits with commodities, status and operator. `show` and the
 * browser's detail pane both start with these lines.
 */
import { COMMODITY, figureDate, formatCompetingFigures, formatDate, sortFiguresByDate, type DateClaim, type Figure } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import type { Line } from "./lines.js";
import { depositStatusText, largestReserveText, operatorText } from "./table.js";

type Of<K extends AnyRecord["kind"]> = Extract<AnyRecord, { kind: K }>["record"];

/** "1,936–3,054 square kilometres (2 sources; latest 2020)": all sources' values, never one picked. */
export function figuresText(figures: readonly Figure[]): string {
  if (figures.length === 0) return "";
  const sources = new Set(figures.flatMap((f) => f.citations.map((c) => c.source))).size;
  const latest = sortFiguresByDate(figures).map((f) => figureDate(f)).filter((d): d is string => Boolean(d)).at(-1);
  const values = figures.length === 1 ? formatCompetingFigures(figures) : formatCompetingFigures(figures).replace(/^\d+ sources?: /, "");
  const notes = [`${sources} source${sources === 1 ? "" : "s"}`, latest ? `${figures.length === 1 ? "" : "latest "}${formatDate(latest)}` : ""].filter(Boolean);
  return `${values} (${notes.join("; ")})`;
}

/** "2 April 1993 (1 source)", or every date where the sources differ. */
function datesText(claims: readonly DateClaim[]): string {
  const dates = [...new Set(claims.map((c) => c.date))];
  const sources = new Set(claims.flatMap((c) => c.citations.map((x) => x.source))).size;
  return `${dates.map(formatDate).join(" or ")} (${sources} source${sources === 1 ? "" : "s"})`;
}

const commodities = (d: Of<"deposit">) => d.commodities.map((c) => COMMODITY.labels[c].toLowerCase()).join(", ");

/** A deposit in one line: name, commodities, status, the largest stated reserve, operator. */
export function depositLine(atlas: Atlas, d: Of<"deposit">): string {
  const parts = [commodities(d), depositStatusText(d), largestReserveText(atlas, d) && `largest stated: ${largestReserveText(atlas, d)}`, operatorText(atlas, d) && `operator: ${operatorText(atlas, d)}`];
  return `${d.names.en} — ${parts.filter(Boolean).join("; ")}`;
}

/** A statistic in one line: its title and every source's figure. */
export function statisticLine(atlas: Atlas, s: Of<"statistic">): string {
  return `${atlas.title({ kind: "statistic", record: s })}: ${figuresText(s.observations)}`;
}

/** Summaries already written, per atlas and record: the browser asks again at every size. */
const written = new WeakMap<Atlas, WeakMap<object, Line[]>>();

/** The summary lines of a record (empty for kinds that have nothing to add to their fields). */
export function summaryLines(atlas: Atlas, entry: AnyRecord): Line[] {
  let byRecord = written.get(atlas);
  if (!byRecord) written.set(atlas, (byRecord = new WeakMap()));
  let lines = byRecord.get(entry.record);
  if (!lines) byRecord.set(entry.record, (lines = writeSummary(atlas, entry)));
  return lines;
}

function writeSummary(atlas: Atlas, entry: AnyRecord): Line[] {
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
      fact("Area", figuresText(r.area));
      fact("Population", figuresText(r.population));
      for (const period of r.control) {
        const occupied = period.occupiedOn.length > 0 ? `occupied ${datesText(period.occupiedOn)}` : "";
        const returned = period.returnedOn.length > 0 ? `returned ${datesText(period.returnedOn)}` : "";
        fact("Control", [occupied, returned].filter(Boolean).join("; "));
      }
      related("Statistics", "statistic", atlas.regionStatistics(r.id), (s) => statisticLine(atlas, s));
      related("Deposits in this region", "deposit", atlas.regionDeposits(r.id), (d) => depositLine(atlas, d));
      break;
    }
    case "deposit": {
      const d = entry.record;
      fact("District", atlas.region(d.region)?.names.en ?? d.region);
      fact("Commodities", commodities(d));
      fact("Status", depositStatusText(d));
      fact("Largest stated reserve", largestReserveText(atlas, d));
      fact("Operator", operatorText(atlas, d));
      break;
    }
    case "statistic":
      fact("Figures", figuresText(entry.record.observations));
      break;
    case "company":
      related("Deposits (the company or its subsidiaries)", "deposit", atlas.companyDeposits(entry.record.id), (d) => depositLine(atlas, d));
      break;
    default:
      break;
  }
  if (out.length > 0) out.push({ text: "", indent: 0, tone: "text" });
  return out;
}
