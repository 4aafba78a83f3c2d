/**
 * `show <id> --json` and `sources <id> --json`: the record exactly as the data package returns
 * it, with the records the text output lists beside it — a district's statistics with their
 * latest figures, its deposits with commodities, status, largest stated reserve and operators, a
 * deposit's companies, what a source is cited for. The shape is documented in the README
 * ("JSON of one record") and is the same for every kind: `related` always has every key its
 * kind lists, an empty array where there is nothing.
 */
import { figureDate, sortFiguresByDate, type EntityKind, type PartialDate } from "@karabakh-atlas/domain/vocabulary";
import { currentStatus, currentStatusClaims, type AnyRecord, type Atlas } from "@karabakh-atlas/data/core";
import { figuresText } from "./summary.js";
import { largestReserveFigure } from "./table.js";

type Of<K extends AnyRecord["kind"]> = Extract<AnyRecord, { kind: K }>["record"];
type Observation = Of<"statistic">["observations"][number];

/** A record named by another: its kind, id and title, as `show` names it. */
export interface RecordRef {
  kind: EntityKind;
  id: string;
  title: string;
}

/** A statistic as a related record: every source's figure in words, and the figures of its latest date. */
export interface StatisticSummary extends RecordRef {
  kind: "statistic";
  /** As the text output prints it: "511 people (1 source; 1993)"; every source's value, none picked. */
  figures: string;
  /** The observations of the latest date any of them describes (one per source at that date), as the record holds them. */
  latest: { date: PartialDate | null; observations: Observation[] };
}

/** A deposit as a related record: what the deposits table compares. */
export interface DepositSummary extends RecordRef {
  kind: "deposit";
  region: RecordRef | null;
  commodities: Of<"deposit">["commodities"];
  /** The latest status (`disputed` where the sources of that date differ), with every status they give. */
  status: string | null;
  statuses: string[];
  statusAsOf: PartialDate | null;
  /** The largest reserve or resource figure any source states, as the record holds it (with its citations). */
  largestStatedReserve: Of<"deposit">["figures"][number] | null;
  /** The companies named as operator in its operations, latest first. */
  operators: RecordRef[];
}

/** A place where a source is cited: the record, the field, the locator and the source's words or a labelled summary. */
export interface SourceCitedBy extends RecordRef {
  field: string;
  locator: string;
  excerpt?: string;
  summary?: string;
}

export interface RecordJson {
  kind: EntityKind;
  id: string;
  title: string;
  /** The record as `@karabakh-atlas/data` returns it. */
  record: AnyRecord["record"];
  /** What `show` prints first of a deposit or a statistic (its status and reserve, its figures), worked out from the record; null for other kinds. */
  summary: DepositSummary | StatisticSummary | null;
  /** What the text output lists with it, by relation; which keys a kind has is fixed (README). */
  related: Record<string, (RecordRef | StatisticSummary | DepositSummary | SourceCitedBy)[]>;
}

function ref(atlas: Atlas, kind: EntityKind, record: { id: string }): RecordRef {
  return { kind, id: record.id, title: atlas.title({ kind, record } as AnyRecord) };
}

export function statisticSummary(atlas: Atlas, s: Of<"statistic">): StatisticSummary {
  const sorted = sortFiguresByDate(s.observations);
  const latestDate = sorted.map((f) => figureDate(f)).filter((d): d is PartialDate => Boolean(d)).at(-1) ?? null;
  const observations = latestDate ? sorted.filter((f) => figureDate(f) === latestDate) : sorted;
  return { ...ref(atlas, "statistic", s), kind: "statistic", figures: figuresText(s.observations), latest: { date: latestDate, observations } };
}

export function depositSummary(atlas: Atlas, d: Of<"deposit">): DepositSummary {
  const region = atlas.region(d.region);
  const claims = currentStatusClaims(d);
  const operators = d.operations
    .filter((o) => o.role === "operator")
    .sort((a, b) => String(b.from ?? "").localeCompare(String(a.from ?? "")));
  const seen = new Set<string>();
  const operatorRefs: RecordRef[] = [];
  for (const o of operators) {
    if (seen.has(o.company)) continue;
    seen.add(o.company);
    const company = atlas.company(o.company);
    operatorRefs.push(company ? ref(atlas, "company", company) : { kind: "company", id: o.company, title: o.company });
  }
  return {
    ...ref(atlas, "deposit", d),
    kind: "deposit",
    region: region ? ref(atlas, "region", region) : null,
    commodities: d.commodities,
    status: currentStatus(d) ?? null,
    statuses: [...new Set(claims.map((c) => c.status))],
    statusAsOf: claims[0]?.asOf ?? null,
    largestStatedReserve: largestReserveFigure(d) ?? null,
    operators: operatorRefs,
  };
}

/** The related records of one record, by relation, in the order `show` prints them. */
export function relatedRecords(atlas: Atlas, entry: AnyRecord): RecordJson["related"] {
  const refs = (kind: EntityKind, records: readonly { id: string }[]) => records.map((r) => ref(atlas, kind, r));
  switch (entry.kind) {
    case "region": {
      const id = entry.record.id;
      return {
        statistics: atlas.regionStatistics(id).map((s) => statisticSummary(atlas, s)),
        deposits: atlas.regionDeposits(id).map((d) => depositSummary(atlas, d)),
        partOf: refs("region", atlas.regionAncestors(id)),
        inside: refs("region", atlas.regionChildren(id)),
        unDocuments: refs("resolution", atlas.regionResolutions(id)),
        heritageSites: refs("heritage-site", atlas.regionHeritageSites(id)),
        timeline: refs("event", atlas.regionEvents(id)),
      };
    }
    case "deposit": {
      const companies = atlas.depositCompanies(entry.record.id);
      const parents = new Map<string, RecordRef>();
      for (const c of companies) for (const p of atlas.ownershipChainUp(c.id)) parents.set(p.id, ref(atlas, "company", p));
      return { companies: refs("company", companies), parentCompanies: [...parents.values()] };
    }
    case "company": {
      const id = entry.record.id;
      return {
        deposits: atlas.companyDeposits(id).map((d) => depositSummary(atlas, d)),
        parentCompanies: refs("company", atlas.ownershipChainUp(id)),
        subsidiaries: refs("company", atlas.companySubsidiaries(id)),
      };
    }
    case "statistic": {
      const subject = atlas.region(entry.record.subject);
      return { subject: subject ? refs("region", [subject]) : [] };
    }
    case "source":
      return {
        citedBy: atlas.sourceUses(entry.record.id).map((u): SourceCitedBy => ({
          kind: u.kind,
          id: u.id,
          title: u.title,
          field: u.field,
          locator: u.locator,
          ...(u.excerpt !== undefined ? { excerpt: u.excerpt } : {}),
          ...(u.summary !== undefined ? { summary: u.summary } : {}),
        })),
      };
    default:
      return {};
  }
}

/** The JSON of one record for `show --json` and `sources <id> --json`. */
export function recordJson(atlas: Atlas, entry: AnyRecord): RecordJson {
  const summary = entry.kind === "deposit" ? depositSummary(atlas, entry.record) : entry.kind === "statistic" ? statisticSummary(atlas, entry.record) : null;
  return { kind: entry.kind, id: entry.record.id, title: atlas.title(entry), record: entry.record, summary, related: relatedRecords(atlas, entry) };
}
