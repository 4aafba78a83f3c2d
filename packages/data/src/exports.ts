/**
 * Open-data exports of a dataset: CSV tables (RFC 4180, UTF-8, header row), GeoJSON point
 * layers, JSON Schemas and a Frictionless Data Package descriptor. Pure functions: a dataset
 * in, text or plain objects out; no I/O. The data package's build writes them to
 * `generated/exports/`; the CLI and the web app call the same functions.
 */
import { stringify } from "csv-stringify/sync";
import {
  COMMODITY,
  DEPOSIT_MILESTONE,
  DEPOSIT_STATUS,
  ENTITY_KIND_TABLE,
  LOCATION_PRECISION,
  REGION_KIND,
  formatFigure,
  type Citation,
  type Company,
  type Dataset,
  type DateClaim,
  type Deposit,
  type EntityKind,
  type Event,
  type Figure,
  type HeritageSite,
  type Location,
  type Programme,
  type Region,
  type Resolution,
  type Source,
  type Statistic,
} from "@karabakh-atlas/domain/vocabulary";
import { JSON_SCHEMAS_JSON } from "../generated/json-schemas.js";
import { createAtlas, currentStatus } from "./atlas.js";

/** Separator of several values in one CSV cell (e.g. `copper | gold`). */
export const CSV_LIST_SEPARATOR = " | ";

type Cell = string | number | boolean | undefined;
/** Frictionless Table Schema field types used by the exports. */
export type ExportFieldType = "string" | "integer" | "number" | "boolean";

interface ExportColumn<R> {
  name: string;
  type: ExportFieldType;
  description: string;
  value: (row: R) => Cell;
}

export interface ExportForeignKey {
  fields: string;
  /** Table (CSV file name without `.csv`) and field the value refers to. */
  table: string;
  field: string;
}

/** One CSV table: its name (file `<name>.csv`), what a row is, its columns and keys. */
interface ExportTable<R = unknown> {
  name: string;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: readonly ExportForeignKey[];
  columns: readonly ExportColumn<R>[];
  rows: (dataset: Dataset) => R[];
}

// ---- helpers --------------------------------------------------------------------------------

const join = (values: readonly (string | number | undefined)[]): string | undefined => {
  const present = values.filter((v): v is string | number => v !== undefined && v !== "");
  return present.length > 0 ? present.map(String).join(CSV_LIST_SEPARATOR) : undefined;
};
const dates = (claims: readonly DateClaim[]): string | undefined => join(claims.map((c) => c.date));
const col = <R>(name: string, type: ExportFieldType, description: string, value: (row: R) => Cell): ExportColumn<R> => ({
  name,
  type,
  description,
  value,
});
const str = <R>(name: string, description: string, value: (row: R) => Cell) => col<R>(name, "string", description, value);

function nameColumns<R extends { id: string; names: { en: string; az?: string; ru?: string; hy?: string }; aliases: { name: string }[] }>(): ExportColumn<R>[] {
  return [
    str("id", "Stable id of the record.", (r) => r.id),
    str("name_en", "English name.", (r) => r.names.en),
    str("name_az", "Azerbaijani name.", (r) => r.names.az),
    str("name_ru", "Russian name.", (r) => r.names.ru),
    str("name_hy", "Armenian-used name.", (r) => r.names.hy),
    str("aliases", `Other names in use, separated by '${CSV_LIST_SEPARATOR.trim()}'.`, (r) => join(r.aliases.map((a) => a.name))),
  ];
}

function locationColumns<R>(prefix: string, get: (row: R) => Location | undefined): ExportColumn<R>[] {
  return [
    col(`${prefix}_lat`, "number", "Latitude, WGS 84.", (r) => get(r)?.lat),
    col(`${prefix}_lon`, "number", "Longitude, WGS 84.", (r) => get(r)?.lon),
    str(`${prefix}_precision`, `How precise the point is: ${LOCATION_PRECISION.values.join(", ")}.`, (r) => get(r)?.precision),
  ];
}

const listNote = `several values are separated by '${CSV_LIST_SEPARATOR.trim()}'`;

// ---- the long tables: records, figures, links, claims, citations -----------------------------

interface RecordRow {
  kind: EntityKind;
  id: string;
  title: string;
  record: Record<string, unknown>;
}

function recordRows(dataset: Dataset): RecordRow[] {
  const atlas = createAtlas(dataset);
  return ENTITY_KIND_TABLE.flatMap(({ kind, dir }) =>
    (dataset[dir] as unknown as Record<string, unknown>[]).map((record) => {
      const id = String(record.id);
      const entry = atlas.find(id);
      return { kind, id, title: entry ? atlas.title(entry) : id, record };
    }),
  );
}

type FigureExtra = { category?: string; commodity?: string; metric?: string; label?: string };
interface FigureRow {
  figureId: string;
  kind: EntityKind;
  id: string;
  field: string;
  figure: Figure & FigureExtra;
}

