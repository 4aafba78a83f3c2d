// Bundled for the browser: the search index built from /search-index.json, once per page load.
import { createSearchIndex, type SearchDocument, type SearchIndex } from "@karabakh-atlas/data/search";
import { SEARCH_INDEX_PATH } from "./search";

let loading: Promise<SearchIndex> | undefined;

/** Downloads the data package's search documents once and builds the same index the server uses. */
export function loadSearchIndex(): Promise<SearchIndex> {
  loading ??= fetch(SEARCH_INDEX_PATH)
    .then((res) => {
      if (!res.ok) throw new Error(`${SEARCH_INDEX_PATH} answered ${res.status}`);
      return res.json() as Promise<{ documents: SearchDocument[] }>;
    })
    .then(({ documents }) => createSearchIndex(documents));
  loading.catch(() => (loading = undefined));
  return loading;
}
