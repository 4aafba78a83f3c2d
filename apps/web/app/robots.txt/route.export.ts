import { SITE_URL } from "@/lib/meta";

// Every page may be indexed; the sitemap index names them all, in each language.
export const dynamic = "force-static";

export function GET() {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL("/sitemap.xml", SITE_URL).href}\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
