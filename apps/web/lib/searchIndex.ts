// Bundled for the browser: the search index built from /search-index.json, once per page load.
import { createSearchIndex, type SearchDocument, type SearchIndex } from "@karabakh-atlas/data/search";
import { SEARCH_INDEX_PATH, type SearchTitleTable, type SearchTitles } from "./search";

/** The index, and the hits' titles in a page's language (see lib/search.ts hitTitle). */
export interface LoadedSearch {
  readonly index: SearchIndex;
  titlesIn(lang: string): SearchTitles;
}

let loading: Promise<LoadedSearch> | undefined;

/** Downloads the data package's search documents once and builds the same index the server uses. */
export function loadSearchIndex(): Promise<LoadedSearch> {
  loading ??= fetch(SEARCH_INDEX_PATH)
    .then((res) => {
      if (!res.ok) throw new Error(`${SEARCH_INDEX_PATH} answered ${res.status}`);
      return res.json() as Promise<{ documents: SearchDocument[] } & Partial<SearchTitleTable>>;
    })
    .then(({ documents, titles = {}, titleLangs = {} }) => ({
      index: createSearchIndex(documents),
      titlesIn: (lang: string) => ({ titles: titles[lang] ?? {}, langs: titleLangs }),
    }));
  loading.catch(() => (loading = undefined));
  return loading;
}
