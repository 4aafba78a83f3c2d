"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { localHref, pageHref } from "@/lib/langPath";
import type { SearchTexts } from "@/lib/searchTexts";
import { useLang } from "./LangProvider";

/** The search form: works as a plain GET form; with JavaScript it refines as you type. */
export function SearchBox({ initial, texts, autoFocus = false }: { initial: string; texts: Pick<SearchTexts, "form" | "label" | "submit">; autoFocus?: boolean }) {
  const router = useRouter();
  // The search page of the page's language (`/az/search`): the results link into that language.
  const searchPath = pageHref(localHref(useLang(), "/search"));
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <form action={searchPath} method="get" role="search" aria-label={texts.form} className="search-form" onSubmit={(e) => { e.preventDefault(); router.replace(`${searchPath}?q=${encodeURIComponent(value.trim())}`); }}>
      <label htmlFor="search-page-q">{texts.label}</label>
      <input
        id="search-page-q"
        name="q"
        type="search"
        value={value}
        autoFocus={autoFocus}
        autoComplete="off"
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => router.replace(`${searchPath}?q=${encodeURIComponent(next.trim())}`, { scroll: false }), 250);
        }}
      />
      <button type="submit">{texts.submit}</button>
    </form>
  );
}
