import type { Metadata } from "next";
import { BrowserSearch } from "@/components/BrowserSearch";
import { SearchBox } from "@/components/SearchBox";
import { SearchResults } from "@/components/SearchResults";
import { search } from "@/lib/data";
import { STATIC_EXPORT } from "@/lib/routes";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";
import { searchTexts } from "@/lib/searchTexts";
import { searchTitlesIn } from "@/lib/searchTitles";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/search", { title: t("web.search.title"), description: t("web.search.description") });
}

type Props = { params: Promise<LangParams>; searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchPage({ params, searchParams }: Props) {
  const lang = await pageLang(params);
  const texts = searchTexts(lang);
  // The static export has no server to read ?q=: the page is prerendered once and searches in the browser.
  if (STATIC_EXPORT) {
    return (
      <>
        <h1>{texts.submit}</h1>
        <BrowserSearch texts={texts} />
      </>
    );
  }
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const hits = q ? search(q) : [];
  return (
    <>
      <h1>{texts.submit}</h1>
      <SearchBox initial={q} texts={texts} />
      <SearchResults q={q} hits={hits} texts={texts} titles={searchTitlesIn(lang)} />
    </>
  );
}
