/**
 * Writing to the terminal or a pipe: colour only on a TTY and never with NO_COLOR, and the
 * records' text always as plain text — no control character from the data reaches the output
 * (the domain's `plainText`), whatever the format.
 */
import { fstatSync, statSync, writeSync } from "node:fs";
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

/** Where a command's output and messages go: the process's standard output and error, or a test's buffers. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard output is a terminal, and its width (asked only for text output). */
  terminal(): { isTTY: boolean; columns?: number };
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes the whole text to a file descriptor, synchronously. A command prints once and exits:
 * writing to fd 1 directly needs no stream (`process.stdout` would set up Node's stream
 * machinery, a tenth of a bare start-up), and the output is complete before the process ends.
 * A non-blocking descriptor that is full (`EAGAIN`) is retried after a millisecond; `EPIPE`
 * (the reader has gone, as in `| head`) is thrown to the caller, which ends quietly.
 */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * Whether fd 1 is a terminal. A pipe, a file or /dev/null is told apart by `fstat` alone; only
 * another character device is asked of `tty.isatty` (loading `tty` brings `net` and the streams,
 * and creating `process.stdout` more: both cost more than a whole command's output).
 */
function stdoutIsTerminal(): boolean {
  try {
    const stat = fstatSync(1);
    if (!stat.isCharacterDevice() || stat.rdev === statSync("/dev/null").rdev) return false;
  } catch {
    // No fstat (closed fd) or no /dev/null: let tty decide.
  }
  return process.getBuiltinModule("node:tty").isatty(1);
}

let stdoutTerminal: { isTTY: boolean; columns?: number } | undefined;

export const processIo: Io = {
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  // Asked once per process (help width, colour, wrapping and width all ask); on a terminal the
  // answer is process.stdout itself, whose columns follow a resize.
  terminal: () => (stdoutTerminal ??= stdoutIsTerminal() ? process.stdout : { isTTY: false }),
};

/** Output to `io.stdout`: colour, width and wrapping are looked up only when text output asks for them. */
export function stdoutOut(io: Io = processIo): Out {
  let color: boolean | undefined;
  return {
    get color() {
      return (color ??= colorEnabled(io.terminal()));
    },
    set color(value: boolean) {
      color = value;
    },
    get width() {
      const terminal = io.terminal();
      return terminal.isTTY ? Math.max(40, terminal.columns ?? 80) : 80;
    },
    get wrap() {
      return Boolean(io.terminal().isTTY);
    },
    write: (text) => io.stdout(text),
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
