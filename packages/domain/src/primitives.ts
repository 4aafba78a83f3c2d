import { z } from "zod";
import { BARE_YEAR_MAX, BARE_YEAR_MESSAGE, BARE_YEAR_MIN, PARTIAL_DATE_MESSAGE, isPartialDate } from "./dates.js";
import { ID_MAX_LENGTH, ID_PATTERN, ID_PATTERN_MESSAGE } from "./ids.js";
import { ASSESSMENT, LOCATION_PRECISION, QUALIFIER, UNIT } from "./enums.js";
import { unattributedTerm, unattributedTermMessage } from "./terminology.js";

export { isPartialDate };

/** A stable lowercase slug: letters, digits and single hyphens, named after the English name. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: ID_PATTERN_MESSAGE })
  .max(ID_MAX_LENGTH)
  .meta({ description: "Stable lowercase slug, never reused (e.g. `kalbajar`, `unsc-822`)." });

const PartialDateTextSchema = z.string().refine(isPartialDate, { message: PARTIAL_DATE_MESSAGE });

/**
 * A date to the precision the source gives: year, month or day. A record file may write a year
 * as a bare number (`asOf: 2003`, which YAML reads as a number); it is read as the text "2003",
 * so every date is text once parsed. A codec rather than a transform, so the JSON Schema of a
 * record file (input) allows both, and that of the dataset (output) says text.
 */
export const PartialDateSchema = z
  .codec(
    z.union([PartialDateTextSchema, z.int({ error: BARE_YEAR_MESSAGE }).min(BARE_YEAR_MIN, { error: BARE_YEAR_MESSAGE }).max(BARE_YEAR_MAX, { error: BARE_YEAR_MESSAGE })], {
      error: `${PARTIAL_DATE_MESSAGE}, or a year as a bare number (e.g. 2003)`,
    }),
    z.string(),
    { decode: (date) => String(date), encode: (date) => date },
  )
  .meta({ description: "A date at the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`." });

/** A span of time; either end may be open. */
export const PeriodSchema = z
  .object({
    start: PartialDateSchema.optional().meta({ description: "First day of the period, at the source's precision." }),
    end: PartialDateSchema.optional().meta({ description: "Last day of the period, at the source's precision." }),
  })
  .strict()
  .meta({ description: "A span of time; either end may be open." });

/** What a web address must start with: a record's links are followed by readers and drawn as `href`s. */
export const WEB_ADDRESS_MESSAGE = "a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/";

/**
 * A web address: `http:` or `https:` with a host name, nothing else. `z.url()` alone accepts any
 * scheme (`javascript:`, `data:`, `file:`), and the dashboard turns these fields into links.
 */
export const WebAddressSchema = z
  .httpUrl({
    error: (issue) => {
      const scheme = typeof issue.input === "string" ? /^\s*([a-z][a-z0-9+.-]*):/i.exec(issue.input)?.[1] : undefined;
      return scheme && !/^https?$/i.test(scheme)
        ? `'${scheme.toLowerCase()}:' addresses are not allowed: ${WEB_ADDRESS_MESSAGE}`
        : `not a web address: ${WEB_ADDRESS_MESSAGE}`;
    },
  })
  .meta({ description: "A web address (http or https only).", pattern: "^https?://" });

/** What the validator says when a citation carries neither the source's words nor a summary of them. */
export const CITATION_WORDS_MESSAGE =
  "a citation needs the source's own words in `excerpt` (verbatim, at most 200 characters) or, where they could not be found, the compiler's `summary` of what the source says";

export const CitationSchema = z
  .object({
    source: IdSchema.meta({ description: "Id of the Source record cited." }),
    locator: z
      .string()
      .min(1)
      .max(120)
      .meta({ description: "Where in the source: paragraph, page, table, section (e.g. `annex, para. 3`)." }),
    excerpt: z
      .string()
      .min(1)
      .max(200, { message: "an excerpt is at most 200 characters: quote only the words that show the fact" })
      .optional()
      .meta({ description: "The source's own words (≤ 200 characters), verbatim, that show the fact; shown in quotation marks." }),
    summary: z
      .string()
      .min(1)
      .max(300, { message: "a summary is at most 300 characters: say only what the source says about the fact" })
      .optional()
      .meta({
        description:
          "The compiler's words for what the source says, where its own words could not be found in a stored copy; shown labelled as a summary, never in quotation marks.",
      }),
    note: z.string().optional().meta({ description: "Editorial note for readers on how the citation supports the record." }),
    compilerNote: z
      .string()
      .optional()
      .meta({ description: "The compiler's working note (e.g. the reference fact it came from); kept in the data and exports, not shown to readers." }),
  })
  .strict()
  .superRefine((citation, ctx) => {
    if (citation.excerpt === undefined && citation.summary === undefined) {
      ctx.addIssue({ code: "custom", path: ["excerpt"], message: CITATION_WORDS_MESSAGE });
    }
  })
  .meta({ description: "Who says so: a source, the place in it and its words (an excerpt) or, failing them, a labelled summary." });

