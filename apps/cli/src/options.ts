/**
 * The edge where command-line text becomes typed values: kinds and formats are checked against
 * their lists, filters by the atlas against the data package's filter specification, and a
 * mistake comes back as one sentence with the nearest valid value. Uses the domain's zod-free
 * entry: zod is never loaded to run a command.
 */
import { ENTITY_KIND_TABLE, VOCABULARIES, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { EXPORT_TABLE_NAMES, FilterError, filterSpecs, nearest, type AnyRecord, type Atlas, type ExportTableName, type GeoLayer } from "@karabakh-atlas/data/core";
import { notFoundError, usageError } from "./errors.js";
import { ENGLISH, type MessageKey, type Texts } from "./i18n.js";
import { DEPOSIT_SORTS, type DepositSort } from "./table.js";

const KIND_NAMES: Record<string, EntityKind> = { timeline: "event", documents: "resolution", "un-documents": "resolution" };
for (const { kind, dir } of ENTITY_KIND_TABLE) {
  KIND_NAMES[kind] = kind;
  KIND_NAMES[dir] = kind;
}

export const KIND_CHOICES = ENTITY_KIND_TABLE.map((k) => k.dir);

/** ` — did you mean 'gold'?` in the reader's language, or the empty string. */
function didYouMean(wanted: string, candidates: readonly string[], tx: Texts): string {
  const match = nearest(wanted, candidates);
  return match === undefined ? "" : tx.t("cli.error.did-you-mean", { value: match });
}

/** `deposits`, `deposit` or `timeline` → the entity kind. */
export function parseKind(text: string, tx: Texts = ENGLISH): EntityKind {
  const kind = KIND_NAMES[text.toLowerCase()];
  if (!kind) throw usageError(tx.t("cli.error.unknown-kind", { value: text, suggestion: didYouMean(text, Object.keys(KIND_NAMES), tx), choices: KIND_CHOICES.join(", ") }));
  return kind;
}

/**
 * A filter's help (the data package's filter specification, in English) in the reader's language:
 * by its English text, which the specification gives once per meaning; a text added to the
 * specification and not yet here stays English.
 */
export function filterHelp(help: string, tx: Texts = ENGLISH): string {
  if (tx.lang === "en") return help;
  const key = (
    {
      "the record's kind": "cli.filter.kind",
      "the enclosing region's id": "cli.filter.parent",
      "a commodity": "cli.filter.commodity",
      "a region id (includes the regions inside it)": "cli.filter.region",
      "the latest status (a disputed deposit is found under each status its sources give)": "cli.filter.deposit-status",
      "a company id (includes its subsidiaries)": "cli.filter.company",
      "territories (the default: the districts the atlas is about), elsewhere or all": "cli.filter.scope",
      "an ISO 3166-1 alpha-2 code": "cli.filter.jurisdiction",
      "a UN body": "cli.filter.body",
      "what is counted": "cli.filter.category",
      "the group counted": "cli.filter.population",
      "a status a source gives": "cli.filter.heritage-status",
      "on or after a date (YYYY, YYYY-MM or YYYY-MM-DD)": "cli.filter.from",
      "on or before a date": "cli.filter.to",
      "the publisher's type": "cli.filter.publisher-type",
    } as const satisfies Record<string, MessageKey>
  )[help as never] as MessageKey | undefined;
  return key ? tx.t(key) : help;
}

/**
 * Every filter flag any kind takes, for the `list` command's help: generated from the data
 * package's filter specification (`FILTER_SPECS`), the kinds that take it and what it selects.
 */
export function filterFlags(tx: Texts = ENGLISH): Record<string, string> {
  const uses = new Map<string, { dirs: string[]; help: string }[]>();
  const kindsOf = (key: string) => ENTITY_KIND_TABLE.filter(({ kind }) => filterSpecs(kind).some((s) => s.key === key)).length;
  for (const { kind, dir } of ENTITY_KIND_TABLE) {
    for (const spec of filterSpecs(kind)) {
      let help = filterHelp(spec.help, tx);
      if (spec.value.type === "vocabulary" && kindsOf(spec.key) === 1) {
        const values = VOCABULARIES[spec.value.vocabulary].values;
        help += `: ${values.slice(0, 5).join(", ")}${values.length > 5 ? ", …" : ""}`;
      }
      const groups = uses.get(spec.key) ?? [];
      const same = groups.find((g) => g.help === help);
      if (same) same.dirs.push(dir);
      else groups.push({ dirs: [dir], help });
      uses.set(spec.key, groups);
    }
  }
  return Object.fromEntries([...uses].map(([key, groups]) => [key, groups.map((g) => `${g.dirs.join(", ")}: ${g.help}`).join("; ")]));
}

export const FILTER_FLAGS: Record<string, string> = filterFlags();

export const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** A parsed filter: one value per flag, or several (a repeated flag: records matching any of them). */
export type Filter = Record<string, string | readonly string[] | undefined>;

/** Every combination of one value per flag: `--commodity gold --commodity silver` → two filters. */
function combinations(filter: Record<string, unknown>): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const values = (Array.isArray(value) ? value : [value]).map(String);
    out = out.flatMap((partial) => values.map((v) => ({ ...partial, [key]: v })));
  }
  return out;
}

/**
 * Parses the filter flags for a kind, checked by the atlas against the kind's filter
 * specification (values, then flags the kind does not take, then that the ids exist); a
 * mistake becomes one sentence naming the flag.
 */
