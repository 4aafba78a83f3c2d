import type { Metadata } from "next";
import { BrowserSearch } from "@/components/BrowserSearch";
import { SearchBox } from "@/components/SearchBox";
import { SearchResults } from "@/components/SearchResults";
import { search } from "@/lib/data";
import { STATIC_EXPORT } from "@/lib/routes";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/search", {
    title: "Search",
    description: "Find any district, deposit, company, document or source by any of its names or aliases, with or without diacritics.",
  });
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ searchParams }: Props) {
  // The static export has no server to read ?q=: the page is prerendered once and searches in the browser.
  if (STATIC_EXPORT) {
    return (
      <>
        <h1>Search</h1>
        <BrowserSearch />
      </>
    );
  }
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const hits = q ? search(q) : [];
  return (
    <>
      <h1>Search</h1>
      <SearchBox initial={q} />
      <SearchResults q={q} hits={hits} />
    </>
  );
}
