import "server-only";
import {
  COMMODITY,
  COMPANY_KIND,
  CURRENT_STATUS,
  ENTITY_KINDS,
  EVENT_KIND,
  HERITAGE_STATUS,
  POPULATION_GROUP,
  PUBLISHER_TYPE,
  PartialDateSchema,
  REGION_KIND,
  SOURCE_KIND,
  STATISTIC_CATEGORY,
  UN_BODY,
  type EntityKindInfo,
} from "@karabakh-atlas/domain";
import { z } from "zod";
import { atlas, ids, meta } from "./data";

/** A 400 body: which parameter was wrong, what it was, and what it accepts. */
export interface BadParameter {
  error: "bad parameter";
  parameter: string;
  value: string;
  message: string;
  accepted: string[];
}

function idOf(kind: EntityKindInfo["kind"], label: string) {
  return z.string().refine((v) => ids(kind).includes(v), { message: `not a known ${label} id` });
}

/** The list filters each kind takes, validated at the edge; values come from the domain enums. */
function filterSchemas() {
  const region = idOf("region", "region");
  return {
    regions: z.object({ kind: z.enum(REGION_KIND.values), parent: region }).partial().strict(),
    deposits: z
      .object({ commodity: z.enum(COMMODITY.values), region, company: idOf("company", "company"), status: z.enum(CURRENT_STATUS.values) })
      .partial()
      .strict(),
    companies: z.object({ kind: z.enum(COMPANY_KIND.values), jurisdiction: z.string().regex(/^[A-Z]{2}$/) }).partial().strict(),
    resolutions: z.object({ region, body: z.enum(UN_BODY.values) }).partial().strict(),
    statistics: z
      .object({ region, category: z.enum(STATISTIC_CATEGORY.values), population: z.enum(POPULATION_GROUP.values) })
      .partial()
      .strict(),
    "heritage-sites": z.object({ region, status: z.enum(HERITAGE_STATUS.values) }).partial().strict(),
    events: z.object({ region, kind: z.enum(EVENT_KIND.values), from: PartialDateSchema, to: PartialDateSchema }).partial().strict(),
    programmes: z.object({}).strict(),
    sources: z.object({ publisherType: z.enum(PUBLISHER_TYPE.values), kind: z.enum(SOURCE_KIND.values) }).partial().strict(),
  } satisfies Record<EntityKindInfo["dir"], z.ZodType>;
}

function accepted(dir: EntityKindInfo["dir"], parameter: string): string[] {
  const shape = (filterSchemas()[dir] as z.ZodObject).shape as Record<string, z.ZodType>;
  const field = shape[parameter];
  if (!field) return Object.keys(shape);
  const inner = field instanceof z.ZodOptional ? field.unwrap() : field;
  if (inner instanceof z.ZodEnum) return inner.options.map(String);
  if (parameter === "region" || parameter === "parent") return ids("region");
  if (parameter === "company") return ids("company");
  if (parameter === "from" || parameter === "to") return ["YYYY", "YYYY-MM", "YYYY-MM-DD"];
  if (parameter === "jurisdiction") return ["an ISO 3166-1 alpha-2 code, e.g. AM"];
  return [];
}

export const KIND_DIRS = ENTITY_KINDS.map((k) => k.dir);

export function badKind(value: string): BadParameter {
  return {
    error: "bad parameter",
    parameter: "kind",
    value,
    message: `'${value}' is not a kind of record.`,
    accepted: [...KIND_DIRS],
  };
}

export type ListResult = { ok: true; kind: EntityKindInfo; items: unknown[]; filters: Record<string, string> } | { ok: false; error: BadParameter };

/** Parses a list request's query and runs the matching atlas query. */
export function listRecords(dir: string, params: URLSearchParams): ListResult {
  const kind = ENTITY_KINDS.find((k) => k.dir === dir);
  if (!kind) return { ok: false, error: badKind(dir) };
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) {
      return { ok: false, error: { error: "bad parameter", parameter: key, value, message: `'${key}' is given more than once; give it once.`, accepted: accepted(kind.dir, key) } };
    }
    raw[key] = value;
  }
  const parsed = filterSchemas()[kind.dir].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const parameter = unknownKey ?? String(issue?.path[0] ?? "");
    const value = raw[parameter] ?? "";
    const message = unknownKey
      ? `'${unknownKey}' is not a filter of ${kind.dir}.`
      : `'${value}' is not a valid ${parameter}${issue?.message && issue.code === "custom" ? ` (${issue.message})` : ""}.`;
    return { ok: false, error: { error: "bad parameter", parameter, value, message, accepted: unknownKey ? accepted(kind.dir, "") : accepted(kind.dir, parameter) } };
  }
  const f = parsed.data as Record<string, string>;
  const items: unknown[] = (() => {
    switch (kind.dir) {
      case "regions":
        return atlas.regions(f);
      case "deposits":
        return atlas.deposits(f);
      case "companies":
        return atlas.companies(f);
      case "resolutions":
        return atlas.resolutions(f);
      case "statistics":
        return atlas.statistics(f);
      case "heritage-sites":
        return atlas.heritageSites(f);
      case "events":
        return atlas.events(f);
      case "programmes":
        return atlas.programmes();
      case "sources":
        return atlas.sources(f);
    }
  })();
  return { ok: true, kind, items, filters: f };
}

/** The body of a list answer, for `GET /api/v1/<kind>` and the static export's `<kind>.json` alike. */
export function listBody(result: Extract<ListResult, { ok: true }>) {
  const { version, updated } = meta();
  return { kind: result.kind.dir, version, updated, filters: result.filters, count: result.items.length, data: result.items };
}

/** Every record as its kind's folder and its id: the static export writes one JSON file for each. */
export function recordKeys(): { dir: EntityKindInfo["dir"]; id: string }[] {
  return ENTITY_KINDS.flatMap((k) => ids(k.kind).map((id) => ({ dir: k.dir, id })));
}

export function getRecord(dir: string, id: string): { status: 200 | 400 | 404; body: unknown } {
  const kind = ENTITY_KINDS.find((k) => k.dir === dir);
  if (!kind) return { status: 400, body: badKind(dir) };
  const record = atlas.get(kind.kind, id);
  if (!record) {
    const suggestion = atlas.suggestId(id, kind.kind);
    return {
      status: 404,
      body: { error: "not found", kind: kind.dir, id, message: `No ${kind.label.toLowerCase()} has the id '${id}'.${suggestion ? ` Did you mean '${suggestion}'?` : ""}`, suggestion },
    };
  }
  return { status: 200, body: { kind: kind.dir, id, data: record } };
}
