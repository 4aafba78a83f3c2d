/**
 * How provenance reads to a visitor: a citation's words (a quote or a labelled summary), who
 * says what a source says (its author, not whoever circulated it), what a citation supports
 * in plain words, and country names for ISO codes. No zod: the CLI and the query API load it.
 */
import type { Citation } from "./primitives.js";
import type { Source } from "./entities.js";

/** A citation's words as a reader sees them: the source's own (a quote) or the compiler's (a summary). */
export interface CitationWords {
  kind: "excerpt" | "summary";
  text: string;
}

/** The label a summary carries wherever it is shown. */
export const SUMMARY_LABEL = "Summary";

/** The quote first, then the summary: what a consumer shows for a citation, each labelled by its `kind`. */
export function citationWords(citation: Pick<Citation, "excerpt" | "summary">): CitationWords[] {
  const out: CitationWords[] = [];
  if (citation.excerpt !== undefined) out.push({ kind: "excerpt", text: citation.excerpt });
  if (citation.summary !== undefined) out.push({ kind: "summary", text: citation.summary });
  return out;
}

/** One line of plain text: a quote in quotation marks, a summary labelled and without them. */
export function formatCitationWords(words: CitationWords): string {
  return words.kind === "excerpt" ? `“${words.text}”` : `${SUMMARY_LABEL}: ${words.text}`;
}

/** What a citation's words are, for a table column: `excerpt`, `summary` or `excerpt+summary`. */
export function citationWordsKind(citation: Pick<Citation, "excerpt" | "summary">): string {
  return citationWords(citation)
    .map((w) => w.kind)
    .join("+");
}

/**
 * Who says what a source says: its author where one is named (a ministry whose statement the
 * United Nations circulated), else its publisher (a newspaper's own report).
 */
export function sourceAuthor(source: Pick<Source, "author" | "publisher">): string {
  return source.author ?? source.publisher;
}

const WORD_BREAK = /([a-z])([A-Z])/g;

/** One step of a citation's field path: the field's name in words, and its 1-based place in a list. */
export interface CitedFieldStep {
  /** The field's name split into words, as written (`commodity`, `nearest Settlement`). */
  readonly words: string;
  /** Its place in a list of records (`observations[0]` → 1); none for a field's own citation list. */
  readonly position?: number;
}

/**
 * A field path of the data files (`observations[0].citations[1]`, `regions[2].citations[0]`,
 * `commodityCitations[0]`) as steps: `observations` 1, `regions` 3, `commodity`. The citation
 * lists themselves are not steps.
 */
export function citedFieldSteps(path: string): CitedFieldStep[] {
  const steps: CitedFieldStep[] = [];
  for (const segment of path.split(".")) {
    const match = /^([A-Za-z]+)((?:\[\d+\])*)$/.exec(segment);
    if (!match) continue;
    const name = match[1]!;
    if (name === "citations") continue;
    const ownList = name.endsWith("Citations");
    const words = (ownList ? name.slice(0, -"Citations".length) : name).replace(WORD_BREAK, "$1 $2");
    const index = /\[(\d+)\]/.exec(match[2] ?? "")?.[1];
    steps.push(index !== undefined && !ownList ? { words, position: Number(index) + 1 } : { words });
  }
  return steps;
}

/**
 * A field path of the data files in words for a reader: `Observations › 1`, `Regions › 3`,
 * `Commodity` (`citedFieldLabelIn` of the i18n entry writes it in another language).
 */
export function citedFieldLabel(path: string): string {
  const words = citedFieldSteps(path).map((step) => {
    const word = step.words.toLowerCase();
    return step.position !== undefined ? `${word} ${step.position}` : word;
  });
  const text = words.join(" › ") || "the record";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** English short names of the ISO 3166-1 alpha-2 codes the atlas uses (and their neighbours). */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  AM: "Armenia",
  AT: "Austria",
  AU: "Australia",
  AZ: "Azerbaijan",
  BE: "Belgium",
  CA: "Canada",
  CH: "Switzerland",
  CN: "China",
  CY: "Cyprus",
  DE: "Germany",
  ES: "Spain",
  FR: "France",
  GB: "United Kingdom",
  GE: "Georgia",
  IL: "Israel",
  IN: "India",
  IR: "Iran",
  IT: "Italy",
  JE: "Jersey",
  KZ: "Kazakhstan",
  LI: "Liechtenstein",
  LU: "Luxembourg",
  NL: "Netherlands",
  RU: "Russia",
  TR: "Türkiye",
  UA: "Ukraine",
  US: "United States",
  VG: "British Virgin Islands",
};

/** The English name of an ISO 3166-1 alpha-2 code (`CH` → `Switzerland`); the code itself if unknown. */
export function countryName(code: string): string {
  return COUNTRY_NAMES[code.toUpperCase()] ?? code;
}

/** English names of the language tags the atlas uses (BCP 47 primary subtags). */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  az: "Azerbaijani",
  cs: "Czech",
  de: "German",
  en: "English",
  es: "Spanish",
  fr: "French",
  hu: "Hungarian",
  hy: "Armenian",
  it: "Italian",
  ka: "Georgian",
  pl: "Polish",
  pt: "Portuguese",
  ru: "Russian",
  sv: "Swedish",
  tr: "Turkish",
  uk: "Ukrainian",
  zh: "Chinese",
};

/** The English name of a language tag (`zh` → `Chinese`, `hy-Latn` → `Armenian (Latin script)`); the tag itself if unknown. */
export function languageName(tag: string): string {
  const [primary = "", ...rest] = tag.split("-");
  const name = LANGUAGE_NAMES[primary.toLowerCase()];
  if (!name) return tag;
  return rest.some((part) => part.toLowerCase() === "latn") ? `${name} (Latin script)` : name;
}
