import type { Metadata } from "next";
import { NotFound, notFoundMetadata } from "@/components/NotFound";
import { pageLang } from "@/lib/i18n";

/**
 * The not-found page of a language with a prefix. next.config.ts rewrites any unknown address
 * under /az/ or /ru/ here (a fallback rewrite, tried only when no page matched), and
 * scripts/csp-manifest.ts gives this page status 404 in its prerender headers, so `next start`
 * answers such an address with this page and 404 without running any code of ours; the static
 * export's host does the same with its `error_page` (nginx-static.conf).
 */
export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  return { ...notFoundMetadata(await pageLang(params)), robots: { index: false } };
}

export default async function LangNotFound({ params }: { params: Promise<{ lang: string }> }) {
  return <NotFound lang={await pageLang(params)} />;
}
