"use client";

import { useId, useRef, useState } from "react";
import { localHref, pageHref } from "@/lib/langPath";
import type * as SuggestModule from "@/lib/suggest";
import type { KindTexts, LoadedSearch, Suggestion } from "@/lib/suggest";
import { useLang } from "./LangProvider";

/** The header's texts in the page's language, from the layout (the message files stay on the server). */
export interface HeaderSearchTexts extends KindTexts {
  readonly form: string;
  readonly label: string;
  readonly placeholder: string;
  readonly submit: string;
  readonly suggestions: string;
}

const LIMIT = 8;

/** The suggestion engine (lib/suggest.ts), loaded once, on the first focus or keystroke. */
let engine: Promise<typeof SuggestModule> | undefined;
function loadEngine() {
  if (!engine) {
    engine = import("@/lib/suggest");
    engine.catch(() => (engine = undefined));
  }
  return engine;
}

/**
 * The header's search: a plain GET form to /search without JavaScript; with it, suggestions as
 * you type (names, aliases and kinds, from the same index as the search page), chosen with the
 * arrow keys and Enter or by a click (the ARIA combobox pattern).
 */
export function HeaderSearch({ texts }: { texts: HeaderSearchTexts }) {
  const lang = useLang();
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const listId = `suggest-${id}`;
  const [value, setValue] = useState("");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const index = useRef<LoadedSearch | undefined>(undefined);
  const latest = useRef("");
  /** The search index and the page language's titles, through the engine. */
  const loadIndex = () => loadEngine().then(({ loadSearchIndex }) => loadSearchIndex(lang));

  const suggest = (query: string) => {
    latest.current = query;
    const run = (search: LoadedSearch | undefined) => {
      if (latest.current !== query) return;
      void loadEngine().then(({ suggestionsFor }) => {
        if (latest.current !== query) return;
        setSuggestions(suggestionsFor(query, search, texts, lang, LIMIT));
        setActive(-1);
      }, () => undefined);
    };
    if (index.current) run(index.current);
    else {
      run(undefined);
      loadIndex().then(
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
    <form action={pageHref(localHref(lang, "/search"))} method="get" role="search" aria-label={texts.form} className="header-search" onSubmit={(e) => {
      const chosen = suggestions[active];
      if (chosen) {
        e.preventDefault();
        window.location.assign(chosen.href);
      }
    }}>
      <label htmlFor={`header-q-${id}`} className="sr-only">
        {texts.label}
      </label>
      <input
        id={`header-q-${id}`}
        name="q"
        type="search"
        placeholder={texts.placeholder}
        autoComplete="off"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        onFocus={() => void loadIndex().then((loaded) => (index.current = loaded), () => undefined)}
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
      <button type="submit">{texts.submit}</button>
      <ul id={listId} role="listbox" aria-label={texts.suggestions} className="suggestions" hidden={!open}>
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
            <span lang={s.titleLang}>{s.title}</span> <span className="muted">· {s.what}</span>
          </li>
        ))}
      </ul>
    </form>
  );
}
