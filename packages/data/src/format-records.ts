/**
 * One way to write a record file, applied by `npm run data:fmt` and checked by its `--check` (and
 * by this package's tests): the `yaml` library's Document API reads a file with its comments and
 * key order, and writes it back with
 *
 * - sequences indented under their key (`citations:` then `  - source: …`);
 * - every text on one line, plain where YAML allows, otherwise in double quotes (single quotes
 *   when the text holds a double quote and no single one); a text with line breaks as a `|` block;
 * - block collections only (`[gold, copper]` becomes a list of lines);
 * - a citation that a record repeats word for word written once, with an anchor (`&cite-1`), and
 *   referred to by an alias (`*cite-1`) wherever it is repeated.
 *
 * Formatting never changes what a file means: the formatted text is parsed again and must give
 * the same data, or the formatter throws.
 */
import { readdirSync } from "node:fs";
import { extname, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { Scalar, isAlias, isSeq, parseDocument, visit, type Alias, type Document, type ToStringOptions, type YAMLMap } from "yaml";
import { CitationSchema } from "@karabakh-atlas/domain";

/** The files the formatter owns: YAML record files (a `.json` record keeps JSON's own form). */
export const FORMATTED_EXTENSIONS = new Set([".yaml", ".yml"]);

/** How every record file is written. `lineWidth: 0`: a long excerpt stays on one line. */
export const RECORD_STYLE: ToStringOptions = { indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false };

/** The prefix of the anchors the formatter names (`&cite-1`); anchors a writer named are kept. */
const ANCHOR_PREFIX = "cite-";

/** A canonical text of a value: the same for two values that are equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function isCitation(value: unknown): boolean {
  return CitationSchema.safeParse(value).success;
}

/**
 * Writes each citation a record repeats word for word once, anchored where it first appears, and
 * the repeats as aliases to it. Returns how many repeats became aliases.
 */
function aliasRepeatedCitations(doc: Document): number {
  const taken = new Set<string>();
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node) && node.anchor) taken.add(node.anchor);
    },
  });
  let next = 1;
  const nextName = (): string => {
    while (taken.has(`${ANCHOR_PREFIX}${next}`)) next++;
    const name = `${ANCHOR_PREFIX}${next}`;
    taken.add(name);
    return name;
  };
  const first = new Map<string, YAMLMap>();
  let aliased = 0;
  visitCitations(doc, (node, key) => {
    const anchored = first.get(key);
    if (!anchored) {
      first.set(key, node);
      return undefined;
    }
    if (!anchored.anchor) anchored.anchor = nextName();
    aliased++;
    return doc.createAlias(anchored, anchored.anchor);
  });
  return aliased;
}

/**
 * Calls `each` with every citation written out in full in a list of the document (an alias is not
 * visited) and its canonical text; a node `each` returns takes the citation's place.
 */
function visitCitations(doc: Document, each: (citation: YAMLMap, key: string) => Alias | undefined): void {
  visit(doc, {
    Map(_key, node, path) {
      if (!isSeq(path[path.length - 1])) return undefined;
      const value: unknown = node.toJS(doc);
      if (!isCitation(value)) return undefined;
      return each(node, canonical(value)) ?? visit.SKIP;
    },
  });
}

/** One style of scalars and collections: see the file's comment. */
function normaliseStyle(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      node.type = node.value.includes("\n") ? Scalar.BLOCK_LITERAL : undefined;
    },
    Map(_key, node) {
      node.flow = false;
    },
    Seq(_key, node) {
      node.flow = false;
    },
  });
}

export interface FormattedRecord {
  text: string;
  /** Repeated citations the formatter wrote as aliases. */
  aliased: number;
}

/**
 * A record file's text in the one style. Throws on YAML it cannot read (run `npm run data:check`
 * to see why) and, as a safeguard, if the formatted text would not read back as the same data.
 */
export function formatRecordText(text: string): FormattedRecord {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new Error(`cannot parse: ${doc.errors[0]?.message.split("\n")[0]}`);
  const before: unknown = doc.toJS();
  normaliseStyle(doc);
  const aliased = aliasRepeatedCitations(doc);
  const formatted = doc.toString(RECORD_STYLE);
  // Unchanged text means unchanged data; only a rewritten file is read back to compare.
  if (formatted !== text && !isDeepStrictEqual(parseDocument(formatted).toJS(), before)) {
    throw new Error("formatting would change the data: please report this as a bug of the formatter");
  }
  return { text: formatted, aliased };
}

/** Every citation in a record's data, and how many of them repeat an earlier one word for word. */
export function countRepeatedCitations(data: unknown): { citations: number; repeats: number } {
  const seen = new Set<string>();
  let citations = 0;
  let repeats = 0;
  const walk = (value: unknown, inList: boolean): void => {
    if (Array.isArray(value)) for (const item of value) walk(item, true);
    else if (value && typeof value === "object") {
      if (inList && isCitation(value)) {
        citations++;
        const key = canonical(value);
        if (seen.has(key)) repeats++;
        else seen.add(key);
        return;
      }
      for (const item of Object.values(value)) walk(item, false);
    }
  };
  walk(data, false);
  return { citations, repeats };
}

/** How many repeated citations a record file writes out in full (an alias is not written out). */
export function countWrittenRepeats(text: string): number {
  const doc = parseDocument(text);
  const seen = new Set<string>();
  let repeats = 0;
  visitCitations(doc, (_citation, key) => {
    if (seen.has(key)) repeats++;
    else seen.add(key);
    return undefined;
  });
  return repeats;
}

/** The record files under a folder that the formatter owns, sorted. */
export function recordFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && FORMATTED_EXTENSIONS.has(extname(entry.name))) out.push(path);
    }
  };
  walk(root);
  return out;
}
