"use client";

import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useMemo, useState } from "react";
import { interpolate } from "@karabakh-atlas/domain/vocabulary";
import { SEARCH_LIMIT } from "@/lib/search";
import type { SearchTexts } from "@/lib/searchTexts";
import { loadSearchIndex, type LoadedSearch } from "@/lib/searchIndex";
import { SearchBox } from "./SearchBox";
import { SearchResults } from "./SearchResults";

type Loaded = { search: LoadedSearch } | { error: string } | undefined;

function Search({ texts }: { texts: SearchTexts }) {
  const q = useSearchParams().get("q")?.trim() ?? "";
  const [loaded, setLoaded] = useState<Loaded>(undefined);

  useEffect(() => {
    let current = true;
    loadSearchIndex(texts.lang).then(
      (search) => current && setLoaded({ search }),
      (error: unknown) => current && setLoaded({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [texts.lang]);

  const search = loaded && "search" in loaded ? loaded.search : undefined;
  const hits = useMemo(() => (search && q ? search.index.search(q, { limit: SEARCH_LIMIT }) : []), [search, q]);

  return (
    <>
      <SearchBox initial={q} texts={texts} />
      {loaded && "error" in loaded ? (
        <p className="empty" role="alert">
          {interpolate(texts.indexError, { error: loaded.error })}
        </p>
      ) : (
        <SearchResults q={q} hits={hits} texts={texts} titles={search?.titles} pending={!loaded} />
      )}
    </>
  );
}

/**
 * The search of the static site, where no server reads `?q=`: the browser reads it, downloads
 * the data package's search documents once and searches them with the data package's own index
 * (`@karabakh-atlas/data/search`), so the hits are those `next start` renders.
 */
export function BrowserSearch({ texts }: { texts: SearchTexts }) {
  return (
    <>
      <noscript>
        <p className="empty">{texts.needsJs}</p>
      </noscript>
      <Suspense
        fallback={
          <>
            <SearchBox initial="" texts={texts} />
            <SearchResults q="" hits={[]} texts={texts} />
          </>
        }
      >
        <Search texts={texts} />
      </Suspense>
    </>
  );
}
