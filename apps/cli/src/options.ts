/**
 * The edge where command-line text becomes typed values: kinds, filters and formats are parsed
 * with zod against the domain's vocabularies, and a mistake comes back as one sentence with the
 * nearest valid value.
 */
import { z } from "zod";
import {
  COMMODITY,
  COMPANY_KIND,
  DEPOSIT_STATUS,
  ENTITY_KINDS,
  EVENT_KIND,
  HERITAGE_STATUS,
  IdSchema,
  PartialDateSchema,
  POPULATION_GROUP,
  PUBLISHER_TYPE,
  REGION_KIND,
  SOURCE_KIND,
  STATISTIC_CATEGORY,
  UN_BODY,
  type EntityKind,
} from "@karabakh-atlas/domain";
import { EXPORT_TABLE_NAMES, didYouMean, type AnyRecord, type Atlas, type ExportTableName, type GeoLayer } from "@karabakh-atlas/data";
import { notFoundError, usageError } from "./errors.js";

const KIND_NAMES: Record<string, EntityKind> = { timeline: "event", documents: "resolution", "un-documents": "resolution" };
for (const { kind, dir } of ENTITY_KINDS) {
  KIND_NAMES[kind] = kind;
  KIND_NAMES[dir] = kind;
}

export const KIND_CHOICES = ENTITY_KINDS.map((k) => k.dir);

/** `deposits`, `deposit` or `timeline` → the entity kind. */
export function parseKind(text: string): EntityKind {
  const kind = KIND_NAMES[text.toLowerCase()];
  if (!kind) throw usageError(`unknown kind '${text}'${didYouMean(text, Object.keys(KIND_NAMES))}; kinds are ${KIND_CHOICES.join(", ")}`);
  return kind;
}

const region = IdSchema.optional();
const FILTERS = {
  region: z.object({ kind: z.enum(REGION_KIND.values).optional(), parent: region }),
  deposit: z.object({ commodity: z.enum(COMMODITY.values).optional(), region, company: IdSchema.optional(), status: z.enum(DEPOSIT_STATUS.values).optional() }),
  company: z.object({ kind: z.enum(COMPANY_KIND.values).optional(), jurisdiction: z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as 'AM'").optional() }),
  resolution: z.object({ region, body: z.enum(UN_BODY.values).optional() }),
  statistic: z.object({ region, category: z.enum(STATISTIC_CATEGORY.values).optional(), population: z.enum(POPULATION_GROUP.values).optional() }),
  "heritage-site": z.object({ region, status: z.enum(HERITAGE_STATUS.values).optional() }),
  event: z.object({ region, kind: z.enum(EVENT_KIND.values).optional(), from: PartialDateSchema.optional(), to: PartialDateSchema.optional() }),
  programme: z.object({}),
  source: z.object({ publisherType: z.enum(PUBLISHER_TYPE.values).optional(), kind: z.enum(SOURCE_KIND.values).optional() }),
} satisfies Record<EntityKind, z.ZodObject>;

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

/** A zod failure as one sentence naming the flag, the value and what would be right. */
function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>, kindLabel: string, allowed: string[]): string {
  const key = String(issue.path[0] ?? "");
  const got = input[key];
  if (issue.code === "invalid_value" && Array.isArray(issue.values)) {
    const values = issue.values.map(String);
    const suggestion = typeof got === "string" ? didYouMean(got, values) : "";
    return `${flagName(key)}: '${String(got)}' is not allowed${suggestion}; expected one of: ${values.join(", ")}`;
  }
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map(flagName).join(", ");
    return `${keys} does not apply to ${kindLabel}; ${allowed.length > 0 ? `${kindLabel} take ${allowed.map(flagName).join(", ")}` : `${kindLabel} take no filters`}`;
  }
  return `${flagName(key)}: '${String(got)}' is not allowed: ${issue.message}`;
}

export type Filter = Record<string, string | undefined>;

/** Parses the filter flags for a kind and checks that the ids they name exist. */
export function parseFilter(atlas: Atlas, kind: EntityKind, options: Record<string, unknown>): Filter {
  const given = Object.fromEntries(Object.entries(options).filter(([key, v]) => v !== undefined && key in FILTER_FLAGS));
  const schema = FILTERS[kind].strict();
  const plural = ENTITY_KINDS.find((k) => k.kind === kind)?.dir ?? kind;
  const result = schema.safeParse(given);
  if (!result.success) {
    const [issue] = result.error.issues;
    throw usageError(issue ? describeIssue(issue, given, plural, Object.keys(FILTERS[kind].shape)) : "invalid filter");
  }
  const filter = result.data as Filter;
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
  const label = named ? (ENTITY_KINDS.find((k) => k.kind === named)?.label.toLowerCase() ?? named) : "record";
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
  const result = z.enum(FORMATS).safeParse(text);
  if (!result.success) throw usageError(`--format: '${text}' is not allowed${didYouMean(text, FORMATS)}; expected one of: ${FORMATS.join(", ")}`);
  return result.data;
}

/** A CSV table of the data package's exports: a kind's folder name (or the kind) or a long table. */
export function parseTable(text: string): ExportTableName {
  if ((EXPORT_TABLE_NAMES as readonly string[]).includes(text)) return text as ExportTableName;
  const kind = KIND_NAMES[text.toLowerCase()];
  if (kind) return (ENTITY_KINDS.find((k) => k.kind === kind)?.dir ?? kind) as ExportTableName;
  throw usageError(`--table: '${text}' is not a table${didYouMean(text, EXPORT_TABLE_NAMES)}; tables are ${EXPORT_TABLE_NAMES.join(", ")}`);
}

export const LAYERS = ["regions", "deposits"] as const satisfies readonly GeoLayer[];

export function parseLayer(text: string): GeoLayer {
  const result = z.enum(LAYERS).safeParse(text);
  if (!result.success) throw usageError(`--layer: '${text}' is not allowed${didYouMean(text, LAYERS)}; expected one of: ${LAYERS.join(", ")}`);
  return result.data;
}
