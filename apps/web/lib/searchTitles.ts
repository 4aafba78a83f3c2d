import "server-only";
import { titleInLanguage, type Names } from "@karabakh-atlas/domain/vocabulary";
import { findRecord, searchDocuments } from "./data";
import { PREFIXED_LANGS, type Lang } from "./i18n";
import { titleIn } from "./localize";
import type { SearchTitles } from "./search";

interface SearchTitleTable {
  readonly titles: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly titleLangs: Readonly<Record<string, string>>;
}

let table: SearchTitleTable | undefined;

/**
 * The search index's titles in Azerbaijani and Russian (/search-titles/az.json and ru.json, beside its
 * English documents, which still hold every name in every language to be searched): a record's
 * name where it has one in the language, a statistic's title made in it, an event's title where
 * the event gives it in the language; none for the atlas's own English titles (documents, the
 * other events) or a record without a name in it, which a page shows in English marked as such.
 * Sources' titles are as published: `titleLangs` says in which language. /search-index.json stays
 * the data package's documents, as they were.
 */
function searchTitleTable(): SearchTitleTable {
  if (table) return table;
  const titles: Record<string, Record<string, string>> = Object.fromEntries(PREFIXED_LANGS.map((lang) => [lang, {}]));
  const titleLangs: Record<string, string> = {};
  for (const doc of searchDocuments()) {
    const entry = findRecord(doc.kind, doc.id);
    if (!entry) continue;
    if (entry.kind === "source" && entry.record.language !== "en") titleLangs[doc.key] = entry.record.language;
    const names = (entry.record as { names?: Names }).names;
    for (const lang of PREFIXED_LANGS) {
      const own = names?.[lang] || entry.kind === "statistic" || (entry.kind === "event" && titleInLanguage(entry.record, lang) !== undefined);
      if (own) titles[lang]![doc.key] = titleIn(lang, doc.kind, doc.id);
    }
  }
  table = { titles, titleLangs };
  return table;
}

/** The titles a page in `lang` shows its hits with (`/search-titles/az.json`); none on an English page, which shows the index's as before. */
export function searchTitlesIn(lang: Lang): SearchTitles {
  if (lang === "en") return { titles: {}, langs: {} };
  const { titles, titleLangs } = searchTitleTable();
  return { titles: titles[lang] ?? {}, langs: titleLangs };
}
