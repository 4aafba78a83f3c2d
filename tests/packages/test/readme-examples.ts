/**
 * Turns the TypeScript examples of a README into one script that runs them against the packed
 * packages and checks each result the README states. An example line `expr; // "511 people"`
 * (or a statement followed by a line holding only `// <value>`) is checked: the comment's
 * leading value is evaluated and compared with what `expr` gives. `…` in a value means "and
 * more" (`["gyzylbulag", …]`: starts with it; `{ id: "x", … }`: has these keys; `"id,name_en,…"`:
 * starts with it) or, as a property's value, anything. A comment that is prose (not a value)
 * only runs the line; `// throws Name: message` expects that error. A block after
 * `<!-- example: not run (reason) -->` is not run.
 */

export interface ReadmeBlock {
  line: number;
  code: string;
}

/** The ```ts blocks of a README, with their first line number, except those marked not run. */
export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split("\n");
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i] ?? "")) continue;
    const skipped = /<!-- example: not run/.test(lines[i - 1] ?? "") || /<!-- example: not run/.test(lines[i - 2] ?? "");
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? "")) end++;
    if (!skipped) blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

/** The statement of `text` up to its last `;`, and the comment after it. */
function splitComment(line: string): { code: string; comment?: string } {
  // A `//` outside a string literal.
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "/" && line[i + 1] === "/") return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2).trim() };
  }
  return { code: line };
}

/**
 * The script for a README's blocks: each block in its own scope, imports hoisted as namespaces
 * whose exports are made global (blocks use names imported by earlier ones), `require` lines
 * left out (the ESM line beside them is the same example).
 */
export function exampleScript(readme: string, blocks: readonly ReadmeBlock[], prelude: string): string {
  const modules = new Set<string>();
  const body: string[] = [];
  for (const block of blocks) {
    const out: string[] = [];
    let pending: string[] = [];
    let pendingLine = block.line;
    // A statement without a comment is held until the next line: a comment on a line of its own
    // may state its value. Run either way once.
    let held: { expr: string; line: number } | undefined;
    const release = () => {
      if (held) out.push(`${held.expr};`);
      held = undefined;
    };
    block.code.split("\n").forEach((raw, offset) => {
      const lineNo = block.line + offset;
      const imported = /^\s*import\s+(?:type\s+)?[^"']*from\s+["']([^"']+)["'];?/.exec(raw);
      if (imported) {
        modules.add(imported[1] as string);
        return;
      }
      if (/\brequire\(/.test(raw)) return;
      const { code, comment } = splitComment(raw);
      if (code.trim() === "") {
        if (comment !== undefined && held && pending.length === 0) {
          out.push(`await __check(${JSON.stringify(readme)}, ${held.line}, () => (${held.expr}), ${JSON.stringify(comment)});`);
          held = undefined;
        }
        return;
      }
      release();
      if (pending.length === 0) pendingLine = lineNo;
      pending.push(code);
      if (!/;\s*$/.test(code)) return;
      const statement = pending.join("\n").replace(/;\s*$/, "");
      pending = [];
      const isExpression = !/^\s*(const|let|var|if|for|while|return|function|class|export|type|interface)\b/.test(statement);
      if (comment !== undefined && isExpression) out.push(`await __check(${JSON.stringify(readme)}, ${pendingLine}, () => (${statement}), ${JSON.stringify(comment)});`);
      else if (isExpression && comment === undefined) held = { expr: statement, line: pendingLine };
      else out.push(`${statement};`);
    });
    release();
    if (pending.length > 0) out.push(pending.join("\n"));
    body.push(`// ${readme}:${block.line}\n{\n${out.join("\n")}\n}`);
  }
  const imports = [...modules].map((m, i) => `import * as __m${i} from ${JSON.stringify(m)};\nObject.assign(globalThis, __m${i});`);
  return `${imports.join("\n")}\n${prelude}\n${CHECKER}\n${body.join("\n")}\nconsole.log(JSON.stringify({ checked: __checked, failures: __failures }));\n`;
}

/** Compares a value with a README's statement of it (see the module comment). */
const CHECKER = String.raw`
const __MORE__ = Symbol("more");
const __failures = [];
let __checked = 0;
function __expected(comment) {
  // The longest start of the comment that is a value: "0: equal at …" → 0.
  const text = comment.replace(/\[\.\.\.\]/g, "[…]");
  const cuts = [text.length, ...[...text.matchAll(/[\s:(]/g)].map((m) => m.index).reverse()];
  for (const cut of cuts) {
    const candidate = text.slice(0, cut).trim();
    if (!candidate) continue;
    const source = __withMore(candidate);
    try {
      return { value: new Function("__MORE__", "return (" + source + ");")(__MORE__) };
    } catch {}
  }
  return undefined;
}
/** "…" outside string literals becomes __MORE__. */
function __withMore(text) {
  let out = "", quote;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) { out += c; if (c === "\\") out += text[++i] ?? ""; else if (c === quote) quote = undefined; continue; }
    if (c === '"' || c === "'" || c === "\u0060") quote = c;
    out += c === "…" ? "__MORE__" : c;
  }
  return out;
}
function __matches(actual, expected) {
  if (expected === __MORE__) return true;
  if (typeof expected === "string" && expected.includes("…")) {
    const pattern = expected.split("…").map((p) => p.replace(/[.*+?^$()|[\]{}\\]/g, "\\$&")).join("[\\s\\S]*");
    return typeof actual === "string" && new RegExp("^" + pattern + "$").test(actual);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const more = expected.at(-1) === __MORE__;
    const items = more ? expected.slice(0, -1) : expected;
    if (more ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((e, i) => __matches(actual[i], e));
  }
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return false;
    const more = Object.prototype.hasOwnProperty.call(expected, "__MORE__");
    const keys = Object.keys(expected).filter((k) => k !== "__MORE__");
    if (!more && Object.keys(actual).length !== keys.length) return false;
    return keys.every((k) => __matches(actual[k], expected[k]));
  }
  return Object.is(actual, expected);
}
async function __check(file, line, run, comment) {
  let actual;
  try {
    actual = await run();
  } catch (error) {
    // "// throws FilterError: no region …": the error the README says, by its name and message.
    const thrown = /^throws (.*)$/.exec(comment);
    const said = String(error?.name ?? "Error") + ": " + String(error?.message ?? error);
    if (thrown && __matches(said, thrown[1].includes("…") ? thrown[1] : thrown[1] + "…")) __checked++;
    else __failures.push({ file, line, comment, error: said });
    return;
  }
  const expected = __expected(comment);
  if (!expected) return;
  __checked++;
  if (!__matches(actual, expected.value)) __failures.push({ file, line, comment, actual: JSON.stringify(actual)?.slice(0, 300) });
}
`;
