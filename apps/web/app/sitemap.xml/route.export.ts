import { sitemapIndexResponse } from "@/lib/sitemap";

// The sitemap index: one sitemap per language (app/sitemaps/[file]), written at build time.
export const dynamic = "force-static";

export function GET() {
  return sitemapIndexResponse();
}
