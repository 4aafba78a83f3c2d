/**
 * The edge where command-line text becomes typed values: kinds, filters and formats are checked
 * against the domain's vocabularies (their `values` tuples), id pattern and partial dates, and a
 * mistake comes back as one sentence with the nearest valid value. Uses the domain's zod-free
 * entry: zod is never loaded to run a command.
 */
import {
  COMMODITY,
  COMPANY_KIND,
  CURRENT_STATUS,
  ENTITY_KIND_TABLE,
  EVENT_KIND,
  HERITAGE_STATUS,
  ID_MAX_LENGTH,
  ID_PATTERN,
  ID_PATTERN_MESSAGE,
  PARTIAL_DATE_MESSAGE,
  POPULATION_GROUP,
  PUBLISHER_TYPE,
  REGION_KIND,
  SOURCE_KIND,
  STATISTIC_CATEGORY,
  UN_BODY,
  isPartialDate,
  type EntityKind,
} from "@karabakh-atlas/domain/vocabulary";
import { EXPORT_TABLE_NAMES, didYouMean, type AnyRecord, type Atlas, type ExportTableName, type GeoLayer } from "@karabakh-atlas/data/core";
import { notFoundError, usageError } from "./errors.js";

const KIND_NAMES: Record<string, EntityKind> = { timeline: "event", documents: "resolution", "un-documents": "resolution" };
for (const { kind, dir } of ENTITY_KIND_TABLE) {
  KIND_NAMES[kind] = kind;
  KIND_NAMES[dir] = kind;
}

export const KIND_CHOICES = ENTITY_KIND_TABLE.map((k) => k.dir);

/** `deposits`, `deposit` or `timeline` → the entity kind. */
export function parseKind(text: string): EntityKind {
  const kind = KIND_NAMES[text.toLowerCase()];
  if (!kind) throw usageError(`unknown kind '${text}'${didYouMean(text, Object.keys(KIND_NAMES))}; kinds are ${KIND_CHOICES.join(", ")}`);
  return kind;
}

/** What a filter flag accepts: one of a vocabulary's values, or text passing checks in order. */
type Accepts = { values: readonly string[] } | { checks: readonly { ok: (text: string) => boolean; message: string }[] };

const oneOf = (vocabulary: { values: readonly string[] }): Accepts => ({ values: vocabulary.values });
// The same checks, in the same order and with the same messages, as the domain's IdSchema.
const id: Accepts = {
  checks: [
    { ok: (text) => ID_PATTERN.test(text), message: ID_PATTERN_MESSAGE },
    { ok: (text) => text.length <= ID_MAX_LENGTH, message: `Too big: expected string to have <=${ID_MAX_LENGTH} characters` },
  ],
};
const date: Accepts = { checks: [{ ok: isPartialDate, message: PARTIAL_DATE_MESSAGE }] };
const country: Accepts = { checks: [{ ok: (text) => /^[A-Z]{2}$/.test(text), message: "expected an ISO 3166-1 alpha-2 code such as 'AM'" }] };

/** The filters each kind takes, in the order they are checked. */
const FILTERS: Record<EntityKind, Record<string, Accepts>> = {
  region: { kind: oneOf(REGION_KIND), parent: id },
  deposit: { commodity: oneOf(COMMODITY), region: id, company: id, status: oneOf(CURRENT_STATUS) },
  company: { kind: oneOf(COMPANY_KIND), jurisdiction: country },
  resolution: { region: id, body: oneOf(UN_BODY) },
  statistic: { region: id, category: oneOf(STATISTIC_CATEGORY), population: oneOf(POPULATION_GROUP) },
  "heritage-site": { region: id, status: oneOf(HERITAGE_STATUS) },
  event: { region: id, kind: oneOf(EVENT_KIND), from: date, to: date },
  programme: {},
  source: { publisherType: oneOf(PUBLISHER_TYPE), kind: oneOf(SOURCE_KIND) },
};

/** Every filter flag any kind takes, for the `list` command's help. */
export const FILTER_FLAGS: Record<string, string> = {
  commodity: `deposits: ${COMMODITY.values.slice(0, 6).join(", ")}, …`,
  region: "deposits, statistics, events, resolutions, heritage-sites: a region id (includes the regions inside it)",
  company: "deposits: a company id (includes its subsidiaries)",
  status: "deposits: the latest status; heritage-sites: a status",
  category: `statistics: ${STATISTIC_CATEGORY.values.slice(0, 5).join(", ")}, …`,
  population: `statistics: ${POPULATION_GROUP.values.join(", ")}`,
  kind: "regions, companies, events, sources: the record's kind",
  parent: "regions: the enclosing region's id",
  body: `resolutions: ${UN_BODY.values.slice(0, 4).join(", ")}, …`,
  jurisdiction: "companies: an ISO 3166-1 alpha-2 code",
  from: "events: on or after a date (YYYY, YYYY-MM or YYYY-MM-DD)",
  to: "events: on or before a date",
  publisherType: `sources: ${PUBLISHER_TYPE.values.join(", ")}`,
};

