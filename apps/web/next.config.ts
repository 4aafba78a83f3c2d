import type { NextConfig } from "next";
import { DATA_POLICY, SECURITY_HEADERS } from "./lib/csp.ts";

/**
 * The security headers, sent by `next start` from its routes manifest with no code of ours run per
 * request. Every response gets the headers of SECURITY_HEADERS. The Content-Security-Policy
 * depends on what is answered, and a response must get exactly one (two would both be enforced):
 * - a prerendered page (and the not-found page): its own, allowing its inline scripts by hash,
 *   written into the page's prerender headers after `next build` by scripts/csp-manifest.ts;
 * - the search page, rendered on demand: a nonce from proxy.ts, which runs for it alone;
 * - everything else — the JSON API, downloads, the search index, the icon, scripts and styles —
 *   DATA_POLICY here: nothing may run or load in it.
 */
const DATA_PATHS = ["/api/:path*", "/_next/:path*", "/downloads/:file", "/search-index.json", "/search-titles/:file", "/icon.svg", "/sitemap.xml", "/sitemaps/:file", "/robots.txt"];
const securityHeaders = [
  { source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
  ...DATA_PATHS.map((source) => ({ source, headers: [{ key: "Content-Security-Policy", value: DATA_POLICY }] })),
];

/**
 * The build folder. A build over a test dataset (KARABAKH_ATLAS_DATASET, see lib/data.ts) goes to
 * a folder of its own, so the real `.next` is never overwritten. scripts/csp-manifest.ts reads it
 * from this config.
 */
const distDir = process.env.KARABAKH_ATLAS_DATASET ? ".next/test-dataset" : ".next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No ETag: next start computes it per request by hashing the whole body in JavaScript (FNV-1a
  // over every character), which was a fifth of its CPU time per prerendered page in a profile
  // under wrk. The cost is revalidation: a browser fetches a page again instead of getting a 304.
  // Put a cache or CDN in front (the pages say `s-maxage`), or serve the static export.
  generateEtags: false,
  distDir,
  // Turbopack keeps its compilation in <distDir>/cache for the next build. CI builds on a clean
  // clone, where that cache is written and never read: up to half a minute per build on two cores.
  // globalNotFound: one root layout per language leaves no layout for a single not-found page
  // (app/global-not-found.tsx).
  // prefetchInlining off: with it (Next 16's default), the build measures every page's segments
  // (gzipping each) to decide which to inline into a client-side prefetch. The pages link with
  // plain <a> (components/Link.tsx), so the client router prefetches nothing (its one navigation,
  // the search page's router.replace of its own query, is rendered on demand); the measuring was
  // a fifth of the time spent prerendering 2,312 pages (30 s → 24 s on two cores). The pages'
  // route trees then carry no inlining hints.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI, globalNotFound: true, prefetchInlining: false },
  // No type check inside `next build`: the web app's `test` task type-checks the sources with
  // tsc over the route types the build writes (.next/types), beside the other suites instead of
  // before them (the check was a third of the build on two cores, and every test of the web waits
  // for the build). `npm run typecheck` does the same on its own.
  typescript: { ignoreBuildErrors: true },
  // The map outlines are read from the world-atlas package at build time (server only).
  outputFileTracingIncludes: { "/**": ["../../node_modules/world-atlas/countries-10m.json"] },
  headers: async () => securityHeaders,
  // An unknown address under /az/ or /ru/ gets its language's not-found page (status 404, see
  // app/[lang]/not-found/page.tsx). Fallback rewrites are tried only when no page or file matched
  // (a record id that does not exist included): nothing changes for the pages that exist.
  rewrites: async () => ({
    beforeFiles: [],
    afterFiles: [],
    fallback: [{ source: "/:lang(az|ru)/:path*", destination: "/:lang/not-found" }],
  }),
  // Prerendered pages kept as bytes, not strings, in next start's cache (lib/page-cache.ts): Node
  // no longer encodes the whole page on every request.
  cacheHandler: new URL("./lib/page-cache.ts", import.meta.url).href,
};

// ---- static export ----------------------------------------------------------------------------

/**
 * The static export (`npm run build:static`, which sets KARABAKH_STATIC_EXPORT=1 and builds in
 * its own folder — see scripts/build-static.ts): every page as `<path>/index.html`
 * (trailingSlash, which every static host serves), the API and downloads as files. Only
 * `.tsx` and `.export.ts` files are routes here: the server's `route.ts` handlers (query
 * parameters, 400/404 bodies) and a `proxy.ts` need a server and are left out, and the
 * `route.export.ts` handlers write the API as static JSON. Headers, redirects, rewrites and the
 * page cache need a server too; a static host sets its own.
 */
function staticExport(config: NextConfig): NextConfig {
  const { headers: _headers, redirects: _redirects, rewrites: _rewrites, outputFileTracingIncludes: _tracing, distDir: _distDir, cacheHandler: _cacheHandler, ...rest } = config;
  return {
    ...rest,
    output: "export",
    trailingSlash: true,
    pageExtensions: ["tsx", "export.ts"],
    env: { KARABAKH_STATIC_EXPORT: "1" },
    // The same sources as the site's own build, which the web app's `test` task and `npm run
    // typecheck` type-check: a check here took a minute of the export's build on two cores.
    typescript: { ignoreBuildErrors: true },
  };
}

export default process.env.KARABAKH_STATIC_EXPORT === "1" ? staticExport(nextConfig) : nextConfig;
