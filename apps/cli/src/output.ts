/** Writing to the terminal or a pipe: colour only on a TTY and never with NO_COLOR. */
import { wrapLines, type Line, type Tone } from "./lines.js";

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
  const shown = out.wrap ? wrapLines(lines, out.width) : lines;
  out.write(shown.map((l) => "  ".repeat(l.indent) + paint(l.text, l.tone, out.color)).join("\n") + "\n");
}

export function printJson(out: Out, value: unknown): void {
  out.write(`${JSON.stringify(value, null, 2)}\n`);
}
