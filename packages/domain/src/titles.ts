/**
 * Titles the atlas wrote itself in each of its languages. An event's `title` is English (the
 * atlas's own language); `titles` gives it in the others (`TitlesSchema`), as a statistic's
 * `subsetIn` gives its `subset`, part of its title (`SubsetInSchema`). No zod here.
 */
import { ATLAS_TEXT_LANGUAGE, LANGUAGES, type Lang } from "./locale.js";
import type { SubsetIn, Titles } from "./primitives.js";

/** The languages a title is given in beside the English one: every language of the atlas but its own. */
export const TITLE_LANGUAGES = LANGUAGES.filter((lang): lang is Exclude<Lang, "en"> => lang !== ATLAS_TEXT_LANGUAGE);

/**
 * A record's title in `lang`: the English `title` in English, its `titles` entry in another
 * language, or undefined where it has none in that language (a page then shows the English title,
 * marked as English). The title part of a statistic's title (`statisticTitle`'s `names.event`).
 */
export function titleInLanguage(record: { readonly title: string; readonly titles?: Readonly<Titles> | undefined }, lang: Lang): string | undefined {
  return lang === "en" ? record.title : record.titles?.[lang];
}

/**
 * A statistic's subset in `lang`: the English `subset` in English, its `subsetIn` entry in another
 * language, or undefined where it has none (or no subset): a page then shows the English words,
 * marked as English. The subset part of a statistic's title (`statisticWhat`).
 */
export function subsetInLanguage(statistic: { readonly subset?: string | undefined; readonly subsetIn?: Readonly<SubsetIn> | undefined }, lang: Lang): string | undefined {
  if (!statistic.subset) return undefined;
  return lang === "en" ? statistic.subset : statistic.subsetIn?.[lang];
}
