/**
 * The long tables: `records` (every record), `figures`, `links`, `claims` and `citations`, one
 * row per figure, reference, claim or citation anywhere in the dataset. Where these live in a
 * record is read from the field registry (the domain's `FIELDS`): a field added to a schema is
 * exported with no edit here.
 */
import {
  COMMODITY,
  ENTITY_KIND_TABLE,
  FIELDS,
  citationListsIn,
  formatFieldPath,
  formatFigure,
  listFields,
  referencesIn,
  visitFields,
  vocabularyOf,
  type Citation,
  type ReadonlyDataset,
  type EntityKind,
  type FieldNode,
  type FieldRegistry,
  type Figure,
  citationWordsKind,
} from "@karabakh-atlas/domain/vocabulary";
import { createAtlas } from "../atlas.js";
import { assessmentColumns, col, figureColumns, figureSourcesColumn, str, type ExportForeignKey, type ExportTable } from "./columns.js";

interface RecordRow {
  kind: EntityKind;
  id: string;
  title: string;
  record: Record<string, unknown>;
}

/** Every record of the dataset with its kind, in the order of the kinds. */
function eachRecord(dataset: ReadonlyDataset): { kind: EntityKind; id: string; record: Record<string, unknown> }[] {
  return ENTITY_KIND_TABLE.flatMap(({ kind, dir }) =>
    (dataset[dir] as unknown as Record<string, unknown>[]).map((record) => ({ kind, id: String(record.id), record })),
  );
}

function recordRows(dataset: ReadonlyDataset, fields: FieldRegistry): RecordRow[] {
  const atlas = createAtlas(dataset, { fields });
  return eachRecord(dataset).map(({ kind, id, record }) => {
    const entry = atlas.find(id);
    return { kind, id, title: entry ? atlas.title(entry) : id, record };
  });
}

type FigureExtra = { category?: string; commodity?: string; metric?: string; label?: string };
interface FigureRow {
  figureId: string;
  kind: EntityKind;
  id: string;
  field: string;
  figure: Figure & FigureExtra;
}

/**
 * Every figure: each record's own figures first (`area[0]`, `figures[2]`), then those inside its
 * relations (`ownership[0].share`), each in the record's order.
 */
