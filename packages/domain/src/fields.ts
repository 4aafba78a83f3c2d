/**
 * The field registry, derived from the zod schemas: one walk over each kind's schema finds every
 * field that references another kind (`reference()` below), holds citations, a figure, a date,
 * a vocabulary's value or localized names. Adding a field to a schema in `entities.ts` adds it
 * here, and so to the integrity checks, the long tables, the atlas's backlinks and the CLI.
 *
 * What zod's types do not say (which kind an id names, a link's relation) is kept in
 * `FIELD_ANNOTATIONS`, a zod registry of its own: the global one feeds the JSON Schemas, which
 * stay as they are.
 */
import { z } from "zod";
import { VOCABULARIES, type VocabularyName } from "./enums.js";
import { fieldLabel, kebabCase, type FieldNode, type FieldRegistry, type FieldShape } from "./field-tree.js";
import type { EntityKind } from "./kinds.js";
import {
  CitationSchema,
  ClaimSchema,
  DateClaimSchema,
  FigureSchema,
  IdSchema,
  LinkSchema,
  LocationSchema,
  NamesSchema,
  PartialDateSchema,
  PeriodSchema,
} from "./primitives.js";

export interface FieldAnnotation {
  /** The field holds the id of a record of this kind. */
  ref?: EntityKind;
  /** Only records of that kind whose own `kind` is this. */
  only?: string;
  /** Name of the relationship; by default the field's name in kebab case. */
  relation?: string;
  /** A sibling field of the link object that says the role in the relationship. */
  role?: string;
  /** What an object is, where its fields do not say it (status and demand claims). */
  shape?: FieldShape;
  label?: string;
}

export const FIELD_ANNOTATIONS = z.registry<FieldAnnotation>();

export interface ReferenceOptions {
  description?: string;
  only?: string;
  relation?: string;
  role?: string;
}

/** An id of a record of `kind`: `IdSchema` (same JSON Schema), known to the registry as a reference. */
export function reference(kind: EntityKind, options: ReferenceOptions = {}) {
  const { description, ...rest } = options;
  const schema = description ? IdSchema.meta({ description }) : IdSchema.clone();
  FIELD_ANNOTATIONS.add(schema, { ref: kind, ...rest });
  return schema;
}

/** A `LinkSchema` (id, citations, note) whose id names a record of `kind`. */
export function linkTo(kind: EntityKind, options: Omit<ReferenceOptions, "description"> = {}) {
  const meta = LinkSchema.meta();
  return LinkSchema.extend({ id: reference(kind, options) })
    .strict()
    .meta({ ...meta });
}

type Schema = z.core.$ZodType;

function defOf(schema: Schema): { type: string } & Record<string, unknown> {
  return (schema as unknown as { _zod: { def: { type: string } & Record<string, unknown> } })._zod.def;
}

const shapeKeys = (schema: Schema): string[] => Object.keys((defOf(schema).shape as Record<string, unknown> | undefined) ?? {});
const FIGURE_KEYS = shapeKeys(FigureSchema);
const STATEMENT_KEYS = shapeKeys(ClaimSchema);
const DATE_CLAIM_KEYS = shapeKeys(DateClaimSchema);
const hasAll = (keys: string[], wanted: string[]) => wanted.every((k) => keys.includes(k));

function vocabularyName(values: readonly string[], where: string): VocabularyName {
  const same = (Object.keys(VOCABULARIES) as VocabularyName[]).filter((name) => {
    const v = VOCABULARIES[name].values as readonly string[];
    return v.length === values.length && v.every((x) => values.includes(x));
  });
  if (same.length !== 1) {
    throw new Error(`${where}: the enum [${values.join(", ")}] is ${same.length === 0 ? "no vocabulary" : `several vocabularies (${same.join(", ")})`} of enums.ts; declare it there, in VOCABULARIES`);
  }
  return same[0] as VocabularyName;
}

function describe(schema: Schema, key: string, where: string, name = key): FieldNode {
  let optional = false;
  let current = schema;
  let description: string | undefined;
  const annotation: FieldAnnotation = {};
  let date = false;
  // Unwrap optional and default, reading the description and annotations from the outside in.
  for (;;) {
    description ??= (z.globalRegistry.get(current) as { description?: string } | undefined)?.description;
    Object.assign(annotation, { ...FIELD_ANNOTATIONS.get(current), ...annotation });
    if (current === PartialDateSchema || (current as { _zod?: { parent?: unknown } })._zod?.parent === PartialDateSchema) date = true;
    const def = defOf(current);
    if (def.type === "optional" || def.type === "default" || def.type === "nullable" || def.type === "readonly") {
      if (def.type === "optional") optional = true;
      current = def.innerType as Schema;
      continue;
    }
    break;
  }
  const def = defOf(current);
  const node: FieldNode = { key, label: annotation.label ?? fieldLabel(key), optional, type: "string" };
  if (description) node.description = description;
  switch (def.type) {
    case "string":
      break;
    case "pipe":
      // A date is a codec (a bare year in a record file is read as its text): it holds text.
      if (date) break;
      throw new Error(`${where}: the registry does not know zod's '${def.type}' other than a date`);
    case "number":
    case "int":
      node.type = "number";
      break;
    case "boolean":
      node.type = "boolean";
      break;
    case "enum":
      node.vocabulary = vocabularyName(Object.values(def.entries as Record<string, string>), where);
      break;
    case "array": {
      node.type = "list";
      const element = def.element as Schema;
      if (element === CitationSchema) node.shape = "citations";
      node.item = describe(element, "[]", `${where}[]`, name);
      break;
    }
    case "object": {
      node.type = "object";
      const keys = shapeKeys(current);
      const shape =
        annotation.shape ??
        (current === CitationSchema
          ? "citation"
          : current === NamesSchema
            ? "names"
            : current === LocationSchema
              ? "location"
              : current === PeriodSchema
                ? "period"
                : hasAll(keys, FIGURE_KEYS)
                  ? "figure"
                  : hasAll(keys, STATEMENT_KEYS)
                    ? "statement"
                    : hasAll(keys, DATE_CLAIM_KEYS)
                      ? "date-claim"
                      : undefined);
      if (shape) node.shape = shape;
      node.fields = {};
      for (const [childKey, child] of Object.entries(def.shape as Record<string, Schema>)) {
        node.fields[childKey] = describe(child, childKey, where ? `${where}.${childKey}` : childKey);
      }
      break;
    }
    default:
      throw new Error(`${where}: the registry does not know zod's '${def.type}'`);
  }
  if (date) node.date = true;
  if (annotation.ref) {
    node.ref = { kind: annotation.ref, relation: annotation.relation ?? kebabCase(name) };
    if (annotation.only) node.ref.only = annotation.only;
    if (annotation.role) node.ref.role = annotation.role;
  }
  return node;
}

/** The registry of one schema (a kind's, or a copy with a field added). */
export function fieldTree(schema: Schema, name = ""): FieldNode {
  return describe(schema, "", name);
}

/** The registry of every kind, from the kinds' schemas. */
export function fieldRegistry(schemas: Readonly<Record<EntityKind, Schema>>): FieldRegistry {
  return Object.fromEntries(Object.entries(schemas).map(([kind, schema]) => [kind, fieldTree(schema, kind)])) as FieldRegistry;
}