export const CitationsSchema = z
  .array(CitationSchema)
  .min(1, { message: "every figure and relationship needs at least one citation" })
  .meta({ description: "At least one citation." });

const AssessmentFields = {
  assessment: z
    .enum(ASSESSMENT.values)
    .optional()
    .meta({ description: "Editorial assessment when sources disagree; absent means not assessed." }),
  assessmentReason: z.string().optional().meta({ description: "Why the assessment was made." }),
  preferred: z
    .boolean()
    .optional()
    .meta({ description: "Ranked preferred among competing values for the same fact (reason in `assessmentReason`)." }),
  note: z.string().optional().meta({ description: "Editorial note, in the product's plain voice." }),
};

/**
 * A number as a source states it: an exact value, a qualified value ("more than 70,000"),
 * or a range. Competing figures for one fact are kept side by side, each with its citations.
 */
export const FigureSchema = z
  .object({
    value: z.number().optional().meta({ description: "The stated value." }),
    lower: z.number().optional().meta({ description: "Lower bound of a range." }),
    upper: z.number().optional().meta({ description: "Upper bound of a range." }),
    qualifier: z.enum(QUALIFIER.values).default("exact").meta({ description: "How the source qualifies the value." }),
    unit: z.enum(UNIT.values).meta({ description: "Unit of the value." }),
    asOf: PartialDateSchema.optional().meta({ description: "Date the figure describes." }),
    period: PeriodSchema.optional().meta({ description: "Period the figure covers." }),
    citations: CitationsSchema,
    ...AssessmentFields,
  })
  .strict()
  .superRefine((figure, ctx) => {
    const hasValue = figure.value !== undefined;
    const hasRange = figure.lower !== undefined || figure.upper !== undefined;
    const wordOnly = figure.qualifier === "dozens" || figure.qualifier === "hundreds" || figure.qualifier === "thousands";
    if (hasValue && hasRange) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "give either `value` or `lower`/`upper`, not both" });
    }
    if (!hasValue && !hasRange && !wordOnly) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a figure needs `value`, or `lower`/`upper` for a range" });
    }
    if (figure.lower !== undefined && figure.upper !== undefined && figure.lower > figure.upper) {
      ctx.addIssue({ code: "custom", path: ["upper"], message: "`upper` must not be below `lower`" });
    }
  })
  .meta({ description: "A number as a source states it, with qualifier, unit, date and citations." });

/** A date as one source states it; sources that disagree give separate DateClaims. */
export const DateClaimSchema = z
  .object({
    date: PartialDateSchema,
    citations: CitationsSchema,
    ...AssessmentFields,
  })
  .strict()
  .meta({ description: "A date as one or more sources state it." });

/** A statement in a source's words, paraphrased plainly and always attributed. */
export const ClaimSchema = z
  .object({
    statement: z
      .string()
      .min(1)
      .meta({ description: "What the source says, paraphrased plainly; shown as the source's claim." }),
    citations: CitationsSchema,
    ...AssessmentFields,
  })
  .strict()
  .superRefine((claim, ctx) => {
    const term = unattributedTerm(claim.statement);
    if (term) ctx.addIssue({ code: "custom", path: ["statement"], message: unattributedTermMessage(term) });
  })
  .meta({ description: "A statement attributed to its sources, never adopted as the atlas' own." });

/** A link to another record, with who says the link exists. */
export const LinkSchema = z
  .object({
    id: IdSchema,
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "A relationship to another record, with its citations." });

export const NamesSchema = z
  .object({
    en: z.string().min(1).meta({ description: "English name (the id is derived from it)." }),
    az: z.string().min(1).optional().meta({ description: "Azerbaijani name, with diacritics." }),
    ru: z.string().min(1).optional().meta({ description: "Russian name." }),
    hy: z.string().min(1).optional().meta({ description: "Armenian-used name, in Armenian script or a Latin transliteration (a page marks it `hy` or `hy-Latn` by its script)." }),
  })
  .strict()
  .meta({ description: "Names per language." });

/**
 * A title the atlas wrote itself (an event's `title`, in English) in its other languages. Written
 * with the English title's meaning and words (a massacre is a massacre in every language), and
 * with the place names the records give in that language.
 */
