/**
 * Turns a record into lines of text for the terminal: every field, with enum labels, figures
 * formatted by the domain, relations as links and citations (source title, locator, excerpt)
 * under the fact they support. Both `show` (plain text) and the interactive detail pane draw
 * these lines, so the two never disagree.
 */
import {
  ASSESSMENT,
  ENTITY_KIND_TABLE,
  fieldLabel,
  figureDate,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatPeriod,
  isPartialDate,
  plainText,
  sortFiguresByDate,
  vocabularyOf,
  type Citation,
  type EntityKind,
  type FieldNode,
  type Figure,
  type Statistic,
  citationWords,
  citedFieldLabel,
  formatCitationWords,
  labelOf,
  sourceAuthor,
  type CitationWords,
} from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import { ENGLISH, namesIn, type Texts } from "./i18n.js";
import { titleIn } from "./names.js";

import { plainLines, type Line, type Ref } from "./lines.js";
import { summaryLines } from "./summary.js";
import { commoditiesText } from "./table.js";

export type { Line, Ref, Tone } from "./lines.js";
export { plainLines, wrapLines } from "./lines.js";
export { fieldLabel } from "@karabakh-atlas/domain/vocabulary";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The compiler's working fields: kept in the data files and exports, never shown to a reader. */
export const WORKSHOP_FIELDS: ReadonlySet<string> = new Set(["compilerNote", "seedFile"]);

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Fields whose value names an object in a list (`• 1993-04-02`, `→ Anglo Asian Mining`), in order of preference. */
const HEAD_FIELDS = ["date", "statement", "text", "name", "status", "company", "parent", "country", "code", "exchange"];

/** A citation's words: an excerpt in quotation marks, in its source's language; a summary labelled in the reader's. */
function wordsText(words: CitationWords, tx: Texts): string {
  return words.kind === "excerpt" || tx.lang === "en" ? formatCitationWords(words) : `${tx.t("label.summary")}: ${words.text}`;
}

export class Describer {
  constructor(
    private readonly atlas: Atlas,
    readonly tx: Texts = ENGLISH,
    /** How a record says that the atlas's own text in it is English: a sentence (`show`), or one short row (the browser, whose keys screen has the sentence). */
    private readonly note: "sentence" | "short" = "sentence",
  ) {}

  /** The record an id in a reference field (by the registry) points to, if it exists. */
  resolve(node: FieldNode | undefined, id: string): Ref | undefined {
    const kind = node?.ref?.kind;
    if (!kind) return undefined;
    if (this.atlas.get(kind, id)) return { kind, id };
    const found = this.atlas.find(id);
    return found ? { kind: found.kind, id } : undefined;
  }

  titleOf(ref: Ref): string {
    const record = this.atlas.get(ref.kind, ref.id);
    return record ? titleIn(this.atlas, { kind: ref.kind, record } as AnyRecord, this.tx) : ref.id;
  }

  /** A value as text: yes/no, a vocabulary's label, a date in words, by what the registry says of its field. */
  private scalar(node: FieldNode | undefined, value: unknown): string {
    const { tx } = this;
    if (typeof value === "boolean") return value ? tx.t("cli.show.yes") : tx.t("cli.show.no");
    if (typeof value === "number") return String(value);
    const text = String(value);
    const vocabulary = node?.vocabulary ? vocabularyOf(node.vocabulary) : undefined;
    if (vocabulary?.labels && text in vocabulary.labels) return labelOf(vocabulary as Parameters<typeof labelOf>[0], text as never, tx.locale);
    if (node?.date && isPartialDate(text)) return formatDate(text, tx.locale);
    if (node?.key === "country") return tx.country(text);
    // A language tag (`hy`, `en`) by its name, in the reader's language; an unknown one as written.
    if (node?.key === "language") return tx.locale.messages[`language.${text.split("-")[0]?.toLowerCase()}`] ?? text;
    return text;
  }

  citationLines(citations: readonly Citation[], indent: number): Line[] {
    const out: Line[] = [];
    for (const c of citations) {
      const source = this.atlas.source(c.source);
      const says = source ? `${sourceAuthor(source)}, ${source.title}` : c.source;
      out.push({ text: `↳ ${says} — ${c.locator}`, indent, tone: "source", link: { kind: "source", id: c.source } });
      for (const words of citationWords(c)) out.push({ text: wordsText(words, this.tx), indent: indent + 1, tone: words.kind === "excerpt" ? "excerpt" : "text" });
      if (c.note) out.push({ text: this.tx.t("cli.show.note", { text: c.note }), indent: indent + 1, tone: "note" });
    }
    return out;
  }

