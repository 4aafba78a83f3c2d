/**
 * The field registry's shape and the walks over it, without zod: what each field of each kind of
 * record is (a reference to another kind, citations, a figure, a date, a vocabulary's value,
 * localized names), with its label and description. `fields.ts` derives the registry from the
 * zod schemas; the build writes it as plain data (`generated/fields.ts`, the `FIELDS` of both
 * entries), so code that reads records never loads zod to know what a field is.
 */
import { VOCABULARIES, type Vocabulary, type VocabularyName } from "./enums.js";
import type { EntityKind } from "./kinds.js";

/** What an object field is, where the schema says more than its type. */
export type FieldShape =
  | "figure"
  | "citations"
  | "citation"
  | "names"
  | "location"
  | "period"
  | "statement"
  | "date-claim"
  | "status"
  | "demand"
  | "milestone";

/** A field holding the id of another record. */
export interface FieldReference {
  /** The kind of record the id names. */
  kind: EntityKind;
  /** Only records of the target kind whose own `kind` is this (e.g. `economic-region`). */
  only?: string;
  /** Name of the relationship (links.csv `relation`); by default the field's name in kebab case. */
  relation: string;
  /** A sibling field of the link object that says the role in the relationship (links.csv `role`). */
  role?: string;
}

export interface FieldNode {
  /** The field's name (`""` for a record, `"[]"` for the items of a list). */
  key: string;
  label: string;
  description?: string;
  optional: boolean;
  type: "string" | "number" | "boolean" | "object" | "list";
  ref?: FieldReference;
  vocabulary?: VocabularyName;
  /** A partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date?: true;
  shape?: FieldShape;
  /** An object's fields, in the schema's order. */
  fields?: Record<string, FieldNode>;
  /** A list's items. */
  item?: FieldNode;
}

/** The root node of every kind of record. */
export type FieldRegistry = Readonly<Record<EntityKind, FieldNode>>;

export type FieldPath = (string | number)[];

const FIELD_LABELS: Record<string, string> = {
  en: "English",
  az: "Azerbaijani",
  ru: "Russian",
  hy: "Armenian-used",
  titles: "Title in other languages",
  subsetIn: "Subset in other languages",
  asOf: "As of",
  url: "URL",
  iso: "ISO code",
};

/** A field's label: `nearestSettlement` → `Nearest settlement`, `asOf` → `As of`. */
export function fieldLabel(key: string): string {
  const known = FIELD_LABELS[key];
  if (known) return known;
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `nearestSettlement` → `nearest-settlement`. */
export function kebabCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/** `["operations", 0, "company"]` → `operations[0].company`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out;
}

/** The values and labels of a vocabulary named by the registry. */
export function vocabularyOf(name: VocabularyName): Vocabulary {
  return VOCABULARIES[name] as Vocabulary;
}

/**
 * Calls `visit` for a value and everything inside it that the registry knows, depth first in the
 * value's own order (a record's fields in the order the record gives them, a list's items in
 * order). `visit` returns `false` to skip what is inside a value.
 */
export function visitFields(
  value: unknown,
  node: FieldNode,
  visit: (value: unknown, node: FieldNode, path: FieldPath, parent: Record<string, unknown> | undefined) => boolean | void,
  path: FieldPath = [],
  parent?: Record<string, unknown>,
): void {
  if (visit(value, node, path, parent) === false) return;
  if (node.type === "list" && node.item && Array.isArray(value)) {
    const item = node.item;
    value.forEach((v, i) => visitFields(v, item, visit, [...path, i], parent));
  } else if (node.type === "object" && node.fields && value && typeof value === "object" && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const [key, child] of Object.entries(object)) {
      const childNode = node.fields[key];
      if (childNode) visitFields(child, childNode, visit, [...path, key], object);
    }
  }
}

/** The node of a field path (`["operations", 0, "company"]`, indexes or not), if the registry has it. */
export function fieldAt(root: FieldNode, path: readonly (string | number)[]): FieldNode | undefined {
  let node: FieldNode | undefined = root;
  for (const part of path) {
    if (!node) return undefined;
    node = typeof part === "number" || part === "[]" ? node.item : node.fields?.[part];
  }
  return node;
}

/** Every field under a node, as `operations[].company` paths, in the schema's order. */
export function listFields(root: FieldNode): { path: string; node: FieldNode }[] {
  const out: { path: string; node: FieldNode }[] = [];
  const walk = (node: FieldNode, path: string) => {
    if (path) out.push({ path, node });
    if (node.item) walk(node.item, `${path}[]`);
    for (const [key, child] of Object.entries(node.fields ?? {})) walk(child, path ? `${path}.${key}` : key);
  };
  walk(root, "");
  return out;
}

/** One reference from a record to another, where it stands and what the link is. */
export interface ReferenceAt {
  /** Path of the id. */
  path: FieldPath;
  id: string;
  ref: FieldReference;
  /**
   * Path of the link: the object in a list that the id is the key of (`operations[0]`), or the
   * id itself (`parent`, `regions[2]`).
   */
  link: FieldPath;
  /** The link object, for a reference that is the key of an object in a list. */
  holder?: Record<string, unknown>;
  /** Path of the citations that support the link: the link object's, or a sibling `<field>Citations` list. */
  citedAt?: FieldPath;
}

/** Every reference a record holds, in the record's order. */
export function referencesIn(record: unknown, root: FieldNode): ReferenceAt[] {
  const out: ReferenceAt[] = [];
  visitFields(record, root, (value, node, path, parent) => {
    if (!node.ref || typeof value !== "string") return;
    const key = path[path.length - 1];
    const inListObject = typeof key === "string" && typeof path[path.length - 2] === "number" && parent !== undefined;
    const link = inListObject ? path.slice(0, -1) : path;
    const containerPath = typeof key === "string" ? path.slice(0, -1) : undefined;
    const container = containerPath ? fieldAt(root, containerPath) : undefined;
    let citedAt: FieldPath | undefined;
    if (inListObject && container?.fields?.citations) citedAt = link;
    else if (typeof key === "string" && container?.fields?.[`${key}Citations`]) citedAt = [...(containerPath ?? []), `${key}Citations`];
    out.push({ path, id: value, ref: node.ref, link, ...(inListObject ? { holder: parent } : {}), ...(citedAt ? { citedAt } : {}) });
  });
  return out;
}

/** One list of citations in a record: its path, and the path of what it supports. */
export interface CitationListAt {
  path: FieldPath;
  /** `citations` supports the object that holds it; a named list (`regionCitations`) supports itself. */
  supports: FieldPath;
  citations: readonly { source: string; locator: string; excerpt?: string; summary?: string; note?: string }[];
}

/** Every list of citations in a record, in the record's order. */
export function citationListsIn(record: unknown, root: FieldNode): CitationListAt[] {
  const out: CitationListAt[] = [];
  visitFields(record, root, (value, node, path) => {
    if (node.shape !== "citations" || !Array.isArray(value)) return;
    const key = path[path.length - 1];
    out.push({ path, supports: key === "citations" ? path.slice(0, -1) : path, citations: value as CitationListAt["citations"] });
    return false;
  });
  return out;
}
