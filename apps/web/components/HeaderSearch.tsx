"use client";

import { useId, useRef, useState } from "react";
import { ENTITY_KIND_TABLE, foldText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { localHref, type Lang } from "@/lib/langPath";
import { hrefOf, pageHref } from "@/lib/routes";
import { hitTitle } from "@/lib/search";
import { loadSearchIndex, type LoadedSearch } from "@/lib/searchIndex";
import { useLang } from "./LangProvider";

interface Suggestion {
  key: string;
  href: string;
  title: string;
  /** The title's language where it is not the page's (a record with no name in it). */
  titleLang?: string | undefined;
  what: string;
}

/** The header's texts in the page's language, from the layout (the message files stay on the server). */
export interface HeaderSearchTexts {
  readonly form: string;
  readonly label: string;
  readonly placeholder: string;
  readonly submit: string;
  readonly suggestions: string;
  /** Said of a kind's list among the suggestions. */
  readonly allOfKind: string;
  /** Each kind's name, singular and plural, in the page's language. */
  readonly kinds: Readonly<Record<EntityKind, { readonly label: string; readonly plural: string }>>;
}

const LIMIT = 8;

/**
 * Kinds whose name starts like the query ("depo" → Deposits, "yata" → Yataqlar), in English or
 * the page's language, as links to their lists.
 */
function kindSuggestions(query: string, texts: HeaderSearchTexts, lang: Lang): Suggestion[] {
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

  const suggest = (query: string) => {
    latest.current = query;
    const run = (search: LoadedSearch | undefined) => {
      if (latest.current !== query) return;
      const hits = search && query.trim().length >= 2 ? search.index.search(query, { limit: LIMIT }) : [];
      const titles = search?.titles;
      const next = [
        ...kindSuggestions(query, texts, lang),
        ...hits.map((h) => {
          const shown = hitTitle(h, lang, titles);
          return { key: `${h.kind}:${h.id}`, href: localHref(lang, hrefOf(h.kind, h.id)), title: shown.title, titleLang: shown.lang, what: texts.kinds[h.kind].label };
        }),
      ].slice(0, LIMIT);
      setSuggestions(query.trim() ? next : []);
      setActive(-1);
    };
    if (index.current) run(index.current);
    else {
      run(undefined);
      loadSearchIndex(lang).then(
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
        onFocus={() => void loadSearchIndex(lang).then((loaded) => (index.current = loaded), () => undefined)}
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