  /** A figure with its date, ranking and citations. */
  figureLines(figure: Figure & Record<string, unknown>, indent: number, node: FieldNode | undefined): Line[] {
    const what = ["category", "commodity", "metric"]
      .filter((k) => typeof figure[k] === "string")
      .map((k) => this.scalar(node?.fields?.[k], figure[k]));
    if (typeof figure.label === "string") what.push(figure.label);
    const { tx } = this;
    const date = figure.period ? formatPeriod(figure.period, tx.locale) : figure.asOf ? tx.t("statistic.as-of", { date: formatDate(figure.asOf, tx.locale) }) : "";
    const assessment = figure.assessment ? labelOf(ASSESSMENT, figure.assessment, tx.locale) : "";
    const flags = [figure.preferred ? tx.t("cli.show.preferred") : "", assessment && (tx.lang === "en" ? assessment.toLowerCase() : tx.lower(assessment))].filter(Boolean);
    const text = [
      what.length > 0 ? `${what.join(", ")}: ` : "",
      formatFigure(figure, { locale: tx.locale }),
      date ? ` (${date})` : "",
      flags.length > 0 ? ` [${flags.join(", ")}]` : "",
    ].join("");
    const out: Line[] = [{ text: `• ${text}`, indent, tone: "text" }];
    if (figure.assessmentReason) out.push({ text: tx.t("cli.show.reason", { text: figure.assessmentReason }), indent: indent + 1, tone: "note" });
    if (figure.note) out.push({ text: tx.t("cli.show.note", { text: figure.note }), indent: indent + 1, tone: "note" });
    out.push(...this.citationLines(figure.citations, indent + 1));
    return out;
  }

