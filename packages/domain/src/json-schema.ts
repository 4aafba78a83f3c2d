import { z } from "zod";
import { DatasetSchema, ENTITY_KINDS, type EntityKind } from "./dataset.js";

/** JSON Schema (draft 2020-12) of one kind of record, generated from its zod schema. */
export function entityJsonSchema(kind: EntityKind): Record<string, unknown> {
  const info = ENTITY_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown entity kind '${kind}'`);
  return z.toJSONSchema(info.schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

/** JSON Schema of a whole dataset file (`dataset.json`) as the data package writes it. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
}
