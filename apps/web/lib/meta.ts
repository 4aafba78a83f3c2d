import type { Metadata, Viewport } from "next";
import { PAGE_LANGS, localHref, type Lang } from "./i18n";
import { pageHref } from "./routes";

/**
 * The site's origin, for what must be a full address: the canonical and hreflang links and the
 * sitemaps. Set KARABAKH_ATLAS_SITE_URL when building for a public host (`https://atlas.example`);
 * a local build names the address `npm start` serves.
 */
export const SITE_URL = new URL(process.env.KARABAKH_ATLAS_SITE_URL || "http://localhost:3000");

/** A page's address in a language as this build serves it (`/az/regions/kalbajar`, `/az/regions/kalbajar/` in the static export). */
export function pagePath(lang: Lang, path: string): string {
  return pageHref(localHref(lang, path));
}

/**
 * A page's metadata with its canonical address and its alternates in every language (`hreflang`
 * az, en, ru, and x-default, the English page): each language's page names all three, so the
 * links are reciprocal.
 */
export function pageMetadata(lang: Lang, path: string, metadata: Metadata): Metadata {
  const languages: Record<string, string> = {};
  for (const other of PAGE_LANGS) languages[other] = pagePath(other, path);
  languages["x-default"] = pagePath("en", path);
  return { ...metadata, alternates: { canonical: pagePath(lang, path), languages } };
}

/** The viewport of every page (each root layout and the not-found page). */
export const VIEWPORT: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14161a" },
  ],
};
