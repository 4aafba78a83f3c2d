"use client";

import { useId, useRef, useState } from "react";
import { ENTITY_KIND_TABLE, foldText } from "@karabakh-atlas/domain/vocabulary";
import type { SearchIndex } from "@karabakh-atlas/data/search";
import { hrefOf, kindLabel, pageHref } from "@/lib/routes";
import { loadSearchIndex } from "@/lib/searchIndex";

interface Suggestion {
  key: string;
  href: string;
  title: string;
  what: string;
}

const LIMIT = 8;

/** Kinds whose name starts like the query ("depo" → Deposits), as links to their lists. */
function kindSuggestions(query: string): Suggestion[] {
  const q = foldText(query.trim());
  if (q.length < 2) return [];
  return ENTITY_KIND_TABLE.filter((k) => foldText(k.plural).startsWith(q) || foldText(k.label).startsWith(q)).map((k) => ({
    key: `kind:${k.kind}`,
    href: pageHref(k.kind === "event" ? "/timeline" : `/${k.dir}`),
    title: k.plural,
    what: "all of this kind",
  }));
}

/**
 * The header's search: a plain GET form to /search without JavaScript; with it, suggestions as
 * you type (names, aliases and kinds, from the same index as the search page), chosen with the
 * arrow keys and Enter or by a click (the ARIA combobox pattern).
 */
export function HeaderSearch() {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const listId = `suggest-${id}`;
  const [value, setValue] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const index = useRef<SearchIndex | undefined>(undefined);
  const latest = useRef("");

  const suggest = (query: string) => {
    latest.current = query;
    const run = (search: SearchIndex | undefined) => {
      if (latest.current !== query) return;
      const hits = search && query.trim().length >= 2 ? search.search(query, { limit: LIMIT }) : [];
      const next = [
        ...kindSuggestions(query),
        ...hits.map((h) => ({ key: `${h.kind}:${h.id}`, href: hrefOf(h.kind, h.id), title: h.title, what: kindLabel(h.kind) })),
      ].slice(0, LIMIT);
      setSuggestions(query.trim() ? next : []);
      setActive(-1);
    };
    if (index.current) run(index.current);
    else {
      run(undefined);
      loadSearchIndex().then(
        (loaded) => {
          index.current = loaded;
          run(loaded);
        },
        () => undefined,
      );
    }
  };

  const open = suggestions.length > 0;
  return (
    <form action={pageHref("/search")} method="get" role="search" aria-label="Site search" className="header-search" onSubmit={(e) => {
      const chosen = suggestions[active];
      if (chosen) {
        e.preventDefault();
        window.location.assign(chosen.href);
      }
    }}>
      <label htmlFor={`header-q-${id}`} className="sr-only">
        Search
      </label>
      <input
        id={`header-q-${id}`}
        name="q"
        type="search"
        placeholder="Search names, aliases…"
        autoComplete="off"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        onFocus={() => void loadSearchIndex().then((loaded) => (index.current = loaded), () => undefined)}
        onChange={(e) => {
          setValue(e.target.value);
          suggest(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" && open) {
            e.preventDefault();
            setActive((a) => (a + 1) % suggestions.length);
          } else if (e.key === "ArrowUp" && open) {
            e.preventDefault();
            setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
          } else if (e.key === "Escape") {
            setSuggestions([]);
            setActive(-1);
          }
        }}
        onBlur={() => setTimeout(() => setSuggestions([]), 200)}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!open}>
        {suggestions.map((s, i) => (
          // An option is not a link (no interactive element inside an option): a press goes to its page.
          <li
            key={s.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              window.location.assign(s.href);
            }}
          >
            {s.title} <span className="muted">· {s.what}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