/** Where figures live in each kind of record (`share` is one figure, the rest are lists). */
function figureRows(dataset: Dataset): FigureRow[] {
  const out: FigureRow[] = [];
  const add = (kind: EntityKind, id: string, field: string, figure: Figure & FigureExtra) =>
    out.push({ figureId: `${id}/${field}`, kind, id, field, figure });
  for (const r of dataset.regions) {
    r.area.forEach((f, i) => add("region", r.id, `area[${i}]`, f));
    r.population.forEach((f, i) => add("region", r.id, `population[${i}]`, f));
  }
  for (const d of dataset.deposits) d.figures.forEach((f, i) => add("deposit", d.id, `figures[${i}]`, f));
  for (const c of dataset.companies) {
    c.figures.forEach((f, i) => add("company", c.id, `figures[${i}]`, f));
    c.ownership.forEach((o, i) => {
      if (o.share) add("company", c.id, `ownership[${i}].share`, o.share);
    });
  }
  for (const s of dataset.statistics) s.observations.forEach((f, i) => add("statistic", s.id, `observations[${i}]`, f));
  return out;
}

interface LinkRow {
  linkId: string;
  kind: EntityKind;
  id: string;
  field: string;
  target: string;
  relation: string;
  role?: string;
  from?: string;
  to?: string;
  note?: string;
  /** Path of the object whose `citations` (or of the `*Citations` list) support the link. */
  citedAt?: string;
}

const EVENT_RELATION = { regions: "region", resolutions: "resolution", companies: "company", deposits: "deposit", programmes: "programme" } as const;

/** Every reference from one record to another, one row each. */
function linkRows(dataset: Dataset): LinkRow[] {
  const out: LinkRow[] = [];
  const add = (kind: EntityKind, id: string, field: string, target: string | undefined, relation: string, extra: Partial<LinkRow> = {}) => {
    if (target !== undefined) out.push({ linkId: `${id}/${field}`, kind, id, field, target, relation, ...extra });
  };
  for (const r of dataset.regions) {
    add("region", r.id, "parent", r.parent, "parent");
    add("region", r.id, "adminCentre", r.adminCentre, "admin-centre");
    r.economicRegions.forEach((l, i) =>
      add("region", r.id, `economicRegions[${i}]`, l.id, "economic-region", { from: l.from, to: l.to, note: l.note, citedAt: `economicRegions[${i}]` }),
    );
  }
  for (const d of dataset.deposits) {
    add("deposit", d.id, "region", d.region, "region", { citedAt: "regionCitations" });
    add("deposit", d.id, "nearestSettlement", d.nearestSettlement, "nearest-settlement");
    d.regionClaims.forEach((c, i) => add("deposit", d.id, `regionClaims[${i}]`, c.region, "region-claim", { note: c.note, citedAt: `regionClaims[${i}]` }));
    d.operations.forEach((o, i) =>
      add("deposit", d.id, `operations[${i}]`, o.company, "operation", { role: o.role, from: o.from, to: o.to, note: o.note, citedAt: `operations[${i}]` }),
    );
  }
  for (const c of dataset.companies) {
    c.ownership.forEach((o, i) =>
      add("company", c.id, `ownership[${i}]`, o.parent, "ownership", { role: o.relation, from: o.from, to: o.to, note: o.note, citedAt: `ownership[${i}]` }),
    );
  }
  for (const r of dataset.resolutions) {
    r.regions.forEach((l, i) => add("resolution", r.id, `regions[${i}]`, l.id, "names-region", { note: l.note, citedAt: `regions[${i}]` }));
    r.related.forEach((l, i) => add("resolution", r.id, `related[${i}]`, l.id, "related", { note: l.note, citedAt: `related[${i}]` }));
    add("resolution", r.id, "sourceDocument", r.sourceDocument, "source-document");
  }
  for (const s of dataset.sources) add("source", s.id, "citedIn", s.citedIn, "cited-in");
  for (const s of dataset.statistics) {
    add("statistic", s.id, "subject", s.subject, "subject");
    add("statistic", s.id, "event", s.event, "event");
  }
  for (const h of dataset["heritage-sites"]) {
    add("heritage-site", h.id, "region", h.region, "region");
    add("heritage-site", h.id, "settlement", h.settlement, "settlement");
  }
  for (const e of dataset.events) {
    for (const field of ["regions", "resolutions", "companies", "deposits", "programmes"] as const) {
      e[field].forEach((target, i) => add("event", e.id, `${field}[${i}]`, target, EVENT_RELATION[field]));
    }
  }
  return out;
}

interface ClaimRow {
  claimId: string;
  kind: EntityKind;
  id: string;
  field: string;
  type: "statement" | "date" | "status" | "demand";
  statement?: string;
  date?: string;
  status?: string;
  assessment?: string;
  assessmentReason?: string;
  preferred?: boolean;
  note?: string;
}

