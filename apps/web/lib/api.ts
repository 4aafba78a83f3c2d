import "server-only";
import { FilterError, acceptedValues, filterSpecs } from "@karabakh-atlas/data";
import { ENTITY_KINDS, type EntityKindInfo } from "@karabakh-atlas/domain";
import { atlas, ids, meta } from "./data";

/** A 400 body: which parameter was wrong, what it was, what it accepts, and the nearest accepted value. */
export interface BadParameter {
  error: "bad parameter";
  parameter: string;
  value: string;
  message: string;
  accepted: string[];
  suggestion?: string;
}

/** The kind of record a filter names by id. */
function targetOf(kind: EntityKindInfo["kind"], key: string): string | undefined {
  const value = filterSpecs(kind).find((s) => s.key === key)?.value;
  return value?.type === "record" ? value.kind : undefined;
}

/** What a parameter accepts: the kind's filters for an unknown one, else its values (or their form). */
function accepted(kind: EntityKindInfo["kind"], parameter: string): string[] {
  const spec = filterSpecs(kind).find((s) => s.key === parameter);
  return spec ? [...acceptedValues(spec.value, ids)] : filterSpecs(kind).map((s) => s.key);
}

/** A filter the atlas refused (`FilterError`, from the data package's filter specification) as a 400 body. */
function badFilter(dir: EntityKindInfo["dir"], error: FilterError): BadParameter {
  const { key: parameter, value, suggestion } = error;
  const hint = suggestion ? ` Did you mean '${suggestion}'?` : "";
  const message =
    error.reason === "unknown-filter"
      ? `'${parameter}' is not a filter of ${dir}.${hint}`
      : error.reason === "not-found"
        ? `'${value}' is not a valid ${parameter} (not a known ${targetOf(error.kind, parameter) ?? parameter} id).${hint}`
        : `'${value}' is not a valid ${parameter}${error.expected ? ` (${error.expected})` : ""}.${hint}`;
  return { error: "bad parameter", parameter, value, message, accepted: [...error.accepted], ...(suggestion ? { suggestion } : {}) };
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

/** Parses a list request's query and runs the matching atlas query (checked against the data package's filter specification). */
export function listRecords(dir: string, params: URLSearchParams): ListResult {
  const kind = ENTITY_KINDS.find((k) => k.dir === dir);
  if (!kind) return { ok: false, error: badKind(dir) };
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) {
      return { ok: false, error: { error: "bad parameter", parameter: key, value, message: `'${key}' is given more than once; give it once.`, accepted: accepted(kind.kind, key) } };
    }
    raw[key] = value;
  }
  try {
    const filters = atlas.checkFilter(kind.kind, raw) as Record<string, string>;
    return { ok: true, kind, items: [...atlas.query(kind.kind, filters)], filters };
  } catch (error) {
    if (error instanceof FilterError) return { ok: false, error: badFilter(kind.dir, error) };
    throw error;
  }
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
