"use client";

import { createContext, useContext } from "react";
import type { Lang } from "@/lib/langPath";

const LangContext = createContext<Lang>("en");

/**
 * The page's language for the client components under it (set once by each root layout, from
 * the route): Link, the menu, the header's search and the language switch read it, so a page's
 * body writes `/regions/kalbajar` and a reader of /az/ gets `/az/regions/kalbajar`.
 */
export function LangProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return <LangContext value={lang}>{children}</LangContext>;
}

/** The language of the page this component is on. */
export function useLang(): Lang {
  return useContext(LangContext);
}