/** Statements, dates and statuses that sources state, one row per claim. */
function claimRows(dataset: Dataset): ClaimRow[] {
  const out: ClaimRow[] = [];
  const add = (kind: EntityKind, id: string, field: string, row: Omit<ClaimRow, "claimId" | "kind" | "id" | "field">) =>
    out.push({ claimId: `${id}/${field}`, kind, id, field, ...row });
  const statements = (kind: EntityKind, id: string, claims: { statement: string; assessment?: string; assessmentReason?: string; preferred?: boolean; note?: string }[]) =>
    claims.forEach((c, i) => add(kind, id, `claims[${i}]`, { type: "statement", ...c }));
  const dated = (kind: EntityKind, id: string, field: string, claims: readonly DateClaim[]) =>
    claims.forEach((c, i) => add(kind, id, `${field}[${i}]`, { type: "date", ...c }));
  for (const r of dataset.regions) {
    statements("region", r.id, r.claims);
    r.control.forEach((p, i) => {
      dated("region", r.id, `control[${i}].occupiedOn`, p.occupiedOn);
      dated("region", r.id, `control[${i}].returnedOn`, p.returnedOn);
    });
  }
  for (const d of dataset.deposits) {
    statements("deposit", d.id, d.claims);
    d.status.forEach((s, i) => add("deposit", d.id, `status[${i}]`, { type: "status", status: s.status, date: s.asOf, note: s.note }));
    d.milestones.forEach((m, i) =>
      add("deposit", d.id, `milestones[${i}]`, { type: "date", statement: DEPOSIT_MILESTONE.labels[m.kind], date: m.date, note: m.note }),
    );
  }
  for (const c of dataset.companies) {
    statements("company", c.id, c.claims);
    dated("company", c.id, "founded", c.founded);
  }
  for (const r of dataset.resolutions) {
    statements("resolution", r.id, r.claims);
    dated("resolution", r.id, "adoptedOn", r.adoptedOn);
    r.demands.forEach((d, i) => add("resolution", r.id, `demands[${i}]`, { type: "demand", statement: d.text }));
  }
  for (const h of dataset["heritage-sites"]) {
    statements("heritage-site", h.id, h.claims);
    h.statuses.forEach((s, i) => add("heritage-site", h.id, `statuses[${i}]`, { type: "status", status: s.status, date: s.asOf, note: s.by ? `by: ${s.by}` : undefined }));
  }
  for (const e of dataset.events) statements("event", e.id, e.claims);
  for (const p of dataset.programmes) {
    statements("programme", p.id, p.claims);
    dated("programme", p.id, "adopted", p.adopted);
  }
  return out;
}

interface CitationRow {
  citationId: string;
  kind: EntityKind;
  id: string;
  field: string;
  index: number;
  citation: Citation;
  figureId?: string;
  linkId?: string;
  claimId?: string;
}

/** Calls `visit` for every list of citations: the path of the object it supports and of the list. */
function walkCitations(value: unknown, path: string, visit: (field: string, listPath: string, list: Citation[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkCitations(item, `${path}[${i}]`, visit));
    return;
  }
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = path ? `${path}.${key}` : key;
    if (key === "citations" && Array.isArray(child)) visit(path, childPath, child as Citation[]);
    else if (/Citations$/.test(key) && Array.isArray(child)) visit(childPath, childPath, child as Citation[]);
    else walkCitations(child, childPath, visit);
  }
}

/** Every citation anywhere in the dataset, with what it supports. */
function citationRows(dataset: Dataset): CitationRow[] {
  const figures = new Map(figureRows(dataset).map((f) => [f.figureId, f.figureId]));
  const links = new Map(linkRows(dataset).map((l) => [`${l.id}/${l.citedAt ?? l.field}`, l.linkId]));
  const claims = new Map(claimRows(dataset).map((c) => [c.claimId, c.claimId]));
  const out: CitationRow[] = [];
  for (const { kind, dir } of ENTITY_KIND_TABLE) {
    for (const record of dataset[dir] as unknown as { id: string }[]) {
      walkCitations(record, "", (field, listPath, list) => {
        const key = `${record.id}/${field}`;
        list.forEach((citation, index) => {
          const citationId = `${record.id}/${listPath}[${index}]`;
          out.push({ citationId, kind, id: record.id, field, index, citation, figureId: figures.get(key), linkId: links.get(key), claimId: claims.get(key) });
        });
      });
    }
  }
  return out;
}

const recordKey = (table = "records"): ExportForeignKey => ({ fields: "record_id", table, field: "id" });
const kindColumn = <R extends { kind: EntityKind }>() => str<R>("record_kind", `Kind of the record: ${ENTITY_KIND_TABLE.map((k) => k.kind).join(", ")}.`, (r) => r.kind);
const idColumn = <R extends { id: string }>() => str<R>("record_id", "Id of the record (foreign key to records.csv).", (r) => r.id);
const fieldColumn = <R extends { field: string }>(what: string) =>
  str<R>("field", `Path of the ${what} inside the record in dataset.json, e.g. \`figures[0]\`.`, (r) => r.field);
const assessmentColumns = <R>(get: (row: R) => { assessment?: string; assessmentReason?: string; preferred?: boolean; note?: string }): ExportColumn<R>[] => [
  str("assessment", "Editorial assessment where sources disagree (accepted, disputed, erroneous, superseded); empty if not assessed.", (r) => get(r).assessment),
  str("assessment_reason", "Why the assessment was made.", (r) => get(r).assessmentReason),
  col("preferred", "boolean", "True when ranked preferred among competing values.", (r) => get(r).preferred),
  str("note", "Editorial note.", (r) => get(r).note),
];

