import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { LineCounter, isAlias, isCollection, isNode, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { DatasetMetaSchema, ENTITY_KINDS, formatFieldPath, plainText, sortFiguresByDate, type Dataset, type EntityKind } from "@karabakh-atlas/domain";
import { checkIntegrity, type FieldPath } from "./integrity.js";
import { didYouMean } from "./suggest.js";

/** One thing wrong in the record files, located as precisely as the file allows. */
export interface Problem {
  /** Path of the file, relative to the folder validated. */
  file: string;
  /** 1-based line and column of the offending field, when it could be located. */
  line?: number;
  column?: number;
  /** Field path inside the record, e.g. `operations[0].company`; empty for the whole file. */
  field: string;
  message: string;
}

export interface ValidationResult {
  /** The validated dataset, present only when there are no problems. */
  dataset?: Dataset;
  problems: Problem[];
  /** How many record files were read. */
  files: number;
}

interface ParsedFile {
  file: string;
  doc: Document;
  lines: LineCounter;
  data: unknown;
}

const RECORD_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);
export const META_FILE = "meta.yaml";

/** `["operations", 0, "company"]` → `operations[0].company` (the domain's, kept here for this entry's users). */
export { formatFieldPath };

/**
 * The node at a field path, following aliases: a citation written once with an anchor (`&c1`)
 * and repeated as `*c1` is located where its fields are written, at the anchor.
 */
function nodeAt(doc: Document, path: FieldPath): unknown {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (!isCollection(node)) return undefined;
    node = node.get(key, true);
  }
  return isAlias(node) ? node.resolve(doc) : node;
}

function locate(parsed: ParsedFile, path: FieldPath, near?: FieldPath): { line?: number; column?: number } {
  // Walk up to the deepest part of the path that exists in the file; a field missing from the
  // record itself is pointed at beside `near`, where it would be written, if the caller knows.
  for (let depth = path.length; depth >= 0; depth--) {
    if (depth === 0 && near) return locate(parsed, near);
    const node = nodeAt(parsed.doc, path.slice(0, depth));
    const start = isNode(node) ? node.range?.[0] : undefined;
    if (start !== undefined) {
      const pos = parsed.lines.linePos(start);
      return { line: pos.line, column: pos.col };
    }
  }
  return {};
}

/** Why a path cannot be read as a file (a folder, a broken link, no permission), in words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EISDIR") return "cannot read: this is a folder, not a record file";
  if (code === "ENOENT") return "cannot read: a link to a file that does not exist";
  return `cannot read: ${code ?? (error as Error)?.message ?? String(error)}`;
}

function parseFile(root: string, absolute: string): { parsed?: ParsedFile; problem?: Problem } {
  const file = relative(root, absolute);
  let text: string;
  try {
    text = readFileSync(absolute, "utf8");
  } catch (error) {
    return { problem: { file, field: "", message: unreadable(error) } };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    return { problem: { file, line: pos.line, column: pos.col, field: "", message: `cannot parse: ${error.message.split("\n")[0]}` } };
  }
  try {
    return { parsed: { file, doc, lines, data: doc.toJS() } };
  } catch (error) {
    // Well-formed YAML that has no plain value, e.g. an alias to an anchor that is not there, too
    // many aliases or a merge of a non-map. An unknown alias is located.
    let at: number | undefined;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) !== undefined) return undefined;
        at = alias.range?.[0];
        return visit.BREAK;
      },
    });
    const pos = at === undefined ? undefined : lines.linePos(at);
    return { problem: { file, ...(pos ? { line: pos.line, column: pos.col } : {}), field: "", message: `cannot parse: ${(error as Error)?.message ?? String(error)}` } };
  }
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  if (issue.code === "invalid_value" && Array.isArray(issue.values)) {
    const got = valueAt(data, issue.path);
    const allowed = issue.values.map(String);
    const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(", ")}, …` : allowed.join(", ");
    const suggestion = typeof got === "string" ? didYouMean(got, allowed) : "";
    return `${got === undefined ? "missing value" : `'${String(got)}' is not allowed`}; expected one of: ${shown}${suggestion}`;
  }
  if (issue.code === "invalid_union" && valueAt(data, issue.path) === undefined) return "required field is missing";
  if (issue.code === "invalid_type") {
    const got = valueAt(data, issue.path);
    if (got === undefined) return `required field is missing (expected ${issue.expected})`;
    if (issue.expected === "string" && (typeof got === "number" || typeof got === "boolean")) {
      return `expected text but found ${typeof got} ${String(got)}: put it in quotes, e.g. "${String(got)}"`;
    }
  }
  if (issue.code === "unrecognized_keys") {
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}`;
  }
  return issue.message;
}

/**
 * A schema issue as a problem. An unknown field is located at the field itself (zod puts the
 * issue on the object that has it), so that even one at the top of a record has a field path.
 */
function issueProblem(parsed: ParsedFile, issue: z.core.$ZodIssue): Problem {
  const path = (issue.code === "unrecognized_keys" && issue.keys.length > 0 ? [...issue.path, issue.keys[0]] : issue.path) as FieldPath;
  return { file: parsed.file, ...locate(parsed, path), field: formatFieldPath(path), message: issueMessage(issue, parsed.data) };
}

function listRecordFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith("."))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Reads a folder of record files (`<kind folder>/<id>.yaml` plus `meta.yaml`), validates
 * each file against its schema, then the whole dataset. Never throws for bad data: every
 * problem comes back located by file, field and line.
 */
export function validateDirectory(root: string): ValidationResult {
  const problems: Problem[] = [];
  let files = 0;
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return { problems: [{ file: root, field: "", message: "folder not found or not readable" }], files };
  }

  let meta: Dataset["meta"] | undefined;
  const metaPath = join(root, META_FILE);
  if (entries.includes(META_FILE)) {
    const { parsed, problem } = parseFile(root, metaPath);
    if (problem) problems.push(problem);
    if (parsed) {
      const result = DatasetMetaSchema.safeParse(parsed.data);
      if (result.success) meta = result.data;
      else for (const issue of result.error.issues) problems.push(issueProblem(parsed, issue));
    }
  } else {
    problems.push({ file: META_FILE, field: "", message: "missing: the dataset's name, version, updated date, licence and citation" });
  }

  const knownDirs = ENTITY_KINDS.map((k) => k.dir);
  for (const entry of entries.sort()) {
    if (entry === META_FILE || entry.startsWith(".") || entry.toLowerCase() === "readme.md") continue;
    const absolute = join(root, entry);
    const directory = isDirectory(absolute);
    if (directory === undefined) {
      problems.push({ file: entry, field: "", message: "cannot read: a broken link or no permission" });
    } else if (!directory) {
      problems.push({ file: entry, field: "", message: `unexpected file: records go in one of the folders ${knownDirs.join(", ")}` });
    } else if (!knownDirs.includes(entry as (typeof knownDirs)[number])) {
      problems.push({ file: entry, field: "", message: `unknown folder '${entry}'${didYouMean(entry, knownDirs)}; record folders are ${knownDirs.join(", ")}` });
    }
  }

  const records: Record<string, unknown[]> = {};
  const located = new Map<string, ParsedFile>();
  for (const { kind, dir, schema } of ENTITY_KINDS) {
    const list: unknown[] = [];
    records[dir] = list;
    const folder = join(root, dir);
    if (!entries.includes(dir) || !isDirectory(folder)) continue; // a file by that name is reported above
    for (const absolute of listRecordFiles(folder)) {
      const ext = extname(absolute);
      if (!RECORD_EXTENSIONS.has(ext)) {
        problems.push({ file: relative(root, absolute), field: "", message: `unexpected file type '${ext}': a record is a .yaml or .json file` });
        continue;
      }
      files++;
      const { parsed, problem } = parseFile(root, absolute);
      if (problem || !parsed) {
        if (problem) problems.push(problem);
        continue;
      }
      const result = schema.safeParse(parsed.data);
      if (!result.success) {
        for (const issue of result.error.issues) problems.push(issueProblem(parsed, issue));
        continue;
      }
      const id = (result.data as { id: string }).id;
      const stem = basename(absolute, ext);
      if (stem !== id) {
        problems.push({ file: parsed.file, ...locate(parsed, ["id"]), field: "id", message: `id '${id}' does not match the file name: name the file '${id}${ext}' or set id to '${stem}'` });
        continue;
      }
      located.set(`${kind}:${list.length}`, parsed);
      list.push(result.data);
    }
  }

  if (problems.length > 0 || !meta) return { problems, files };

  const dataset = { meta, ...records } as unknown as Dataset;
  for (const problem of checkIntegrity(dataset)) {
    const parsed = located.get(`${problem.kind satisfies EntityKind}:${problem.index}`);
    problems.push({
      file: parsed?.file ?? `${problem.kind}/${problem.id}`,
      ...(parsed ? locate(parsed, problem.path, problem.near) : {}),
      field: formatFieldPath(problem.path),
      message: problem.message,
    });
  }
  if (problems.length > 0) return { problems, files };
  // A dated series reads in date order whatever order its file lists it in.
  for (const statistic of dataset.statistics) statistic.observations = sortFiguresByDate(statistic.observations);
  for (const deposit of dataset.deposits) deposit.status = sortFiguresByDate(deposit.status);
  return { dataset, problems, files };
}

/**
 * `records/deposits/x.yaml:12:5  operations[0].company  unknown company …`, one line each, as
 * plain text: a message quotes values from the files, and control characters in them (escape
 * sequences, a CR, a line break) would act on the terminal that shows it (`plainText`).
 */
export function formatProblems(problems: readonly Problem[], prefix = ""): string {
  return problems
    .map((p) => {
      const where = `${prefix}${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}`;
      return plainText(p.field ? `${where}  ${p.field}: ${p.message}` : `${where}  ${p.message}`);
    })
    .join("\n");
}

export { checkIntegrity } from "./integrity.js";
export type { FieldPath, RecordProblem } from "./integrity.js";
export { didYouMean, nearest } from "./suggest.js";