export function parseFilter(atlas: Atlas, kind: EntityKind, options: Record<string, unknown>, tx: Texts = ENGLISH): Filter {
  const given: Record<string, string[]> = {};
  const vocabularyKeys = new Set(filterSpecs(kind).filter((s) => s.value.type === "vocabulary").map((s) => s.key));
  for (const [key, v] of Object.entries(options)) {
    if (v === undefined || !(key in FILTER_FLAGS)) continue;
    // A vocabulary's values in any case: `--commodity Gold` is `gold`.
    given[key] = (Array.isArray(v) ? v : [v]).map((value) => (vocabularyKeys.has(key) ? String(value).toLowerCase() : String(value)));
  }
  try {
    // Each combination of values checked as one filter; the values of a repeated flag kept together.
    for (const one of combinations(given)) atlas.checkFilter(kind, one);
    return Object.fromEntries(Object.entries(given).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
  } catch (error) {
    if (!(error instanceof FilterError)) throw error;
    const flag = flagName(error.key);
    switch (error.reason) {
      case "not-allowed":
        throw usageError(tx.t("cli.error.not-allowed", { flag, value: error.value, suggestion: didYouMean(error.value, error.accepted, tx), choices: error.accepted.join(", ") }));
      case "invalid":
        throw usageError(tx.t("cli.error.invalid", { flag, value: error.value, expected: error.expected ?? tx.t("cli.error.not-valid") }));
      case "not-found":
        // The atlas's message names the id and the nearest one (`no region 'kalbajr' — did you mean 'kalbajar'?`).
        if (tx.lang === "en") throw notFoundError(error.message);
        {
          const spec = filterSpecs(kind).find((s) => s.key === error.key)?.value;
          const what = spec && "kind" in spec ? tx.kind(spec.kind as EntityKind) : tx.t("cli.record");
          const suggestion = error.suggestion ? tx.t("cli.error.did-you-mean", { value: error.suggestion }) : "";
          throw notFoundError(`${tx.t("cli.error.no-record", { kind: what.toLocaleLowerCase(tx.lang), id: error.value })}${suggestion}`);
        }
      case "unknown-filter": {
        const plural = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
        const allowed = filterSpecs(kind).map((s) => s.key);
        const unknown = Object.keys(given).filter((key) => !allowed.includes(key));
        const flags = unknown.map(flagName).join(", ");
        throw usageError(
          allowed.length > 0
            ? tx.t("cli.error.filter-does-not-apply", { flags, kind: plural, allowed: allowed.map(flagName).join(", ") })
            : tx.t("cli.error.no-filters", { flags, kind: plural }),
        );
      }
    }
    throw error;
  }
}

/** "no deposit 'gyzilbulag' — did you mean 'gyzylbulag'?" */
export function missing(atlas: Atlas, kind: EntityKind | undefined, id: string, tx: Texts = ENGLISH): string {
  const suggestion = atlas.suggestId(id, kind);
  // Without a kind, name the kind of the record the user probably meant.
  const named = kind ?? (suggestion ? atlas.find(suggestion)?.kind : undefined);
  const what = named ? tx.kind(named) : tx.t("cli.record");
  const label = what.toLocaleLowerCase(tx.lang);
  return `${tx.t("cli.error.no-record", { kind: label, id })}${suggestion ? tx.t("cli.error.did-you-mean", { value: suggestion }) : ""}`;
}

/** The records of a kind that pass a parsed filter, as the atlas returns them. */
export function listRecords(atlas: Atlas, kind: EntityKind, f: Filter): readonly AnyRecord["record"][] {
  const each = combinations(f);
  if (each.length === 1) return atlas.query(kind, each[0] ?? {});
  // A repeated flag: the records matching any of its values, in the atlas' order.
  const ids = new Set(each.flatMap((one) => atlas.query(kind, one).map((r) => r.id)));
  return atlas.query(kind, {}).filter((r) => ids.has(r.id));
}

/** `--sort`: a column of the deposits table. */
export function parseSort(text: string, tx: Texts = ENGLISH): DepositSort {
  const sort = text.toLowerCase();
  if (!(DEPOSIT_SORTS as readonly string[]).includes(sort)) throw usageError(tx.t("cli.error.not-a-column", { value: text, suggestion: didYouMean(text, DEPOSIT_SORTS, tx), choices: DEPOSIT_SORTS.join(", ") }));
  return sort as DepositSort;
}

export const FORMATS = ["json", "csv", "geojson", "sqlite"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(text: string, tx: Texts = ENGLISH): Format {
  if (!(FORMATS as readonly string[]).includes(text)) throw usageError(tx.t("cli.error.not-allowed", { flag: "--format", value: text, suggestion: didYouMean(text, FORMATS, tx), choices: FORMATS.join(", ") }));
  return text as Format;
}

/** A CSV table of the data package's exports: a kind's folder name (or the kind) or a long table. */
export function parseTable(text: string, tx: Texts = ENGLISH): ExportTableName {
  if ((EXPORT_TABLE_NAMES as readonly string[]).includes(text)) return text as ExportTableName;
  const kind = KIND_NAMES[text.toLowerCase()];
  if (kind) return (ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind) as ExportTableName;
  throw usageError(tx.t("cli.error.not-a-table", { value: text, suggestion: didYouMean(text, EXPORT_TABLE_NAMES, tx), choices: EXPORT_TABLE_NAMES.join(", ") }));
}

export const LAYERS = ["regions", "places", "deposits"] as const satisfies readonly GeoLayer[];

export function parseLayer(text: string, tx: Texts = ENGLISH): GeoLayer {
  if (!(LAYERS as readonly string[]).includes(text)) throw usageError(tx.t("cli.error.not-allowed", { flag: "--layer", value: text, suggestion: didYouMean(text, LAYERS, tx), choices: LAYERS.join(", ") }));
  return text as GeoLayer;
}