const recordsTable: ExportTable<RecordRow> = {
  name: "records",
  title: "Records",
  description: "Every record of every kind, one row each: the index that the long tables refer to.",
  primaryKey: "id",
  foreignKeys: [],
  rows: recordRows,
  columns: [
    str("id", "Id of the record; unique across all kinds.", (r) => r.id),
    str("kind", `Kind: ${ENTITY_KIND_TABLE.map((k) => k.kind).join(", ")}.`, (r) => r.kind),
    str("table", "CSV table holding the record's own columns.", (r) => ENTITY_KIND_TABLE.find((k) => k.kind === r.kind)?.dir),
    str("title", "Display title of the record.", (r) => r.title),
  ],
};

const figuresTable: ExportTable<FigureRow> = {
  name: "figures",
  title: "Figures",
  description:
    "Every number the records hold (area, population, deposit and company figures, statistic observations, ownership shares), one row per figure as one source states it. Competing figures for one fact are separate rows.",
  primaryKey: "figure_id",
  foreignKeys: [recordKey()],
  rows: figureRows,
  columns: [
    str("figure_id", "`<record id>/<field>`: unique id of the figure.", (r) => r.figureId),
    idColumn(),
    kindColumn(),
    fieldColumn("figure"),
    str("category", "Deposit figures: resource category (reserves, resources, production, grade, …).", (r) => r.figure.category),
    str("commodity", `Deposit figures: commodity (${COMMODITY.values.slice(0, 4).join(", ")}, …).`, (r) => r.figure.commodity),
    str("metric", "Company figures: what is measured.", (r) => r.figure.metric),
    str("label", "What the figure measures where category, commodity or metric do not say.", (r) => r.figure.label),
    col("value", "number", "The stated value; empty for a range.", (r) => r.figure.value),
    col("lower", "number", "Lower bound of a range.", (r) => r.figure.lower),
    col("upper", "number", "Upper bound of a range.", (r) => r.figure.upper),
    str("qualifier", "How the source qualifies the value: exact, about, more-than, at-least, up-to, less-than, dozens, hundreds, thousands.", (r) => r.figure.qualifier),
    str("unit", "Unit of the value.", (r) => r.figure.unit),
    str("as_of", "Date the figure describes (YYYY, YYYY-MM or YYYY-MM-DD).", (r) => r.figure.asOf),
    str("period_start", "Start of the period the figure covers.", (r) => r.figure.period?.start),
    str("period_end", "End of the period the figure covers.", (r) => r.figure.period?.end),
    str("text", "The figure as text, e.g. `more than 70,000 people`.", (r) => formatFigure(r.figure)),
    str("sources", `Ids of the sources cited for the figure; ${listNote}.`, (r) => join([...new Set(r.figure.citations.map((c) => c.source))])),
    ...assessmentColumns<FigureRow>((r) => r.figure),
  ],
};

const linksTable: ExportTable<LinkRow> = {
  name: "links",
  title: "Links",
  description:
    "Every reference from one record to another (a deposit's district and operators, a company's parents, the regions a UN document names, …), one row each.",
  primaryKey: "link_id",
  foreignKeys: [recordKey(), { fields: "target_id", table: "records", field: "id" }],
  rows: linkRows,
  columns: [
    str("link_id", "`<record id>/<field>`: unique id of the link.", (r) => r.linkId),
    idColumn(),
    kindColumn(),
    fieldColumn("reference"),
    str("relation", "What the link means: parent, admin-centre, economic-region, region, region-claim (a district a source places a deposit in), nearest-settlement, operation, ownership, names-region, related, source-document, cited-in, subject, event, settlement, or the kind of record an event involves.", (r) => r.relation),
    str("target_id", "Id of the record referred to (foreign key to records.csv).", (r) => r.target),
    str("role", "Operation role (operator, owner, licensee, …) or ownership relation.", (r) => r.role),
    str("from", "Start date of the relationship.", (r) => r.from),
    str("to", "End date of the relationship.", (r) => r.to),
    str("note", "Editorial note.", (r) => r.note),
  ],
};

const claimsTable: ExportTable<ClaimRow> = {
  name: "claims",
  title: "Claims",
  description: "Statements, dates (occupation, return, adoption, founding, a deposit's milestones), statuses and demands as sources state them, one row per claim.",
  primaryKey: "claim_id",
  foreignKeys: [recordKey()],
  rows: claimRows,
  columns: [
    str("claim_id", "`<record id>/<field>`: unique id of the claim.", (r) => r.claimId),
    idColumn(),
    kindColumn(),
    fieldColumn("claim"),
    str("type", "statement, date, status or demand.", (r) => r.type),
    str("statement", "What the source says, paraphrased plainly (statements and demands).", (r) => r.statement),
    str("date", "The date claimed, or the date a status refers to.", (r) => r.date),
    str("status", "The status claimed (deposit or heritage-site status).", (r) => r.status),
    ...assessmentColumns<ClaimRow>((r) => r),
  ],
};

