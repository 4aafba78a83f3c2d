/**
 * The list filters of every kind, declared once: which filters a kind takes, what each accepts
 * (a vocabulary's value, the id of a record of a kind, a partial date, a country code), its label
 * and help. The atlas's `query(kind, filter)` checks a filter against it; the CLI's flags, the
 * API's parameters and the dashboard's facets are generated from it.
 *
 * One rule for ids of records: a region filter selects what lies in the region or in any region
 * inside it (by `parent` and economic-region membership); a company filter selects what the
 * company or any company it owns, directly or through others (`ownership`, whatever the share
 * or relation), worked, owned or licensed.
 */
import {
  ENTITY_KIND_TABLE,
  ID_MAX_LENGTH,
  ID_PATTERN,
  ID_PATTERN_MESSAGE,
  PARTIAL_DATE_MESSAGE,
  VOCABULARIES,
  isPartialDate,
  type EntityKind,
  type VocabularyName,
} from "@karabakh-atlas/domain/vocabulary";
import { didYouMean, nearest } from "./suggest.js";

/** What a filter accepts. */
export type FilterValueType =
  | { readonly type: "vocabulary"; readonly vocabulary: VocabularyName }
  | { readonly type: "record"; readonly kind: EntityKind }
  | { readonly type: "values"; readonly values: readonly string[] }
  | { readonly type: "date" }
  | { readonly type: "country" };

export interface FilterSpec {
  readonly key: string;
  /** A short label (the dashboard's facet). */
  readonly label: string;
  /** What the filter selects, in a few words (the CLI's help). */
  readonly help: string;
  readonly value: FilterValueType;
  /** The value applied when the filter is not given. */
  readonly default?: string;
  /** False for a filter the dashboard offers no facet for. */
  readonly facet?: false;
}

/** Which deposits a list covers: those in the territories the atlas is about (the default), the others, or all. */
export const DEPOSIT_SCOPES = ["territories", "elsewhere", "all"] as const;
export type DepositScope = (typeof DEPOSIT_SCOPES)[number];

const vocabulary = <const N extends VocabularyName>(name: N) => ({ type: "vocabulary", vocabulary: name }) as const;
const record = <const K extends EntityKind>(kind: K) => ({ type: "record", kind }) as const;
const REGION_HELP = "a region id (includes the regions inside it)";

/** The filters of every kind, in the order they are checked and shown. */
export const FILTER_SPECS = {
  region: [
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("REGION_KIND") },
    { key: "parent", label: "Inside", help: "the enclosing region's id", value: record("region") },
  ],
  deposit: [
    { key: "commodity", label: "Commodity", help: "a commodity", value: vocabulary("COMMODITY") },
    { key: "region", label: "Region", help: REGION_HELP, value: record("region") },
    { key: "status", label: "Status", help: "the latest status (a disputed deposit is found under each status its sources give)", value: vocabulary("CURRENT_STATUS") },
    { key: "company", label: "Company", help: "a company id (includes its subsidiaries)", value: record("company") },
    {
      key: "scope",
      label: "Scope",
      help: "territories (the default: the districts the atlas is about), elsewhere or all",
      value: { type: "values", values: DEPOSIT_SCOPES },
      default: "territories",
      facet: false,
    },
  ],
  company: [
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("COMPANY_KIND") },
    { key: "jurisdiction", label: "Registered in", help: "an ISO 3166-1 alpha-2 code", value: { type: "country" } },
  ],
  resolution: [
    { key: "body", label: "Body", help: "a UN body", value: vocabulary("UN_BODY") },
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("DOCUMENT_KIND") },
    { key: "region", label: "Region named", help: REGION_HELP, value: record("region") },
  ],
  statistic: [
    { key: "category", label: "Category", help: "what is counted", value: vocabulary("STATISTIC_CATEGORY") },
    { key: "region", label: "Region", help: REGION_HELP, value: record("region") },
    { key: "population", label: "Population", help: "the group counted", value: vocabulary("POPULATION_GROUP") },
  ],
  "heritage-site": [
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("HERITAGE_KIND") },
    { key: "status", label: "Status", help: "a status a source gives", value: vocabulary("HERITAGE_STATUS") },
    { key: "region", label: "Region", help: REGION_HELP, value: record("region") },
  ],
  event: [
    { key: "region", label: "Region", help: REGION_HELP, value: record("region") },
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("EVENT_KIND") },
    { key: "from", label: "From", help: "on or after a date (YYYY, YYYY-MM or YYYY-MM-DD)", value: { type: "date" } },
    { key: "to", label: "To", help: "on or before a date", value: { type: "date" } },
  ],
  programme: [],
  source: [
    { key: "publisherType", label: "Publisher", help: "the publisher's type", value: vocabulary("PUBLISHER_TYPE") },
    { key: "kind", label: "Kind", help: "the record's kind", value: vocabulary("SOURCE_KIND") },
  ],
} as const satisfies Record<EntityKind, readonly FilterSpec[]>;

type Specs = typeof FILTER_SPECS;
type ValueOf<V> = V extends { type: "vocabulary"; vocabulary: infer N extends VocabularyName }
  ? (typeof VOCABULARIES)[N]["values"][number]
  : V extends { type: "values"; values: readonly (infer T)[] }
    ? T
    : string;

/** The filter a kind takes: each key optional, each value of its type. */
export type FilterOf<K extends EntityKind> = { [F in Specs[K][number] as F["key"]]?: ValueOf<F["value"]> };

export const filterSpecs = (kind: EntityKind): readonly FilterSpec[] => FILTER_SPECS[kind];

