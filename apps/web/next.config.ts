import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
  const { headers: _headers, redirects: _redirects, rewrites: _rewrites, outputFileTracingIncludes: _tracing, ...rest } = config;
  return {
    ...rest,
    output: "export",
    trailingSlash: true,
    pageExtensions: ["tsx", "export.ts"],
    env: { KARABAKH_STATIC_EXPORT: "1" },
  };
}

export default process.env.KARABAKH_STATIC_EXPORT === "1" ? staticExport(nextConfig) : nextConfig;
