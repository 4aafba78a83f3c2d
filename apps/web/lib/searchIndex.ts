// Bundled for the browser: the search index built from /search-index.json, once per page load.
import { createSearchIndex, type SearchDocument, type SearchIndex } from "@karabakh-atlas/data/search";
import { SEARCH_INDEX_PATH, searchTitlesPath, type SearchTitles } from "./search";

/** The index, and the hits' titles in the page's language (see lib/search.ts hitTitle). */
export interface LoadedSearch {
  readonly index: SearchIndex;
  readonly titles: SearchTitles;
}

let indexing: Promise<SearchIndex> | undefined;
const titling = new Map<string, Promise<SearchTitles>>();
const NO_TITLES: SearchTitles = { titles: {}, langs: {} };

async function json<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return res.json() as Promise<T>;
}

/**
 * Downloads the data package's search documents once and builds the same index the server uses;
 * a page in Azerbaijani or Russian also downloads its language's titles (an English page, none).
 * A failed download is tried again on the next call.
 */
export function loadSearchIndex(lang: string): Promise<LoadedSearch> {
  if (!indexing) {
    const started = json<{ documents: SearchDocument[] }>(SEARCH_INDEX_PATH).then(({ documents }) => createSearchIndex(documents));
    indexing = started;
    started.catch(() => (indexing = undefined));
  }
  let titles = lang === "en" ? Promise.resolve(NO_TITLES) : titling.get(lang);
  if (!titles) {
    const started = json<SearchTitles>(searchTitlesPath(lang));
    titling.set(lang, started);
    started.catch(() => titling.delete(lang));
    titles = started;
  }
  return Promise.all([indexing, titles]).then(([index, own]) => ({ index, titles: own }));
}
