/** How many hits the search page shows: on the server, and in the static site's browser search. */
export const SEARCH_LIMIT = 50;

/** The static export's search index: the data package's search documents, as JSON. */
export const SEARCH_INDEX_PATH = "/search-index.json";
