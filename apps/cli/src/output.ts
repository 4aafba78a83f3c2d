/**
 * Writing to the terminal or a pipe: colour only on a TTY and never with NO_COLOR, and the
 * records' text always as plain text — no control character from the data reaches the output
 * (the domain's `plainText`), whatever the format.
 */
import { CONTROL_CHARACTER, plainText } from "@karabakh-atlas/domain/vocabulary";
import { plainLines, wrapLines, type Line, type Tone } from "./lines.js";

export interface Out {
  color: boolean;
  width: number;
  /** Break long lines at the terminal's width (on a terminal only: pipes get whole lines). */
  wrap: boolean;
  write(text: string): void;
}

export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

export function stdoutOut(): Out {
  return {
    color: colorEnabled(process.stdout),
    width: process.stdout.isTTY ? Math.max(40, process.stdout.columns ?? 80) : 80,
    wrap: Boolean(process.stdout.isTTY),
    write: (text) => process.stdout.write(text),
  };
}

const CODES: Partial<Record<Tone, [number, number]>> = {
  title: [1, 22],
  meta: [2, 22],
  heading: [1, 22],
  link: [36, 39],
  source: [34, 39],
  excerpt: [3, 23],
  note: [2, 22],
};

export function paint(text: string, tone: Tone, color: boolean): string {
  const code = CODES[tone];
  return color && code ? `\u001b[${code[0]}m${text}\u001b[${code[1]}m` : text;
}

export function printLines(out: Out, lines: readonly Line[]): void {
  const plain = plainLines(lines);
  const shown = out.wrap ? wrapLines(plain, out.width) : plain;
  out.write(shown.map((l) => "  ".repeat(l.indent) + paint(l.text, l.tone, out.color)).join("\n") + "\n");
}

const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, "gu");

/**
 * JSON of the value, exactly (`JSON.parse` gives it back), with every control character of its
 * strings written as a `\uXXXX` escape. `JSON.stringify` escapes the C0 controls (ESC, BEL, CR)
 * itself but leaves DEL, the C1 controls and the bidi overrides raw; outside strings there are
 * none of them but the line breaks of the indentation.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`.replace(CONTROL_CHARACTERS, (c) =>
    c === "\n" ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function printJson(out: Out, value: unknown): void {
  out.write(jsonText(value));
}

/**
 * A CSV table as data: every value as the records hold it, quoted as RFC 4180 says, except that
 * control characters become U+FFFD (a CSV file has no escapes, and it may be read on a terminal);
 * line breaks inside values and between rows stay.
 */
export function csvText(csv: string): string {
  return plainText(csv, { lineBreaks: "keep" });
}

/** One line of plain text built from the records' text (a list row, a search hit). */
export function plainRow(text: string): string {
  return plainText(text);
}
