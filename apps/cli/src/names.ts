/**
 * A record named in the reader's language: its name in that language (English where it has
 * none), a statistic's title made by the domain in that language with its place's name and its
 * event's title, an event's title in that language where the event gives it, and otherwise the
 * atlas's title (a document's or source's own title, an event's English title).
 */
import { formatUnit, labelOf, statisticTitle, statisticWhat, statisticWhen, titleInLanguage, type Statistic } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas, Comparison } from "@karabakh-atlas/data/core";
import { namesIn, type Texts } from "./i18n.js";

type Names = Readonly<Record<string, string | undefined>>;

/** The name of a record with `names` in `tx`'s language, or undefined for a record without names. */
export function nameOf(record: unknown, tx: Texts): string | undefined {
  const names = (record as { names?: Names }).names;
  return names ? namesIn(names, tx.lang).name : undefined;
}

/** A region's name by id in the reader's language (the id where there is no such region). */
export function regionName(atlas: Atlas, id: string, tx: Texts): string {
  const region = atlas.region(id);
  return region ? namesIn(region.names, tx.lang).name : id;
}

/** A company's name by id in the reader's language. */
export function companyName(atlas: Atlas, id: string, tx: Texts): string {
  const company = atlas.company(id);
  return company ? namesIn(company.names, tx.lang).name : id;
}

/**
 * An event's title by id in the reader's language: its `titles` entry where it has one, else its
 * English title (an event a statistic names has one in every language: the validator requires it).
 */
export function eventTitle(atlas: Atlas, id: string, tx: Texts): string | undefined {
  const event = atlas.get("event", id);
  return event ? (titleInLanguage(event, tx.lang) ?? event.title) : undefined;
}

/** A statistic's title in the reader's language: what it counts, where, when. */
export function statisticTitleIn(atlas: Atlas, s: Statistic, tx: Texts): string {
  if (tx.lang === "en") return atlas.title({ kind: "statistic", record: s });
  const event = s.event ? eventTitle(atlas, s.event, tx) : undefined;
  return statisticTitle(s, { place: regionName(atlas, s.subject, tx), event }, tx.locale);
}

/** A record's title in the reader's language (see the module's comment). */
export function titleIn(atlas: Atlas, entry: AnyRecord, tx: Texts): string {
  if (tx.lang === "en") return atlas.title(entry);
  if (entry.kind === "statistic") return statisticTitleIn(atlas, entry.record, tx);
  if (entry.kind === "event") return titleInLanguage(entry.record, tx.lang) ?? atlas.title(entry);
  return nameOf(entry.record, tx) ?? atlas.title(entry);
}

/**
 * A vocabulary's value as a word inside a sentence: `gold`, `qızıl`, `золото` (English in lower
 * case throughout, as the CLI always wrote it; the others with their first letter lowered).
 */
export function lowerLabel(vocabulary: { readonly values: readonly string[]; readonly labels: object }, value: string, tx: Texts): string {
  const label = labelOf(vocabulary as Parameters<typeof labelOf>[0], value as never, tx.locale);
  return tx.lang === "en" ? label.toLowerCase() : tx.lower(label);
}

/** A comparison's heading in `stats`: what is counted, when, in which unit, drawn to one scale. */
export function comparisonText(atlas: Atlas, comparison: Comparison, tx: Texts): string {
  const first = comparison.rows[0]?.statistic;
  if (tx.lang === "en" || !first) return tx.t("cli.stats.compared", { what: `${comparison.what}${comparison.when ? `, ${comparison.when}` : ""}`, unit: comparison.unit });
  const event = first.event ? eventTitle(atlas, first.event, tx) : undefined;
  const what = statisticWhat(first, tx.locale);
  const when = statisticWhen(first, { event }, tx.locale);
  return tx.t("cli.stats.compared", { what: `${what}${when ? `, ${when}` : ""}`, unit: formatUnit(comparison.unit, 5, "long", tx.locale) });
}