function figureRows(dataset: ReadonlyDataset, fields: FieldRegistry): FigureRow[] {
  return eachRecord(dataset).flatMap(({ kind, id, record }) => {
    const found: { path: (string | number)[]; figure: Figure & FigureExtra }[] = [];
    visitFields(record, fields[kind], (value, node, path) => {
      if (node.shape !== "figure") return;
      found.push({ path, figure: value as Figure & FigureExtra });
      return false;
    });
    return found
      .map((f, order) => ({ ...f, order }))
      .sort((a, b) => a.path.length - b.path.length || a.order - b.order)
      .map(({ path, figure }) => {
        const field = formatFieldPath(path);
        return { figureId: `${id}/${field}`, kind, id, field, figure };
      });
  });
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

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Every reference from one record to another, one row each. */
function linkRows(dataset: ReadonlyDataset, fields: FieldRegistry): LinkRow[] {
  return eachRecord(dataset).flatMap(({ kind, id, record }) =>
    referencesIn(record, fields[kind]).map((ref): LinkRow => {
      const field = formatFieldPath(ref.link);
      const holder = ref.holder;
      return {
        linkId: `${id}/${field}`,
        kind,
        id,
        field,
        target: ref.id,
        relation: ref.ref.relation,
        role: ref.ref.role ? text(holder?.[ref.ref.role]) : undefined,
        from: text(holder?.from),
        to: text(holder?.to),
        note: text(holder?.note),
        citedAt: ref.citedAt ? formatFieldPath(ref.citedAt) : undefined,
      };
    }),
  );
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

type ClaimFields = Omit<ClaimRow, "claimId" | "kind" | "id" | "field">;

/** A claim-shaped object as a row of claims.csv, by its shape in the registry (`node`). */
function claimOf(node: FieldNode, value: Record<string, unknown>): ClaimFields | undefined {
  const shape = node.shape;
  const assessed = {
    assessment: text(value.assessment),
    assessmentReason: text(value.assessmentReason),
    preferred: typeof value.preferred === "boolean" ? value.preferred : undefined,
    note: text(value.note),
  };
  switch (shape) {
    case "statement":
      return { type: "statement", statement: text(value.statement), ...assessed };
    case "date-claim":
      return { type: "date", date: text(value.date), ...assessed };
    case "status":
      return { type: "status", status: text(value.status), date: text(value.asOf), note: text(value.note) };
    case "demand":
      return { type: "demand", statement: text(value.text) };
    case "milestone": {
      // A dated step: the label of its kind is what the sources say happened.
      const kind = node.fields?.kind?.vocabulary;
      const label = kind && typeof value.kind === "string" ? vocabularyOf(kind).labels?.[value.kind] : undefined;
      return { type: "date", statement: label ?? text(value.kind), date: text(value.date), note: text(value.note) };
    }
    default:
      return undefined;
  }
}

/** Statements, dates and statuses that sources state, one row per claim: a record's statements first. */
function claimRows(dataset: ReadonlyDataset, fields: FieldRegistry): ClaimRow[] {
  return eachRecord(dataset).flatMap(({ kind, id, record }) => {
    const found: ClaimRow[] = [];
    visitFields(record, fields[kind], (value, node, path) => {
      const claim = value && typeof value === "object" && !Array.isArray(value) ? claimOf(node, value as Record<string, unknown>) : undefined;
      if (!claim) return;
      const field = formatFieldPath(path);
      found.push({ claimId: `${id}/${field}`, kind, id, field, ...claim });
      return false;
    });
    return [...found.filter((c) => c.type === "statement"), ...found.filter((c) => c.type !== "statement")];
  });
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

/** Every citation anywhere in the dataset, with what it supports. */
function citationRows(dataset: ReadonlyDataset, fields: FieldRegistry): CitationRow[] {
  const figures = new Map(figureRows(dataset, fields).map((f) => [f.figureId, f.figureId]));
  const links = new Map(linkRows(dataset, fields).map((l) => [`${l.id}/${l.citedAt ?? l.field}`, l.linkId]));
  const claims = new Map(claimRows(dataset, fields).map((c) => [c.claimId, c.claimId]));
  return eachRecord(dataset).flatMap(({ kind, id, record }) =>
    citationListsIn(record, fields[kind]).flatMap((list) => {
      const field = formatFieldPath(list.supports);
      const key = `${id}/${field}`;
      const listPath = formatFieldPath(list.path);
      return list.citations.map((citation, index) => ({
        citationId: `${id}/${listPath}[${index}]`,
        kind,
        id,
        field,
        index,
        citation: citation as Citation,
        figureId: figures.get(key),
        linkId: links.get(key),
        claimId: claims.get(key),
      }));
    }),
  );
}

/** The relations links.csv can hold, from the registry, in the order of the kinds and their fields. */
function relations(fields: FieldRegistry): string[] {
  const out = new Set<string>();
  for (const { kind } of ENTITY_KIND_TABLE) for (const { node } of listFields(fields[kind])) if (node.ref) out.add(node.ref.relation);
  return [...out];
}

const recordKey = (table = "records"): ExportForeignKey => ({ fields: "record_id", table, field: "id" });
const kindColumn = <R extends { kind: EntityKind }>() => str<R>("record_kind", `Kind of the record: ${ENTITY_KIND_TABLE.map((k) => k.kind).join(", ")}.`, (r) => r.kind);
const idColumn = <R extends { id: string }>() => str<R>("record_id", "Id of the record (foreign key to records.csv).", (r) => r.id);
const fieldColumn = <R extends { field: string }>(what: string) =>
  str<R>("field", `Path of the ${what} inside the record in dataset.json, e.g. \`figures[0]\`.`, (r) => r.field);
export const recordsTable: ExportTable<RecordRow> = {
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

export const figuresTable: ExportTable<FigureRow> = {
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
    ...figureColumns<FigureRow>((r) => r.figure),
    str("period_start", "Start of the period the figure covers.", (r) => r.figure.period?.start),
    str("period_end", "End of the period the figure covers.", (r) => r.figure.period?.end),
    str("text", "The figure as text, e.g. `more than 70,000 people`.", (r) => formatFigure(r.figure)),
    figureSourcesColumn<FigureRow>((r) => r.figure),
    ...assessmentColumns<FigureRow>((r) => r.figure),
  ],
};

export const linksTable: ExportTable<LinkRow> = {
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
    str("relation", `What the link means: ${relations(FIELDS).join(", ")}.`, (r) => r.relation),
    str("target_id", "Id of the record referred to (foreign key to records.csv).", (r) => r.target),
    str("role", "Operation role (operator, owner, licensee, …) or ownership relation.", (r) => r.role),
    str("from", "Start date of the relationship.", (r) => r.from),
    str("to", "End date of the relationship.", (r) => r.to),
    str("note", "Editorial note.", (r) => r.note),
  ],
};

export const claimsTable: ExportTable<ClaimRow> = {
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

export const citationsTable: ExportTable<CitationRow> = {
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
    str("words", "What the citation's words are: `excerpt` (the source's own, verbatim), `summary` (the compiler's) or `excerpt+summary`.", (r) => citationWordsKind(r.citation)),
    str("excerpt", "The source's own words, verbatim, that show the fact (empty when only a summary is given).", (r) => r.citation.excerpt),
    str("summary", "The compiler's summary of what the source says, where its own words were not found; not a quotation.", (r) => r.citation.summary),
    str("note", "Editorial note on the citation.", (r) => r.citation.note),
    str("compiler_note", "The compiler's working note (e.g. the reference fact it came from).", (r) => r.citation.compilerNote),
  ],
};