const citationsTable: ExportTable<CitationRow> = {
  name: "citations",
  title: "Citations",
  description:
    "Every citation in the dataset: which source says so, where in it and in which words, and what it supports (a figure, a link, a claim, or another field of the record).",
  primaryKey: "citation_id",
  foreignKeys: [
    recordKey(),
    { fields: "source_id", table: "sources", field: "id" },
    { fields: "figure_id", table: "figures", field: "figure_id" },
    { fields: "link_id", table: "links", field: "link_id" },
    { fields: "claim_id", table: "claims", field: "claim_id" },
  ],
  rows: citationRows,
  columns: [
    str("citation_id", "`<record id>/<path of the citation>`, e.g. `kalbajar/area[0].citations[1]`: unique id of the citation.", (r) => r.citationId),
    idColumn(),
    kindColumn(),
    fieldColumn("cited object (empty for the record itself)"),
    col("position", "integer", "0-based position among the citations of the same object.", (r) => r.index),
    str("figure_id", "The figure the citation supports (foreign key to figures.csv), if any.", (r) => r.figureId),
    str("link_id", "The link the citation supports (foreign key to links.csv), if any.", (r) => r.linkId),
    str("claim_id", "The claim the citation supports (foreign key to claims.csv), if any.", (r) => r.claimId),
    str("source_id", "Id of the source (foreign key to sources.csv).", (r) => r.citation.source),
    str("locator", "Where in the source: paragraph, page, table, section.", (r) => r.citation.locator),
    str("excerpt", "Short verbatim excerpt that shows the fact.", (r) => r.citation.excerpt),
    str("note", "Editorial note on the citation.", (r) => r.citation.note),
  ],
};

// ---- one table per kind ----------------------------------------------------------------------

const regionsTable: ExportTable<Region> = {
  name: "regions",
  title: "Regions",
  description: "Countries, economic regions, districts, towns and villages. Area and population figures are in figures.csv.",
  primaryKey: "id",
  foreignKeys: [
    { fields: "parent", table: "regions", field: "id" },
    { fields: "admin_centre", table: "regions", field: "id" },
  ],
  rows: (d) => d.regions,
  columns: [
    ...nameColumns<Region>(),
    str("kind", `Kind of region: ${REGION_KIND.values.join(", ")}.`, (r) => r.kind),
    str("parent", "Id of the enclosing region.", (r) => r.parent),
    str("iso", "ISO 3166-1 alpha-2 code, for countries.", (r) => r.iso),
    str("admin_centre", "Id of the administrative centre.", (r) => r.adminCentre),
    ...locationColumns<Region>("centre", (r) => r.centre),
    str("economic_regions", `Ids of the economic regions it belongs to; ${listNote}.`, (r) => join(r.economicRegions.map((e) => e.id))),
    str("occupied_on", `Occupation date(s), one per source where they disagree; ${listNote}. Details in claims.csv.`, (r) => join(r.control.flatMap((c) => c.occupiedOn.map((d) => d.date)))),
    str("returned_on", `Return date(s); ${listNote}. Details in claims.csv.`, (r) => join(r.control.flatMap((c) => c.returnedOn.map((d) => d.date)))),
    str("return_mode", "How it was returned.", (r) => join(r.control.map((c) => c.returnMode))),
    col("area_figures", "integer", "Number of area figures in figures.csv.", (r) => r.area.length),
    col("population_figures", "integer", "Number of population figures in figures.csv.", (r) => r.population.length),
  ],
};

const depositsTable: ExportTable<Deposit> = {
  name: "deposits",
  title: "Deposits",
  description: "Mineral deposits and mines. Operators are in links.csv (relation `operation`), figures in figures.csv.",
  primaryKey: "id",
  foreignKeys: [
    { fields: "region", table: "regions", field: "id" },
    { fields: "nearest_settlement", table: "regions", field: "id" },
  ],
  rows: (d) => d.deposits,
  columns: [
    ...nameColumns<Deposit>(),
    str("region", "Id of the district it lies in.", (r) => r.region),
    str("nearest_settlement", "Id of the nearest settlement.", (r) => r.nearestSettlement),
    ...locationColumns<Deposit>("location", (r) => r.location),
    str("commodities", `Commodities; ${listNote}.`, (r) => join(r.commodities)),
    str("deposit_type", "Geological type as the source names it.", (r) => r.depositType),
    str("mining_type", "underground, open-pit, underground-and-open-pit, placer or unknown.", (r) => r.miningType),
    str(
      "status",
      `Latest status the sources give: ${DEPOSIT_STATUS.values.join(", ")}, or disputed when sources give different statuses for the same latest date. All statuses are in claims.csv.`,
      (r) => currentStatus(r),
    ),
    col("in_territories", "boolean", "True when the deposit lies in the territories the atlas is about; false for deposits elsewhere in Azerbaijan.", (r) => r.inTerritories),
    col("cross_border", "boolean", "True when the deposit extends across a state border.", (r) => r.crossBorder),
    str("companies", `Ids of the companies that worked, owned or licensed it; ${listNote}.`, (r) => join([...new Set(r.operations.map((o) => o.company))])),
  ],
};