export const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Why a flag value is not accepted, as one sentence naming the flag, the value and what would be right. */
function rejection(key: string, got: string, accepts: Accepts): string | undefined {
  if ("values" in accepts) {
    if (accepts.values.includes(got)) return undefined;
    return `${flagName(key)}: '${got}' is not allowed${didYouMean(got, accepts.values)}; expected one of: ${accepts.values.join(", ")}`;
  }
  const failed = accepts.checks.find((check) => !check.ok(got));
  return failed ? `${flagName(key)}: '${got}' is not allowed: ${failed.message}` : undefined;
}

export type Filter = Record<string, string | undefined>;

/** Parses the filter flags for a kind and checks that the ids they name exist. */
export function parseFilter(atlas: Atlas, kind: EntityKind, options: Record<string, unknown>): Filter {
  const given = Object.fromEntries(Object.entries(options).filter(([key, v]) => v !== undefined && key in FILTER_FLAGS));
  const accepted = FILTERS[kind];
  const plural = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
  // Values first, in the kind's order of filters; then flags the kind does not take.
  for (const [key, accepts] of Object.entries(accepted)) {
    if (!(key in given)) continue;
    const problem = rejection(key, String(given[key]), accepts);
    if (problem) throw usageError(problem);
  }
  const unknown = Object.keys(given).filter((key) => !(key in accepted));
  if (unknown.length > 0) {
    const allowed = Object.keys(accepted);
    throw usageError(
      `${unknown.map(flagName).join(", ")} does not apply to ${plural}; ${allowed.length > 0 ? `${plural} take ${allowed.map(flagName).join(", ")}` : `${plural} take no filters`}`,
    );
  }
  const filter = given as Filter;
  for (const key of ["region", "parent"] as const) {
    const id = filter[key];
    if (id !== undefined && !atlas.region(id)) throw notFoundError(missing(atlas, "region", id));
  }
  if (filter.company !== undefined && !atlas.company(filter.company)) throw notFoundError(missing(atlas, "company", filter.company));
  return filter;
}

/** "no deposit 'gyzilbulag' — did you mean 'gyzylbulag'?" */
export function missing(atlas: Atlas, kind: EntityKind | undefined, id: string): string {
  const suggestion = atlas.suggestId(id, kind);
  // Without a kind, name the kind of the record the user probably meant.
  const named = kind ?? (suggestion ? atlas.find(suggestion)?.kind : undefined);
  const label = named ? (ENTITY_KIND_TABLE.find((k) => k.kind === named)?.label.toLowerCase() ?? named) : "record";
  return `no ${label} '${id}'${suggestion ? ` — did you mean '${suggestion}'?` : ""}`;
}

/** The records of a kind that pass a parsed filter, as the atlas returns them. */
export function listRecords(atlas: Atlas, kind: EntityKind, f: Filter): readonly AnyRecord["record"][] {
  switch (kind) {
    case "region":
      return atlas.regions(f as Parameters<Atlas["regions"]>[0]);
    case "deposit":
      return atlas.deposits(f as Parameters<Atlas["deposits"]>[0]);
    case "company":
      return atlas.companies(f as Parameters<Atlas["companies"]>[0]);
    case "resolution":
      return atlas.resolutions(f as Parameters<Atlas["resolutions"]>[0]);
    case "statistic":
      return atlas.statistics(f as Parameters<Atlas["statistics"]>[0]);
    case "heritage-site":
      return atlas.heritageSites(f as Parameters<Atlas["heritageSites"]>[0]);
    case "event":
      return atlas.events(f as Parameters<Atlas["events"]>[0]);
    case "programme":
      return atlas.programmes();
    case "source":
      return atlas.sources(f as Parameters<Atlas["sources"]>[0]);
  }
}

export const FORMATS = ["json", "csv", "geojson"] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(text: string): Format {
  if (!(FORMATS as readonly string[]).includes(text)) throw usageError(`--format: '${text}' is not allowed${didYouMean(text, FORMATS)}; expected one of: ${FORMATS.join(", ")}`);
  return text as Format;
}

/** A CSV table of the data package's exports: a kind's folder name (or the kind) or a long table. */
export function parseTable(text: string): ExportTableName {
  if ((EXPORT_TABLE_NAMES as readonly string[]).includes(text)) return text as ExportTableName;
  const kind = KIND_NAMES[text.toLowerCase()];
  if (kind) return (ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind) as ExportTableName;
  throw usageError(`--table: '${text}' is not a table${didYouMean(text, EXPORT_TABLE_NAMES)}; tables are ${EXPORT_TABLE_NAMES.join(", ")}`);
}

export const LAYERS = ["regions", "deposits"] as const satisfies readonly GeoLayer[];

export function parseLayer(text: string): GeoLayer {
  if (!(LAYERS as readonly string[]).includes(text)) throw usageError(`--layer: '${text}' is not allowed${didYouMean(text, LAYERS)}; expected one of: ${LAYERS.join(", ")}`);
  return text as GeoLayer;
}
