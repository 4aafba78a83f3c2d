/**
 * Runs after `next build`: reads every prerendered page in `<distDir>/server/app`, hashes each of
 * its inline scripts and writes `<distDir>/csp-manifest.json`, which proxy.ts reads to send each
 * page a Content-Security-Policy that allows exactly those scripts.
 *
 *   node scripts/csp-manifest.ts        (distDir as next.config.ts sets it)
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { CSP_MANIFEST_FILE, scriptHash, type CspManifest } from "../lib/csp.ts";
import nextConfig from "../next.config.ts";
import { pageScripts } from "./inline-scripts.ts";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => join(dir, f));
}

/** `index.html` → `/`, `deposits/gyzylbulag.html` → `/deposits/gyzylbulag`. */
function pathnameOf(appDir: string, file: string): string {
  const route = relative(appDir, file).split(sep).join("/").replace(/\.html$/, "");
  return route === "index" ? "/" : `/${route}`;
}

const FALLBACK_PAGES = new Set(["/_not-found", "/_global-error"]);

function buildManifest(distDir: string): CspManifest {
  const appDir = join(distDir, "server", "app");
  const manifest: CspManifest = { pages: {}, notFound: [] };
  const fallback = new Set<string>();
  for (const file of htmlFiles(appDir).sort()) {
    const pathname = pathnameOf(appDir, file);
    const hashes = [...new Set(pageScripts(readFileSync(file, "utf8")).scripts.map(scriptHash))];
    if (FALLBACK_PAGES.has(pathname)) hashes.forEach((h) => fallback.add(h));
    else manifest.pages[pathname] = hashes;
  }
  manifest.notFound = [...fallback];
  if (Object.keys(manifest.pages).length === 0) {
    throw new Error(`No prerendered pages under ${appDir}: run \`next build\` first.`);
  }
  return manifest;
}

const distDir = nextConfig.distDir ?? ".next";
const manifest = buildManifest(distDir);
const target = join(distDir, CSP_MANIFEST_FILE);
// Written whole or not at all: a half-written manifest would break every page's scripts.
writeFileSync(`${target}.tmp`, JSON.stringify(manifest));
renameSync(`${target}.tmp`, target);
const scripts = Object.values(manifest.pages).reduce((n, h) => n + h.length, 0);
console.log(`csp-manifest: ${Object.keys(manifest.pages).length} pages, ${scripts} inline-script hashes → ${target}`);