const companiesTable: ExportTable<Company> = {
  name: "companies",
  title: "Companies",
  description: "Companies that worked, owned or licensed a deposit. Ownership is in links.csv (relation `ownership`).",
  primaryKey: "id",
  foreignKeys: [],
  rows: (d) => d.companies,
  columns: [
    ...nameColumns<Company>(),
    str("kind", "state-owned, private or listed.", (r) => r.kind),
    str("legal_form", "Legal form as named.", (r) => r.legalForm),
    str("jurisdictions", `ISO 3166-1 alpha-2 countries of registration, per source; ${listNote}.`, (r) => join(r.jurisdictions.map((j) => j.country))),
    str("founded", `Founding date(s); ${listNote}.`, (r) => dates(r.founded)),
    str("founding_act", "Act that created the company.", (r) => r.foundingAct),
    str("parents", `Ids of parent companies; ${listNote}.`, (r) => join(r.ownership.map((o) => o.parent))),
    str("listings", `Stock listings as exchange:ticker; ${listNote}.`, (r) => join(r.listings.map((l) => `${l.exchange}:${l.ticker}`))),
    str("website", "Website.", (r) => r.website),
  ],
};

const resolutionsTable: ExportTable<Resolution> = {
  name: "resolutions",
  title: "UN documents",
  description: "UN and OSCE resolutions, presidential statements, letters and reports. The regions they name are in links.csv.",
  primaryKey: "id",
  foreignKeys: [{ fields: "source_document", table: "sources", field: "id" }],
  rows: (d) => d.resolutions,
  columns: [
    str("id", "Stable id of the record.", (r) => r.id),
    str("title", "Plain title.", (r) => r.title),
    str("body", "UN body or organisation.", (r) => r.body),
    str("kind", "resolution, presidential-statement, letter, report or statement.", (r) => r.kind),
    str("number", "Number, e.g. 822.", (r) => r.number),
    str("symbol", "Document symbol.", (r) => r.symbol),
    str("adopted_on", `Adoption date(s), per source; ${listNote}.`, (r) => dates(r.adoptedOn)),
    str("meeting", "Meeting number.", (r) => r.meeting),
    str("votes", `Votes as in favour-against-abstaining, per source; ${listNote}.`, (r) => join(r.votes.map((v) => `${v.inFavour}-${v.against}-${v.abstaining}`))),
    str("regions", `Ids of the regions it names; ${listNote}.`, (r) => join(r.regions.map((l) => l.id))),
    str("related", `Ids of related documents; ${listNote}.`, (r) => join(r.related.map((l) => l.id))),
    str("source_document", "Id of the source that is this document's text.", (r) => r.sourceDocument),
    str("aliases", `Other names; ${listNote}.`, (r) => join(r.aliases.map((a) => a.name))),
  ],
};

const statisticsTable: ExportTable<Statistic> = {
  name: "statistics",
  title: "Statistics",
  description: "Casualty and humanitarian statistics of a region; each source's value is a row of figures.csv (field `observations[n]`).",
  primaryKey: "id",
  foreignKeys: [
    { fields: "subject", table: "regions", field: "id" },
    { fields: "event", table: "events", field: "id" },
  ],
  rows: (d) => d.statistics,
  columns: [
    str("id", "Stable id of the record.", (r) => r.id),
    str("subject", "Id of the region or country the statistic is about.", (r) => r.subject),
    str("category", "What is counted.", (r) => r.category),
    str("population", "Population group counted.", (r) => r.population),
    str("period_start", "Start of the period covered.", (r) => r.period?.start),
    str("period_end", "End of the period covered.", (r) => r.period?.end),
    str("context", "What the figure is counted in relation to.", (r) => r.context),
    str("event", "Id of the event the statistic belongs to.", (r) => r.event),
    col("observations", "integer", "Number of observations (figures.csv rows).", (r) => r.observations.length),
  ],
};

const heritageTable: ExportTable<HeritageSite> = {
  name: "heritage-sites",
  title: "Heritage sites",
  description: "Named monuments, museums, castles, bridges, cloisters and mosques. Statuses per source are in claims.csv.",
  primaryKey: "id",
  foreignKeys: [
    { fields: "region", table: "regions", field: "id" },
    { fields: "settlement", table: "regions", field: "id" },
  ],
  rows: (d) => d["heritage-sites"],
  columns: [
    ...nameColumns<HeritageSite>(),
    str("kind", "Kind of site.", (r) => r.kind),
    str("region", "Id of the district.", (r) => r.region),
    str("settlement", "Id of the settlement.", (r) => r.settlement),
    ...locationColumns<HeritageSite>("location", (r) => r.location),
    str("statuses", `Statuses as sources state them; ${listNote}.`, (r) => join(r.statuses.map((s) => s.status))),
  ],
};