/** Why a filter was refused. */
export type FilterProblemReason = "unknown-filter" | "not-allowed" | "invalid" | "not-found";

/**
 * A filter the atlas cannot answer: an unknown key, a value outside the vocabulary, an id that
 * is no record. `message` is one sentence for people; the other fields let a caller (the CLI, the
 * API) say the same in its own terms.
 */
export class FilterError extends Error {
  override readonly name = "FilterError";
  constructor(
    message: string,
    readonly kind: EntityKind,
    /** The filter's key, as given. */
    readonly key: string,
    /** The value given, as text. */
    readonly value: string,
    readonly reason: FilterProblemReason,
    /** What would be accepted: the kind's filter keys, a vocabulary's values, the ids of a kind, a format. */
    readonly accepted: readonly string[],
    /** The nearest accepted value, if one is close. */
    readonly suggestion: string | undefined,
    /** For `invalid`: what the value must look like. */
    readonly expected?: string,
  ) {
    super(message);
  }
}

const COUNTRY_MESSAGE = "expected an ISO 3166-1 alpha-2 code such as 'AM'";
const plural = (kind: EntityKind) => ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
const label = (kind: EntityKind) => ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.label.toLowerCase() ?? kind;

/** What a value of a filter must look like, if it does not: the first rule it breaks. */
function invalid(value: FilterValueType, text: string): string | undefined {
  switch (value.type) {
    case "record":
      if (!ID_PATTERN.test(text)) return ID_PATTERN_MESSAGE;
      if (text.length > ID_MAX_LENGTH) return `Too big: expected string to have <=${ID_MAX_LENGTH} characters`;
      return undefined;
    case "date":
      return isPartialDate(text) ? undefined : PARTIAL_DATE_MESSAGE;
    case "country":
      return /^[A-Z]{2}$/.test(text) ? undefined : COUNTRY_MESSAGE;
    case "vocabulary":
    case "values":
      return undefined;
  }
}

/** What a filter accepts, as a list for people: the values of a vocabulary, the ids of a kind, or a format. */
export function acceptedValues(value: FilterValueType, ids: (kind: EntityKind) => readonly string[]): readonly string[] {
  switch (value.type) {
    case "vocabulary":
      return VOCABULARIES[value.vocabulary].values;
    case "values":
      return value.values;
    case "record":
      return ids(value.kind);
    case "date":
      return ["YYYY", "YYYY-MM", "YYYY-MM-DD"];
    case "country":
      return ["an ISO 3166-1 alpha-2 code, e.g. AM"];
  }
}

/**
 * Checks a filter for a kind and returns it with the given keys only: first every value's form
 * (in the kind's order of filters), then keys the kind does not take, then that the ids exist.
 * Throws a `FilterError` on the first problem. `undefined` values count as not given.
 */
export function checkFilter(kind: EntityKind, filter: unknown, ids: (kind: EntityKind) => readonly string[]): Record<string, string> {
  if (filter === undefined || filter === null) return {};
  const specs = filterSpecs(kind);
  if (typeof filter !== "object" || Array.isArray(filter)) {
    throw new FilterError(`a filter of ${plural(kind)} is an object such as { ${specs[0]?.key ?? "key"}: … }`, kind, "", String(filter), "invalid", specs.map((s) => s.key), undefined);
  }
  const given = Object.fromEntries(Object.entries(filter as Record<string, unknown>).filter(([, v]) => v !== undefined));
  for (const spec of specs) {
    if (!(spec.key in given)) continue;
    const raw = given[spec.key];
    const text = String(raw);
    const accepted = spec.value.type === "record" ? [] : acceptedValues(spec.value, ids);
    if (typeof raw !== "string") {
      throw new FilterError(`${spec.key}: expected text, got ${typeof raw}`, kind, spec.key, text, "invalid", accepted, undefined, "text");
    }
    if (spec.value.type === "vocabulary" || spec.value.type === "values") {
      if (!accepted.includes(text)) {
        throw new FilterError(
          `${spec.key}: '${text}' is not allowed${didYouMean(text, accepted)}; expected one of: ${accepted.join(", ")}`,
          kind,
          spec.key,
          text,
          "not-allowed",
          accepted,
          nearest(text, accepted),
        );
      }
      continue;
    }
    const wrong = invalid(spec.value, text);
    if (wrong) throw new FilterError(`${spec.key}: '${text}' is not allowed: ${wrong}`, kind, spec.key, text, "invalid", acceptedValues(spec.value, ids), undefined, wrong);
  }
  const keys = specs.map((s) => s.key);
  const unknown = Object.keys(given).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    const [first] = unknown as [string];
    const takes = keys.length > 0 ? `${plural(kind)} take ${keys.join(", ")}` : `${plural(kind)} take no filters`;
    throw new FilterError(`${unknown.join(", ")} ${unknown.length === 1 ? "is not a filter" : "are not filters"} of ${plural(kind)}${didYouMean(first, keys)}; ${takes}`, kind, first, String(given[first]), "unknown-filter", keys, nearest(first, keys));
  }
  for (const spec of specs) {
    if (!(spec.key in given) || spec.value.type !== "record") continue;
    const id = given[spec.key] as string;
    const known = ids(spec.value.kind);
    if (!known.includes(id)) {
      const suggestion = nearest(id, known);
      throw new FilterError(`no ${label(spec.value.kind)} '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : ""}`, kind, spec.key, id, "not-found", known, suggestion);
    }
  }
  // In the kind's order of filters, whatever the order given.
  return Object.fromEntries(specs.filter((s) => s.key in given).map((s) => [s.key, given[s.key] as string]));
}
