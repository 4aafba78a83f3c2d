import { PREFIXED_LANGS, langOrEnglish } from "@/lib/i18n";
import { searchTitlesPath } from "@/lib/search";
import { searchTitlesIn } from "@/lib/searchTitles";

// The search's titles in Azerbaijani and Russian (`/search-titles/az.json`), which pages in that
// language load beside /search-index.json (lib/searchTitles.ts). Written at build time.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => PREFIXED_LANGS.map((lang) => ({ file: searchTitlesPath(lang).split("/").pop() as string }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const lang = langOrEnglish((await params).file.replace(/\.json$/, ""));
  return Response.json(searchTitlesIn(lang));
}
