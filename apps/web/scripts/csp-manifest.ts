/**
 * Runs after `next build`: reads every prerendered page in `<distDir>/server/app`, hashes each of
 * its inline scripts and writes the page's Content-Security-Policy, which allows exactly those
 * scripts, into the headers of the page's `.meta` file — the headers `next start` sends with that
 * prerendered page (beside `x-nextjs-prerender`). No code runs per request for it: the policy is
 * part of the build, as the page's bytes are. The not-found pages (answered for every unknown
 * address) get their own, and those of az and ru their status 404. Running it twice writes the
 * same files.
 *
 *   node scripts/csp-manifest.ts        (distDir as next.config.ts sets it)
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { documentPolicy, scriptHash } from "../lib/csp.ts";
import nextConfig from "../next.config.ts";
import { pageScripts } from "./inline-scripts.ts";

/** The header name as Next.js keeps the prerender's headers: lower case. */
const HEADER = "content-security-policy";

interface PrerenderMeta {
  status?: number;
  headers?: Record<string, string | string[] | number>;
  [key: string]: unknown;
}

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

/**
 * The not-found pages of the languages with a prefix (app/[lang]/not-found/page.tsx), which
 * next.config.ts's fallback rewrite answers for unknown addresses under /az/ and /ru/: prerendered
 * as pages, they are sent with status 404 from here, as the English not-found page is by Next.js.
 */
const NOT_FOUND_PAGE = /^\/(?:az|ru)\/not-found$/;

/** Writes a file whole or not at all: a half-written `.meta` would break its page. */
function writeAtomic(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function writePolicies(distDir: string): { pages: number; hashes: number } {
  const appDir = join(distDir, "server", "app");
  if (!existsSync(appDir)) throw new Error(`No build under ${appDir}: run \`next build\` first.`);
  let pages = 0;
  let hashes = 0;
  for (const file of htmlFiles(appDir).sort()) {
    const metaFile = file.replace(/\.html$/, ".meta");
    if (!existsSync(metaFile)) {
      throw new Error(`${pathnameOf(appDir, file)}: ${metaFile} is missing, so next start would send this page without its policy. Rebuild with \`next build\`.`);
    }
    const pageHashes = [...new Set(pageScripts(readFileSync(file, "utf8")).scripts.map(scriptHash))];
    const meta = JSON.parse(readFileSync(metaFile, "utf8")) as PrerenderMeta;
    meta.headers = { ...meta.headers, [HEADER]: documentPolicy({ hashes: pageHashes }) };
    if (NOT_FOUND_PAGE.test(pathnameOf(appDir, file))) meta.status = 404;
    writeAtomic(metaFile, JSON.stringify(meta, null, 2));
    pages += 1;
    hashes += pageHashes.length;
  }
  if (pages === 0) throw new Error(`No prerendered pages under ${appDir}: run \`next build\` first.`);
  return { pages, hashes };
}

const distDir = nextConfig.distDir ?? ".next";
const { pages, hashes } = writePolicies(distDir);
console.log(`csp: ${pages} prerendered pages, ${hashes} inline-script hashes written into their headers (${join(distDir, "server", "app")}/*.meta)`);