  /** Figures for the same fact: a summary of all values, then each with its source. */
  figureListLines(figures: (Figure & Record<string, unknown>)[], indent: number, node: FieldNode | undefined): Line[] {
    const groups = new Map<string, (Figure & Record<string, unknown>)[]>();
    for (const f of figures) {
      const key = [f.category, f.commodity, f.metric, f.label].map(String).join("|");
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const out: Line[] = [];
    for (const group of groups.values()) {
      if (group.length > 1) out.push({ text: this.tx.t("cli.show.sources-differ", { figures: formatCompetingFigures(group, { locale: this.tx.locale }) }), indent, tone: "note" });
      for (const f of sortFiguresByDate(group)) out.push(...this.figureLines(f, indent, node));
    }
    return out;
  }

  /** An object (a link, a claim, a figure, a point…) with its fields, by what the registry says it is. */
  private objectLines(node: FieldNode | undefined, value: Record<string, unknown>, indent: number): Line[] {
    if (node?.shape === "figure") return this.figureLines(value as Figure & Record<string, unknown>, indent, node);
    if (node?.shape === "citation") return this.citationLines([value as Citation], indent);
    const out: Line[] = [];
    const rest = { ...value };
    let head: Line | undefined;
    if (node?.shape === "location" && typeof value.lat === "number" && typeof value.lon === "number") {
      const precision = typeof value.precision === "string" ? ` (${this.scalar(node.fields?.precision, value.precision)})` : "";
      head = { text: `• ${value.lat}, ${value.lon}${precision}`, indent, tone: "text" };
      delete rest.lat;
      delete rest.lon;
      delete rest.precision;
    } else if (typeof value.id === "string" && node?.fields?.id?.ref) {
      const link = this.resolve(node.fields.id, value.id);
      head = { text: `→ ${link ? this.titleOf(link) : value.id} (${value.id})`, indent, tone: link ? "link" : "text", link };
      delete rest.id;
    } else {
      for (const key of HEAD_FIELDS) {
        const v = value[key];
        if (typeof v !== "string") continue;
        const child = node?.fields?.[key];
        const link = this.resolve(child, v);
        const shown = link ? `${this.titleOf(link)} (${v})` : this.scalar(child, v);
        head = { text: `${link ? "→" : "•"} ${shown}`, indent, tone: link ? "link" : "text", link };
        delete rest[key];
        break;
      }
    }
    if (head) out.push(head);
    const citations = Array.isArray(rest.citations) ? (rest.citations as Citation[]) : [];
    delete rest.citations;
    out.push(...this.fieldLines(node, rest, head ? indent + 1 : indent));
    out.push(...this.citationLines(citations, head ? indent + 1 : indent));
    return out;
  }

  /** Every field of an object, in the order the record gives them; `node` is the object's entry in the registry. */
  fieldLines(node: FieldNode | undefined, record: Record<string, unknown>, indent: number): Line[] {
    const out: Line[] = [];
    for (const [key, value] of Object.entries(record)) {
      if (isEmpty(value) || WORKSHOP_FIELDS.has(key)) continue;
      const child = node?.fields?.[key];
      const label = this.tx.field(child?.label ?? fieldLabel(key));
      if (key === "citations" && Array.isArray(value)) {
        out.push({ text: label, indent, tone: "heading" });
        out.push(...this.citationLines(value as Citation[], indent + 1));
      } else if (Array.isArray(value)) {
        const item = child?.item;
        if (value.every((v) => !isObject(v))) {
          if (item?.ref) {
            out.push({ text: label, indent, tone: "heading" });
            for (const id of value) {
              const link = this.resolve(item, String(id));
              out.push({ text: `→ ${link ? this.titleOf(link) : String(id)} (${String(id)})`, indent: indent + 1, tone: link ? "link" : "text", link });
            }
          } else {
            out.push({ text: `${label}: ${value.map((v) => this.scalar(item, v)).join(", ")}`, indent, tone: "text" });
          }
        } else {
          out.push({ text: label, indent, tone: "heading" });
          const objects = value as Record<string, unknown>[];
          if (item?.shape === "figure") out.push(...this.figureListLines(objects as (Figure & Record<string, unknown>)[], indent + 1, item));
          else for (const object of objects) out.push(...this.objectLines(item, object, indent + 1));
        }
      } else if (isObject(value)) {
        out.push({ text: label, indent, tone: "heading" });
        out.push(...this.objectLines(child, value, indent + 1));
      } else {
        const link = typeof value === "string" ? this.resolve(child, value) : undefined;
        const shown = link ? `${this.titleOf(link)} (${String(value)})` : this.scalar(child, value);
        out.push({ text: `${label}: ${shown}`, indent, tone: link ? "link" : "text", link });
      }
    }
    return out;
  }

  private refLines(heading: string, refs: Ref[], indent = 0): Line[] {
    if (refs.length === 0) return [];
    return [
      { text: heading, indent, tone: "heading" },
      ...refs.map((ref): Line => ({ text: `→ ${this.titleOf(ref)} (${ref.id})`, indent: indent + 1, tone: "link", link: ref })),
    ];
  }

  /** Relations the record does not hold itself but the atlas derives. */
  relationLines(entry: AnyRecord, width: number): Line[] {
    const a = this.atlas;
    const { tx } = this;
    const refs = <K extends EntityKind>(kind: K, records: readonly { id: string }[]): Ref[] => records.map((r) => ({ kind, id: r.id }));
    switch (entry.kind) {
      case "region": {
        const id = entry.record.id;
        return [
          ...this.refLines(tx.t("cli.show.part-of"), refs("region", a.regionAncestors(id))),
          ...this.refLines(tx.t("cli.show.inside"), refs("region", a.regionChildren(id))),
          // Its deposits and statistics are in the summary at the top, with their values.
          ...this.refLines(tx.t("cli.show.un-documents"), refs("resolution", a.regionResolutions(id))),
          ...this.refLines(tx.t("cli.show.heritage-sites"), refs("heritage-site", a.regionHeritageSites(id))),
          ...this.refLines(tx.t("cli.show.timeline"), refs("event", a.regionEvents(id))),
        ];
      }
      case "deposit": {
        const companies = a.depositCompanies(entry.record.id);
        const parents = new Map<string, Ref>();
        for (const c of companies) for (const p of a.ownershipChainUp(c.id)) parents.set(p.id, { kind: "company", id: p.id });
        return [...this.refLines(tx.t("cli.show.companies"), refs("company", companies)), ...this.refLines(tx.t("cli.show.parent-companies"), [...parents.values()])];
      }
      case "company": {
        const id = entry.record.id;
        return [
          ...this.refLines(tx.t("cli.show.parent-companies"), refs("company", a.ownershipChainUp(id))),
          ...this.refLines(tx.t("cli.show.subsidiaries"), refs("company", a.companySubsidiaries(id))),
          // Its deposits (and its subsidiaries') are in the summary at the top, with their values.
        ];
      }
      case "statistic":
        return [{ text: tx.t("cli.show.chart"), indent: 0, tone: "heading" }, ...chartLines(a, entry.record, width, 1, {}, tx)];
      case "source": {
        const uses = a.sourceUses(entry.record.id);
        if (uses.length === 0) return [];
        const out: Line[] = [{ text: tx.t("cli.show.cited-by", { count: uses.length }), indent: 0, tone: "heading" }];
        for (const use of uses) {
          const title = this.titleOf({ kind: use.kind, id: use.id });
          const field = citedFieldLabel(use.field).split(" › ").map((part) => tx.field(part)).join(" › ");
          out.push({ text: `→ ${title} — ${field}, ${use.locator}`, indent: 1, tone: "link", link: { kind: use.kind, id: use.id } });
          for (const words of citationWords(use)) out.push({ text: wordsText(words, tx), indent: 2, tone: words.kind === "excerpt" ? "excerpt" : "text" });
        }
        return out;
      }
      default:
        return [];
    }
  }

  /**
   * Everything about a record: title, kind and id, every field, then derived relations — as
   * plain text (`plainLines`), whatever the record's text holds.
   */
  describe(entry: AnyRecord, width = 80): Line[] {
    const { tx } = this;
    const { id, ...fields } = entry.record as unknown as Record<string, unknown>;
    // The name in the reader's language first, the others beside it.
    const names = (entry.record as { names?: Record<string, string | undefined> }).names;
    const others = names ? namesIn(names, tx.lang).others : [];
    const lines: Line[] = [
      { text: titleIn(this.atlas, entry, tx), indent: 0, tone: "title" },
      { text: [tx.kind(entry.kind), String(id), ...others].join(" · "), indent: 0, tone: "meta" },
    ];
    // Said once, at the top: the atlas's own text below is English until records carry translations.
    if (tx.untranslated) lines.push({ text: this.note === "short" ? tx.t("cli.untranslated-short") : tx.t("cli.untranslated-note"), indent: 0, tone: "note" });
    // A summary first (key figures, dates of control, related records with their values), then every field.
    lines.push(...summaryLines(this.atlas, entry, tx));
    lines.push(...this.fieldLines(this.atlas.fields[entry.kind], fields, 0));
    lines.push(...this.relationLines(entry, width));
    return plainLines(lines);
  }

  /** One line naming a record in a list: its title and what distinguishes it, as plain text. */
  summary(entry: AnyRecord): string {
    return plainText(this.summaryText(entry));
  }

  private summaryText(entry: AnyRecord): string {
    const { tx } = this;
    const title = titleIn(this.atlas, entry, tx);
    switch (entry.kind) {
      case "event":
        return `${entry.record.date ?? tx.t("cli.undated")}  ${title}`;
      case "statistic":
        return `${title}: ${formatCompetingFigures(entry.record.observations, { locale: tx.locale })}`;
      case "deposit":
        return `${title} (${commoditiesText(entry.record, tx)})`;
      case "source": {
        const says = `${sourceAuthor(entry.record)}: ${title}`;
        return entry.record.date ? `${says} (${entry.record.date})` : says;
      }
      default:
        return title;
    }
  }
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A horizontal bar of `cells` character cells, in eighths. */
export function bar(fraction: number, cells: number): string {
  const eighths = Math.max(0, Math.round(Math.min(1, fraction) * cells * 8));
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/**
 * A statistic's observations as a bar chart: one bar per source and date, scaled to the largest
 * value; a range draws its lower bound solid and the rest up to its upper bound shaded.
 */
export function chartLines(
  atlas: Atlas,
  statistic: Statistic,
  width: number,
  indent = 0,
  /** The figures to draw (default: all) and the value a full bar stands for (default: their largest), shared by the rows a chart compares. */
  scale: { figures?: readonly Statistic["observations"][number][]; top?: number } = {},
  tx: Texts = ENGLISH,
): Line[] {
  const { locale } = tx;
  const observations = sortFiguresByDate(scale.figures ?? statistic.observations);
  const top = scale.top ?? Math.max(0, ...observations.map((f) => f.upper ?? f.value ?? f.lower ?? 0));
  const out: Line[] = [];
  // Room for the bar beside the longest value text, at most 40 cells.
  const longest = Math.max(0, ...observations.map((f) => formatFigure(f, { locale }).length));
  const barWidth = Math.max(8, Math.min(40, width - indent * 2 - longest - 2));
  for (const f of observations) {
    const date = figureDate(f);
    const sources = [...new Set(f.citations.map((c) => { const s = atlas.source(c.source); return s ? sourceAuthor(s) : c.source; }))].join("; ");
    out.push({ text: `${date ? formatDate(date, locale) : tx.t("cli.undated")} · ${sources}`, indent, tone: "text", link: f.citations[0] ? { kind: "source", id: f.citations[0].source } : undefined });
    const low = f.value ?? f.lower ?? 0;
    const high = f.upper ?? f.value ?? f.lower ?? 0;
    const solid = top > 0 ? bar(low / top, barWidth) : "";
    const shaded = top > 0 && high > low ? "░".repeat(Math.max(1, Math.round(((high - low) / top) * barWidth))) : "";
    out.push({ text: `${solid}${shaded || (solid ? "" : "·")} ${formatFigure(f, { locale })}`, indent, tone: "bar" });
  }
  return out;
}

/** Kinds the browser has a tab for, in order. */
export const TAB_KINDS: readonly EntityKind[] = ["region", "deposit", "company", "resolution", "statistic", "heritage-site", "programme", "source", "event"];

export function kindPlural(kind: EntityKind, tx: Texts = ENGLISH): string {
  return tx.lang === "en" ? (ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.plural ?? kind) : tx.kind(kind, true);
}
