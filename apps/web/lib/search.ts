/** How many hits the search page shows: on the server, and in the static site's browser search. */
export const SEARCH_LIMIT = 50;

/** The static export's search index: the data package's search documents, as JSON. */
export const SEARCH_INDEX_PATH = "/search-index.json";

/** The search's titles in a language other than English (`/search-titles/az.json`), loaded by that language's pages beside the index. */
export const searchTitlesPath = (lang: string) => `/search-titles/${lang}.json`;

/**
 * The titles of the search's hits in one page language other than English, beside the index's
 * English ones (keyed `kind:id`, as the index's documents): `titles` holds a record's title where
 * it has one in that language (its name, a statistic's title made in it); `langs` the language of
 * an index title that is not English (a source's title as published). A page in English has none.
 */
export interface SearchTitles {
  readonly titles: Readonly<Record<string, string>>;
  readonly langs: Readonly<Record<string, string>>;
}

/**
 * A hit's title on a page in `lang`: its title in that language, else the index's title with its
 * language when that is not the page's (`lang` for the element that shows it).
 */
export function hitTitle(hit: { kind: string; id: string; title: string }, lang: string, titles: SearchTitles | undefined): { title: string; lang?: string } {
  const key = `${hit.kind}:${hit.id}`;
  const own = titles?.titles[key];
  if (own !== undefined) return { title: own };
  const titleLang = titles?.langs[key] ?? "en";
  return titleLang === lang ? { title: hit.title } : { title: hit.title, lang: titleLang };
}