export const TitlesSchema = z
  .object({
    az: z.string().min(1).optional().meta({ description: "Title in Azerbaijani, with diacritics." }),
    ru: z.string().min(1).optional().meta({ description: "Title in Russian." }),
  })
  .strict()
  .meta({ description: "The title in Azerbaijani and Russian, as the English `title` says it." });

/**
 * A statistic's `subset` (the part of the category counted, in English) in the atlas's other
 * languages, as its title shows it in parentheses: lower case, with the English words' meaning and
 * the vocabulary's labels where a term has one (`gold` is `qızıl` / `золото`, as `COMMODITY` says).
 */
export const SubsetInSchema = z
  .object({
    az: z.string().min(1).max(64).optional().meta({ description: "The subset in Azerbaijani, with diacritics." }),
    ru: z.string().min(1).max(64).optional().meta({ description: "The subset in Russian." }),
  })
  .strict()
  .meta({ description: "The subset in Azerbaijani and Russian, as the English `subset` says it." });

/** What the validator says when a name used on the Armenian side carries no citation. */
export const ARMENIAN_ALIAS_MESSAGE =
  "a name used on the Armenian side (`lang: hy…`) needs `citations`: the source that gives the name (see packages/data/TERMINOLOGY.md)";

/**
 * The language tag of a name used on the Armenian side, by the letters it is written in: `hy` in
 * Armenian script, `hy-Latn` in a Latin transliteration (packages/data/TERMINOLOGY.md). A record's
 * `names.hy` may be either, so a page marks it with this tag, not with `hy` alone.
 */
export function armenianNameLang(name: string): "hy" | "hy-Latn" {
  return /\p{Script=Armenian}/u.test(name) ? "hy" : "hy-Latn";
}

/** What the validator says when an alias tagged `hy` or `hy-Latn` is written in the other script. */
export function armenianScriptMessage(name: string, tag: string): string {
  const right = armenianNameLang(name);
  return `"${name}" is written in ${right === "hy" ? "Armenian" : "Latin"} letters, so its tag is \`lang: ${right}\`, not \`${tag}\` (\`hy\` is Armenian script, \`hy-Latn\` a Latin transliteration)`;
}

export const AliasSchema = z
  .object({
    name: z.string().min(1),
    lang: z.string().optional().meta({ description: "BCP 47 language tag of the alias, where known; `hy` for Armenian script, `hy-Latn` for a Latin transliteration." }),
    note: z.string().optional().meta({ description: "Who uses the name, or its history." }),
    citations: CitationsSchema.optional().meta({ description: "Who gives the name; required for Armenian-used names (`lang: hy…`)." }),
  })
  .strict()
  .superRefine((alias, ctx) => {
    if (alias.lang !== undefined && /^hy(-|$)/i.test(alias.lang) && alias.citations === undefined) {
      ctx.addIssue({ code: "custom", path: ["citations"], message: ARMENIAN_ALIAS_MESSAGE });
    }
    const tag = alias.lang?.toLowerCase();
    if ((tag === "hy" || tag === "hy-latn") && tag !== armenianNameLang(alias.name).toLowerCase()) {
      ctx.addIssue({ code: "custom", path: ["lang"], message: armenianScriptMessage(alias.name, alias.lang as string) });
    }
  })
  .meta({ description: "Another name in use; a name used on the Armenian side is cited." });

export const LocationSchema = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precision: z.enum(LOCATION_PRECISION.values).meta({ description: "How precise the point is." }),
    citations: CitationsSchema,
  })
  .strict()
  .meta({ description: "A point (WGS 84) with its precision and source." });

/** Fields every named entity shares. */
export const NamedFields = {
  id: IdSchema,
  names: NamesSchema,
  aliases: z.array(AliasSchema).default([]).meta({ description: "Other names in use, in any language." }),
  claims: z.array(ClaimSchema).default([]).meta({ description: "Attributed statements about the record." }),
};

export type Id = z.infer<typeof IdSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export interface Period extends z.infer<typeof PeriodSchema> {}
export interface Citation extends z.infer<typeof CitationSchema> {}
export interface Figure extends z.infer<typeof FigureSchema> {}
export type FigureInput = z.input<typeof FigureSchema>;
export interface DateClaim extends z.infer<typeof DateClaimSchema> {}
export interface Claim extends z.infer<typeof ClaimSchema> {}
export interface Link extends z.infer<typeof LinkSchema> {}
export interface Names extends z.infer<typeof NamesSchema> {}
export interface Titles extends z.infer<typeof TitlesSchema> {}
export interface SubsetIn extends z.infer<typeof SubsetInSchema> {}
export interface Alias extends z.infer<typeof AliasSchema> {}
export interface Location extends z.infer<typeof LocationSchema> {}
export type WebAddress = z.infer<typeof WebAddressSchema>;
