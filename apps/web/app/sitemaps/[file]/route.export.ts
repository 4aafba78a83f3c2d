import { PAGE_LANGS, langOrEnglish } from "@/lib/i18n";
import { sitemapPath, sitemapResponse } from "@/lib/sitemap";

// Each language's sitemap (`/sitemaps/az.xml`): every prerendered page in that language. Written at build time.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => PAGE_LANGS.map((lang) => ({ file: sitemapPath(lang).split("/").pop() as string }));

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapResponse(langOrEnglish((await params).file.replace(/\.xml$/, "")));
}
