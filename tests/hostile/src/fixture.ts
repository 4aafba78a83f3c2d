/**
 * The hostile fixture: `records/`, a valid dataset (it passes the data package's validator)
 * whose text fields carry HTML, script, `javascript:` and terminal payloads. The payloads are
 * listed here as the tests look for them; `fixture.test.ts` checks that the records carry each.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Dataset } from "@karabakh-atlas/domain";
import { formatProblems, validateDirectory } from "@karabakh-atlas/data/validate";

export const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "records");

/** Payloads for the web: each must show as literal text and never become markup or run. */
export const HTML_PAYLOADS = {
  script: `<script>alert("hostile:script")</script>`,
  img: `<img src=x onerror=alert("hostile:img")>`,
  svg: `"><svg onload=alert("hostile:svg")>`,
  bold: `<b data-hostile="b">bold?</b>`,
  link: `<a href="javascript:alert('hostile:a')" data-hostile="a">click me</a>`,
  titleBreakout: `</title><script>alert("hostile:title")</script>`,
  scriptBreakout: `</script><script>alert("hostile:breakout")</script>`,
  iframe: `<iframe src="javascript:alert('hostile:iframe')" data-hostile="iframe"></iframe>`,
  style: `<style data-hostile="style">html{display:none}</style>`,
  attribute: `' onmouseover='alert("hostile:attr")`,
  entities: `&lt;i&gt;entity&lt;/i&gt; &amp;amp;`,
  javascriptText: `javascript:alert('hostile:text')`,
} as const;

/** The two web addresses: http(s), as the schema requires, with markup in their query. */
export const URL_PAYLOADS = {
  sourceUrl: `https://example.org/search?q="><script>alert("hostile:url")</script>`,
  companyWebsite: `https://example.org/?q="><script>alert("hostile:url")</script>`,
} as const;

/** Payloads for the terminal: none of their control characters may reach standard output. */
export const TERMINAL_PAYLOADS = {
  clearScreen: "\u001b[2J\u001b[H",
  colour: "\u001b[31m",
  osc8Hyperlink: "\u001b]8;;https://evil.example/\u0007",
  windowTitle: "\u001b]0;pwned title\u0007",
  bell: "bell\u0007\u0007",
  carriageReturn: "Safe text\rEVIL overwrite",
  bidiOverride: "\u202Eevil\u202C",
  c1Csi: "\u009b2J",
  delete: "delete\u007f",
  lineBreak: "first line\nsecond line",
} as const;

/**
 * What may never reach a terminal from the data: C0 controls other than LF (and the CR of a
 * CSV's CR LF), DEL, C1, the bidi controls and U+2028/U+2029. Written out here rather than taken
 * from the code under test.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
export const TERMINAL_CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)/u;

/** The first control character in `text` as `U+XXXX at <context>`, or undefined. */
export function firstControl(text: string): string | undefined {
  const found = TERMINAL_CONTROL.exec(text);
  if (!found) return undefined;
  const at = found.index;
  return `U+${(found[0].codePointAt(0) ?? 0).toString(16).padStart(4, "0")} at ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 40))}`;
}

/** The fixture, read and checked by the data package's validator. */
export function loadFixture(dir = FIXTURE_DIR): Dataset {
  const result = validateDirectory(dir);
  if (!result.dataset) throw new Error(`the hostile fixture does not validate:\n${formatProblems(result.problems)}`);
  return result.dataset;
}

/** Every string of the dataset with its path (`deposits[0].names.en`). */
export function strings(value: unknown, path = "", out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === "string") out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** A copy of the fixture in a temporary folder, with one file's text replaced; `remove()` deletes it. */
export function mutatedCopy(file: string, from: string, to: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "atlas-hostile-"));
  cpSync(FIXTURE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`mutatedCopy: '${from}' is not in ${file}`);
  writeFileSync(path, text.replace(from, to));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
