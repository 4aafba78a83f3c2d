/**
 * Lines of text as the terminal shows them, with the record each one links to. Kept apart from
 * `describe.ts` (which needs the domain's vocabularies) so that printing stays cheap to load.
 */
import { plainText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { displayWidth } from "./width.js";

/** A record another line points to: Enter follows it in the browser. */
export interface Ref {
  kind: EntityKind;
  id: string;
}

export type Tone = "title" | "meta" | "heading" | "text" | "link" | "source" | "excerpt" | "note" | "bar";

export interface Line {
  text: string;
  indent: number;
  tone: Tone;
  link?: Ref;
  /** A piece of a wrapped line after its first. */
  continued?: boolean;
}

/**
 * Lines whose text is plain text, whatever the records hold: control characters become U+FFFD
 * (the domain's `plainText`: no escape sequence, bell, lone CR or bidi override from the data
 * reaches the terminal), and a line break inside a text continues it on the next row, as a
 * wrapped line does, so that one line is always one row.
 */
export function plainLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const rows = plainText(line.text, { lineBreaks: "keep" }).split(/\r?\n/);
    rows.forEach((text, i) => out.push(i === 0 ? { ...line, text } : { ...line, text: `  ${text}`, continued: true }));
  }
  return out;
}

/**
 * Breaks lines to fit `width` columns (display width: wide characters count twice) at spaces,
 * keeping each piece's link, so one entry is one row. A word longer than a row is cut, but
 * not inside a number when the row has room before it.
 */
export function wrapLines(lines: readonly Line[], width: number): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const available = Math.max(10, width - line.indent * 2);
    if (line.tone === "bar" || displayWidth(line.text) <= available) {
      out.push(line);
      continue;
    }
    let rest = line.text;
    let first = true;
    while (rest.length > 0) {
      const room = first ? available : available - 2;
      const cut = rest.length === 0 || displayWidth(rest) <= room ? rest.length : breakAt(rest, room);
      out.push({ ...line, text: (first ? "" : "  ") + rest.slice(0, cut).trimEnd(), ...(first ? {} : { continued: true }) });
      rest = rest.slice(cut).trimStart();
      first = false;
    }
  }
  return out;
}

/**
 * Where to break `text` so that its first piece fits `room` columns: at the last space, but not
 * right after a number whose words follow on the next row ("(2 | sources)" becomes "| (2 sources)");
 * in a word longer than the row (an id, a URL), after its last hyphen or slash; else at the last
 * whole character before a number.
 */
function breakAt(text: string, room: number): number {
  let used = 0;
  let fits = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > room) break;
    used += w;
    fits += char.length;
  }
  const space = text.lastIndexOf(" ", fits);
  if (space > 0) {
    // The row would end in a number and the next start with its unit or noun: both go down.
    const before = text.slice(0, space);
    // A number may be grouped with a no-break space (`3 531`, as Azerbaijani and Russian write it): it is one number.
    const number = before.search(/(?<=[ \t])[([]?[−-]?[\d.,–\u00a0]*\d[\d.,–\u00a0]*%?$/u);
    if (number > 0 && /^ \p{L}/u.test(text.slice(space)) && before.slice(0, number).trim().length > 0) return number;
    return space;
  }
  const piece = text.slice(0, fits);
  const joint = Math.max(piece.lastIndexOf("-"), piece.lastIndexOf("/"));
  if (joint >= Math.floor(fits / 3) && !/\d/.test(text.charAt(joint + 1) + text.charAt(joint - 1))) return joint + 1;
  const beforeNumber = piece.search(/[\d.,]*\d$/);
  if (beforeNumber > 0 && /\d/.test(text.charAt(fits))) return beforeNumber;
  return Math.max(1, fits);
}
