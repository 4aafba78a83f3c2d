import { ENTITY_KIND_TABLE } from "@karabakh-atlas/domain/vocabulary";
import { statisticsByTheme, themePath } from "./charts";
import { ids, meta } from "./data";
import { escapeMarkup } from "./markup";
import { PAGE_LANGS, type Lang } from "./i18n";
import { SITE_URL, pagePath } from "./meta";

/** The pages that are not a record's: the overview, each kind's list, and the site's own pages. */
const SITE_PAGES = ["/", ...ENTITY_KIND_TABLE.filter((k) => k.kind !== "event").map((k) => `/${k.dir}`), "/timeline", "/downloads", "/about"];

/**
 * Every prerendered page of one language, as its English path: the site's own pages, each theme's
 * page of statistics, and each record's page (events have none: they are the timeline's entries). The search page is left out:
 * it answers a query rather than being a page to index.
 */
export function sitePaths(): string[] {
  const records = ENTITY_KIND_TABLE.filter((k) => k.kind !== "event").flatMap((k) => ids(k.kind).map((id) => `/${k.dir}/${id}`));
  return [...SITE_PAGES, ...statisticsByTheme().map((s) => themePath(s.theme)), ...records];
}

/** The address of a language's sitemap. */
export const sitemapPath = (lang: Lang) => `/sitemaps/${lang}.xml`;

const full = (path: string) => escapeMarkup(new URL(path, SITE_URL).href);
const xml = (body: string) => new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, { headers: { "content-type": "application/xml; charset=utf-8" } });

/** One language's sitemap: every page of that language, with the dataset's last update. */
export function sitemapResponse(lang: Lang): Response {
  const { updated } = meta();
  const urls = sitePaths().map((path) => `<url><loc>${full(pagePath(lang, path))}</loc><lastmod>${updated}</lastmod></url>`);
  return xml(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>`);
}

/** The sitemap index (`/sitemap.xml`): the sitemap of each language. */
export function sitemapIndexResponse(): Response {
  const { updated } = meta();
  const maps = PAGE_LANGS.map((lang) => `<sitemap><loc>${full(sitemapPath(lang))}</loc><lastmod>${updated}</lastmod></sitemap>`);
  return xml(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${maps.join("\n")}\n</sitemapindex>`);
}