const eventsTable: ExportTable<Event> = {
  name: "events",
  title: "Events",
  description: "Dated events of the timeline. The records they involve are also in links.csv.",
  primaryKey: "id",
  foreignKeys: [],
  rows: (d) => d.events,
  columns: [
    str("id", "Stable id of the record.", (r) => r.id),
    str("title", "Plain, factual title.", (r) => r.title),
    str("kind", "Kind of event.", (r) => r.kind),
    str("date", "Date at the source's precision.", (r) => r.date),
    str("end_date", "End date.", (r) => r.endDate),
    str("date_note", "How the date was read.", (r) => r.dateNote),
    str("regions", `Ids of regions; ${listNote}.`, (r) => join(r.regions)),
    str("resolutions", `Ids of UN documents; ${listNote}.`, (r) => join(r.resolutions)),
    str("companies", `Ids of companies; ${listNote}.`, (r) => join(r.companies)),
    str("deposits", `Ids of deposits; ${listNote}.`, (r) => join(r.deposits)),
    str("programmes", `Ids of programmes; ${listNote}.`, (r) => join(r.programmes)),
    str("actors", `Bodies and people who acted; ${listNote}.`, (r) => join(r.actors)),
    str("participants", `Participants as name (role); ${listNote}.`, (r) => join(r.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)))),
    str("legal_articles", `Legal articles as code, article; ${listNote}.`, (r) => join(r.legalArticles.map((a) => `${a.code}, art. ${a.article}`))),
  ],
};

const programmesTable: ExportTable<Programme> = {
  name: "programmes",
  title: "Programmes",
  description: "State programmes and policies named in the sources.",
  primaryKey: "id",
  foreignKeys: [],
  rows: (d) => d.programmes,
  columns: [
    ...nameColumns<Programme>(),
    str("kind", "Kind of programme.", (r) => r.kind),
    str("initiated_by", "Who initiated it.", (r) => r.initiatedBy),
    str("adopted", `Adoption date(s); ${listNote}.`, (r) => dates(r.adopted)),
  ],
};

const sourcesTable: ExportTable<Source> = {
  name: "sources",
  title: "Sources",
  description: "The documents that records cite. citations.csv says which records each supports.",
  primaryKey: "id",
  foreignKeys: [{ fields: "cited_in", table: "sources", field: "id" }],
  rows: (d) => d.sources,
  columns: [
    str("id", "Stable id of the source.", (r) => r.id),
    str("title", "Title as published.", (r) => r.title),
    str("title_note", "Caveat on the title.", (r) => r.titleNote),
    str("publisher", "Who published it.", (r) => r.publisher),
    str("publisher_type", "government, un, intergovernmental, ngo, media, company, academic or encyclopedia.", (r) => r.publisherType),
    str("kind", "Kind of document.", (r) => r.kind),
    str("date", "Publication date.", (r) => r.date),
    str("date_note", "Why the date is missing or approximate.", (r) => r.dateNote),
    str("url", "Address of the document.", (r) => r.url),
    str("symbol", "Document symbol.", (r) => r.symbol),
    str("language", "Main language (BCP 47).", (r) => r.language),
    str("other_languages", `Other languages; ${listNote}.`, (r) => join(r.otherLanguages)),
    str("author", "Author, sender or speaker.", (r) => r.author),
    str("addressee", "Addressee of a letter.", (r) => r.addressee),
    str("document_date", "Date the document bears.", (r) => r.documentDate),
    str("sessions", `UN sessions; ${listNote}.`, (r) => join(r.sessions)),
    str("agenda_items", `Agenda items as number: title; ${listNote}.`, (r) => join(r.agendaItems.map((a) => `${a.number}: ${a.title}`))),
    str("seed_file", "File name among the project's seed documents.", (r) => r.seedFile),
    str("cited_in", "Id of the source through which this one is known, when it was not consulted directly.", (r) => r.citedIn),
    str("description", "What the document is.", (r) => r.description),
  ],
};

/*
 * Every CSV table: one per kind of record (named after its folder, e.g. `regions`), then the
 * long tables `records`, `figures`, `links`, `claims` and `citations`.
 */
const EXPORT_TABLES = [
  regionsTable,
  depositsTable,
  companiesTable,
  resolutionsTable,
  statisticsTable,
  heritageTable,
  eventsTable,
  programmesTable,
  sourcesTable,
  recordsTable,
  figuresTable,
  linksTable,
  claimsTable,
  citationsTable,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each table has its own row type
] as readonly ExportTable<any>[];

export type ExportTableName =
  | "regions"
  | "deposits"
  | "companies"
  | "resolutions"
  | "statistics"
  | "heritage-sites"
  | "events"
  | "programmes"
  | "sources"
  | "records"
  | "figures"
  | "links"
  | "claims"
  | "citations";

export const EXPORT_TABLE_NAMES = EXPORT_TABLES.map((t) => t.name) as readonly ExportTableName[];

/** What a table holds, for documentation: columns with their types and descriptions, keys. */
export interface ExportTableInfo {
  name: ExportTableName;
  title: string;
  description: string;
  primaryKey: string;
  foreignKeys: readonly ExportForeignKey[];
  columns: { name: string; type: ExportFieldType; description: string }[];
}

/** Every CSV table, described (no data). */
export function describeTables(): ExportTableInfo[] {
  return EXPORT_TABLES.map((t) => ({
    name: t.name as ExportTableName,
    title: t.title,
    description: t.description,
    primaryKey: t.primaryKey,
    foreignKeys: t.foreignKeys,
    columns: t.columns.map(({ name, type, description }) => ({ name, type, description })),
  }));
}

