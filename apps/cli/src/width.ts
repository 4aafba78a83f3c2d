/**
 * Text measured as the terminal shows it: columns by display width (string-width: a CJK
 * character or an emoji takes two, a combining mark none), so that columns line up whatever
 * the names hold, and a text that does not fit is cut at a word boundary with an ellipsis —
 * never inside a number.
 */
import stringWidth from "string-width";

/**
 * Characters one column wide each, whatever follows them: ASCII, Latin (with Azerbaijani's ə, ı,
 * ş, ğ), Greek, Cyrillic, dashes, quotes, bullets, arrows and box drawing. Text made only of
 * these (nearly every line of the atlas) is measured by its length; string-width, which looks
 * at every grapheme, is for the rest (CJK, emoji, combining marks, Armenian ligatures).
 */
const NARROW = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u259f]*$/;

export const displayWidth = (text: string): number => (NARROW.test(text) ? text.length : stringWidth(text));

/** `text` padded with spaces to `width` columns (unchanged if it is wider). */
export function padDisplay(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + " ".repeat(width - w);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The longest start of `text` (whole graphemes) that fits in `width` columns. */
function fittingPrefix(text: string, width: number): string {
  let used = 0;
  let end = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width) break;
    used += w;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

const ELLIPSIS = "…";

/**
 * `text` in at most `width` columns: whole if it fits; otherwise cut after the last whole word
 * that fits, followed by `…`. A single word longer than the room (a long id) is cut inside, but
 * a number never is, and a row never ends in a number cut off from its words: the cut moves back
 * to before it.
 */
export function fitText(text: string, width: number): string {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  if (width === 1) return ELLIPSIS;
  const room = fittingPrefix(text, width - 1);
  // The next character (the first left out) decides whether the cut falls inside a word.
  const next = text.slice(room.length, room.length + 1);
  let cut = room;
  if (next && !/\s/.test(next)) {
    const space = room.search(/\s\S*$/);
    if (space > 0) cut = room.slice(0, space);
    else cut = room.replace(/[\d.,]*\d[\d.,]*$/, "");
  }
  // A number left at the end without what follows it ("Azerbaijan: 3…" of "3 sources: 3,983
  // people", "$700…" of "$700 million") reads as the figure: the cut goes back before it.
  // Repeated, since taking off a dash or comma can bare another number ("1988 – 1994": "1988 –"
  // loses its dash, then "1988" goes too).
  for (let before = ""; before !== cut; ) {
    before = cut;
    cut = cut.replace(/(^|\s)[($€£₼−+]*[\d.,–-]*\d[\d.,–-]*$/u, "$1").replace(/[\s,;:·—–-]+$/, "");
  }
  return cut.length > 0 ? `${cut}${ELLIPSIS}` : fittingPrefix(text, width - 1).replace(/[\d.,]*\d$/, "") + ELLIPSIS;
}
