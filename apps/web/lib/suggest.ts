// The header's suggestions, bundled for the browser and loaded by components/HeaderSearch.tsx only
// when a reader focuses the search or types in it: the vocabulary, the search index's code and
// this module stay out of every page's first load.
import { ENTITY_KIND_TABLE, foldText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { localHref, pageHref, type Lang } from "./langPath";
import { hrefOf } from "./routes";
import { hitTitle } from "./search";
import { loadSearchIndex, type LoadedSearch } from "./searchIndex";

export { loadSearchIndex, type LoadedSearch };

export interface Suggestion {
  readonly key: string;
  readonly href: string;
  readonly title: string;
  /** The title's language where it is not the page's (a record with no name in it). */
  readonly titleLang?: string | undefined;
  readonly what: string;
}

/** What the suggestions say of a kind, in the page's language (from the header's texts). */
export interface KindTexts {
  /** Said of a kind's list among the suggestions. */
  readonly allOfKind: string;
  /** Each kind's name, singular and plural, in the page's language. */
  readonly kinds: Readonly<Record<EntityKind, { readonly label: string; readonly plural: string }>>;
}

/**
 * Kinds whose name starts like the query ("depo" → Deposits, "yata" → Yataqlar), in English or
 * the page's language, as links to their lists.
 */
function kindSuggestions(query: string, texts: KindTexts, lang: Lang): Suggestion[] {
  const q = foldText(query.trim());
  if (q.length < 2) return [];
  return ENTITY_KIND_TABLE.filter((k) =>
    [k.plural, k.label, texts.kinds[k.kind].plural, texts.kinds[k.kind].label].some((name) => foldText(name).startsWith(q)),
  ).map((k) => ({
    key: `kind:${k.kind}`,
    href: pageHref(localHref(lang, k.kind === "event" ? "/timeline" : `/${k.dir}`)),
    title: texts.kinds[k.kind].plural,
    what: texts.allOfKind,
  }));
}

/**
 * The first `limit` suggestions for a query: the kinds it names, then the index's hits (none while
 * the index is still loading, `search` undefined). An empty query suggests nothing.
 */
export function suggestionsFor(query: string, search: LoadedSearch | undefined, texts: KindTexts, lang: Lang, limit: number): Suggestion[] {
  if (!query.trim()) return [];
  const hits = search && query.trim().length >= 2 ? search.index.search(query, { limit }) : [];
  return [
    ...kindSuggestions(query, texts, lang),
    ...hits.map((h) => {
      const shown = hitTitle(h, lang, search?.titles);
      return { key: `${h.kind}:${h.id}`, href: localHref(lang, hrefOf(h.kind, h.id)), title: shown.title, titleLang: shown.lang, what: texts.kinds[h.kind].label };
    }),
  ].slice(0, limit);
}
