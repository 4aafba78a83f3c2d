import type { NextConfig } from "next";

/**
 * The build folder. A build over a test dataset (KARABAKH_ATLAS_DATASET, see lib/data.ts) goes to
 * a folder of its own, so the real `.next` is never overwritten. proxy.ts reads it as
 * KARABAKH_DIST_DIR (inlined at build), scripts/csp-manifest.ts from this config.
 */
const distDir = process.env.KARABAKH_ATLAS_DATASET ? ".next/test-dataset" : ".next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  distDir,
  env: { KARABAKH_DIST_DIR: distDir },
  // Turbopack keeps its compilation in <distDir>/cache for the next build. CI builds on a clean
  // clone, where that cache is written and never read: up to half a minute per build on two cores.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // The map outlines are read from the world-atlas package at build time (server only).
  outputFileTracingIncludes: { "/**": ["../../node_modules/world-atlas/countries-10m.json"] },
};

// ---- static export ----------------------------------------------------------------------------

/**
 * The static export (`npm run build:static`, which sets KARABAKH_STATIC_EXPORT=1 and builds in
 * its own folder — see scripts/build-static.ts): every page as `<path>/index.html`
 * (trailingSlash, which every static host serves), the API and downloads as files. Only
 * `.tsx` and `.export.ts` files are routes here: the server's `route.ts` handlers (query
 * parameters, 400/404 bodies) and a `proxy.ts` need a server and are left out, and the
 * `route.export.ts` handlers write the API as static JSON. Headers, redirects and rewrites
 * need a server too; a static host sets its own.
 */
function staticExport(config: NextConfig): NextConfig {
  const { headers: _headers, redirects: _redirects, rewrites: _rewrites, outputFileTracingIncludes: _tracing, distDir: _distDir, ...rest } = config;
  return {
    ...rest,
    output: "export",
    trailingSlash: true,
    pageExtensions: ["tsx", "export.ts"],
    env: { KARABAKH_STATIC_EXPORT: "1" },
    // The same sources as the site's own build, whose `next build` type-checks them (and so does
    // `npm run typecheck`): a second check here took a minute of the export's build on two cores.
    typescript: { ignoreBuildErrors: true },
  };
}

export default process.env.KARABAKH_STATIC_EXPORT === "1" ? staticExport(nextConfig) : nextConfig;