function tableByName(name: string): ExportTable<unknown> {
  const table = EXPORT_TABLES.find((t) => t.name === name) as ExportTable<unknown> | undefined;
  if (!table) throw new Error(`unknown table '${name}'; expected one of: ${EXPORT_TABLE_NAMES.join(", ")}`);
  return table;
}

/** The rows of one table as plain objects (column name → value; missing values omitted). */
export function toRows(dataset: Dataset, table: ExportTableName): Record<string, string | number | boolean>[] {
  const spec = tableByName(table);
  return spec.rows(dataset).map((row) => {
    const out: Record<string, string | number | boolean> = {};
    for (const column of spec.columns) {
      const value = column.value(row);
      if (value !== undefined) out[column.name] = value;
    }
    return out;
  });
}

/**
 * One table as CSV text: RFC 4180 (fields quoted when needed, CRLF line ends), UTF-8 without a
 * byte-order mark, a header row, empty cells for missing values, `true`/`false` for booleans.
 */
export function toCsv(dataset: Dataset, table: ExportTableName): string {
  const spec = tableByName(table);
  const header = spec.columns.map((c) => c.name);
  const rows = spec.rows(dataset).map((row) =>
    spec.columns.map((c) => {
      const value = c.value(row);
      return value === undefined ? "" : typeof value === "boolean" ? String(value) : value;
    }),
  );
  return stringify([header, ...rows], { record_delimiter: "\r\n" });
}

// ---- GeoJSON --------------------------------------------------------------------------------

export interface GeoJsonFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, string | number | boolean | string[] | null>;
}
export interface GeoJsonFeatureCollection {
  type: "FeatureCollection";
  features: GeoJsonFeature[];
}
export type GeoLayer = "regions" | "deposits";

function pointFeature(id: string, location: Location, properties: GeoJsonFeature["properties"]): GeoJsonFeature {
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [location.lon, location.lat] },
    properties: {
      id,
      ...properties,
      precision: location.precision,
      precision_label: LOCATION_PRECISION.labels[location.precision],
      location_sources: [...new Set(location.citations.map((c) => c.source))],
    },
  };
}

/**
 * Points of the regions (their `centre`) or deposits (their `location`) as a GeoJSON
 * FeatureCollection (RFC 7946: WGS 84, `[lon, lat]`). Each point carries its precision; records
 * without coordinates are left out (see `withoutCoordinates`).
 */
export function toGeoJSON(dataset: Dataset, layer: GeoLayer): GeoJsonFeatureCollection {
  if (layer !== "regions" && layer !== "deposits") throw new Error(`unknown layer '${String(layer)}'; expected regions or deposits`);
  const features =
    layer === "regions"
      ? dataset.regions.flatMap((r) =>
          r.centre
            ? [pointFeature(r.id, r.centre, { kind: "region", name: r.names.en, name_az: r.names.az ?? null, region_kind: r.kind, parent: r.parent ?? null })]
            : [],
        )
      : dataset.deposits.flatMap((d) =>
          d.location
            ? [
                pointFeature(d.id, d.location, {
                  kind: "deposit",
                  name: d.names.en,
                  name_az: d.names.az ?? null,
                  region: d.region,
                  commodities: [...d.commodities],
                  status: currentStatus(d) ?? null,
                }),
              ]
            : [],
        );
  return { type: "FeatureCollection", features };
}

/** Ids of the records of a layer that have no coordinates and so are not in its GeoJSON. */
export function withoutCoordinates(dataset: Dataset, layer: GeoLayer): string[] {
  return layer === "regions" ? dataset.regions.filter((r) => !r.centre).map((r) => r.id) : dataset.deposits.filter((d) => !d.location).map((d) => d.id);
}

// ---- JSON Schema and Data Package -----------------------------------------------------------

/**
 * JSON Schemas (draft 2020-12) by file name: `dataset.schema.json` and `<kind>.schema.json`.
 * They are the domain's `datasetJsonSchema()` and `entityJsonSchema(kind)`, generated at build
 * time (scripts/build-modules.ts), so that this package never loads zod; each call returns new
 * objects.
 */
export function toJsonSchemas(): Record<string, Record<string, unknown>> {
  return JSON.parse(JSON_SCHEMAS_JSON) as Record<string, Record<string, unknown>>;
}

/**
 * A Frictionless Tabular Data Package descriptor (`datapackage.json`) for the CSV tables:
 * field types, primary keys and foreign keys. Paths are relative to the descriptor.
 */
export function toDatapackage(dataset: Dataset): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "karabakh-atlas",
    title: dataset.meta.name,
    description: "Sourced records of the districts of Azerbaijan occupied in 1992–1994 and returned in 2020: regions, deposits, companies, UN documents, statistics, heritage sites, events, programmes and sources. Every figure and relationship is cited (citations.csv).",
    version: dataset.meta.version,
    created: dataset.meta.updated,
    licenses: [{ name: dataset.meta.licence, path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    citation: dataset.meta.citation,
    resources: EXPORT_TABLES.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        missingValues: [""],
        primaryKey: [t.primaryKey],
        foreignKeys: t.foreignKeys.map((fk) => ({
          fields: [fk.fields],
          reference: { resource: fk.table === t.name ? "" : fk.table, fields: [fk.field] },
        })),
      },
    })),
  };
}
