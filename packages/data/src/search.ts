/**
 * `@karabakh-atlas/data/search`: the full-text index on its own — no dataset, no Node built-ins —
 * so that a browser can build the same index from documents it downloads
 * (`atlas.searchDocuments()` serialised as JSON) and answer exactly as `atlas.search` does.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { azerbaijaniToEnglish, foldText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";

/** What the search index holds for one record. */
export interface SearchDocument {
  key: string;
  kind: EntityKind;
  id: string;
  title: string;
  /** Every name of the record, in every language. */
  names: string;
  /** Other names in use and former names. */
  aliases: string;
  /** Document symbols, numbers, publishers and other identifying text. */
  text: string;
}

export interface SearchHit {
  kind: EntityKind;
  id: string;
  title: string;
  score: number;
  /** The indexed terms that matched, folded. */
  terms: string[];
}

export interface SearchOptions {
  /** Only these kinds of record. */
  kinds?: readonly EntityKind[];
  /** At most this many hits (default 20). */
  limit?: number;
  /** Allow typos and prefixes (default true). */
  fuzzy?: boolean;
}

export interface SearchIndex {
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Completion suggestions for a partial query. */
  suggest(query: string, limit?: number): string[];
}

const processTerm = (term: string): string | null => {
  const folded = foldText(term);
  return folded.length > 0 ? folded : null;
};

/**
 * Longer words are matched exactly or by prefix, never fuzzily: MiniSearch's edit-distance
 * matrix grows with the square of the word's length (a 100,000-letter word asked for 10 GB).
 * No name or alias has a word anywhere near this long.
 */
const MAX_FUZZY_TERM = 64;
const fuzziness = (term: string): number | false => (term.length >= 5 && term.length <= MAX_FUZZY_TERM ? 0.2 : false);

/**
 * The names a record is called by, for telling a record named by the query from one that merely
 * contains it: every name and alias, folded, a qualifier in parentheses aside ("Kalbajar (town)"
 * is named "kalbajar"). None for a source: its name is the title of a document about the thing
 * ("Kalbajar (Wikipedia copy)"), not the thing's.
 */
function namesCalledBy(document: SearchDocument): ReadonlySet<string> {
  if (document.kind === "source") return new Set();
  return new Set(
    [document.names, document.aliases].flatMap((list) => (list ? list.split(" · ") : [])).map((name) => foldText(name.replace(/\s*\([^)]*\)$/, ""))),
  );
}

/** A full-text index over every name and alias, case- and diacritic-insensitive. */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const index = new MiniSearch<SearchDocument>({
    idField: "key",
    fields: ["names", "aliases", "text"],
    storeFields: ["kind", "id", "title"],
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0),
    processTerm,
    searchOptions: { boost: { names: 4, aliases: 3, text: 1 }, combineWith: "AND" },
  });
  index.addAll(documents as SearchDocument[]);
  // Folded once, here, not for every hit of every keystroke's search; keyed by kind and id, which
  // a hit carries (stored), not by the document's key.
  const calledBy = new Map(documents.map((d) => [`${d.kind}\n${d.id}`, namesCalledBy(d)]));

  return {
    search(query, options = {}) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const fuzzy = options.fuzzy ?? true;
      const kinds = options.kinds ? new Set(options.kinds) : undefined;
      const run = (q: string) =>
        index.search(q, {
          prefix: fuzzy ? (term) => term.length >= 3 : false,
          fuzzy: fuzzy ? fuzziness : false,
          filter: kinds ? (result) => kinds.has(result.kind as EntityKind) : undefined,
        });
      // A query in Azerbaijani spelling is also asked in its English spelling (`Kəlbəcər` →
      // `kalbajar`), so a town named only in English is found; each record keeps its best score.
      const english = azerbaijaniToEnglish(trimmed);
      const best = new Map<string, SearchResult>();
      for (const q of english ? [trimmed, english] : [trimmed]) {
        const wanted = foldText(q);
        for (const r of run(q)) {
          // A record one of whose names or aliases is the query itself ranks as if every word matched
          // twice: "Kalbajar" puts Kalbajar (town) beside the district, above "Kalbajar listvenite deposit".
          const named = calledBy.get(`${r.kind as string}\n${r.id as string}`)?.has(wanted) ?? false;
          const score = named ? r.score * 2 : r.score;
          if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { ...r, score });
        }
      }
      const results = [...best.values()].sort((a, b) => b.score - a.score);
      return results.slice(0, options.limit ?? 20).map((r) => ({
        kind: r.kind as EntityKind,
        id: r.id as string,
        title: r.title as string,
        score: r.score,
        terms: r.terms,
      }));
    },
    suggest(query, limit = 8) {
      return index
        .autoSuggest(query, { prefix: true, fuzzy: (term) => (term.length <= MAX_FUZZY_TERM ? 0.2 : false) })
        .slice(0, limit)
        .map((s) => s.suggestion);
    },
  };
}
