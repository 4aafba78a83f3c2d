import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/**
 * `next start`'s cache of prerendered pages (next.config.ts `cacheHandler`): Next.js's own
 * file-system cache, with one change — a page's HTML is kept as bytes, not as a string.
 *
 * Next.js reads a prerendered page's HTML from `.next/server/app/*.html` as a JavaScript string
 * and writes that string to the socket on every request, so Node encodes the whole page (176–212
 * kB, with Azerbaijani and Armenian letters that make it a two-byte string) into a fresh buffer
 * each time. Measured with a bare Node server under wrk (32 connections), answering the deposit
 * page as that string cost 0.9 ms of CPU per request, as a Buffer 0.05 ms. Here the string is
 * turned into a Buffer once, when the entry enters the memory cache (Next.js keeps the same entry
 * object there, so later hits find the Buffer). Next.js then sends the bytes as they are (as a
 * stream of one chunk: `Transfer-Encoding: chunked` instead of a `Content-Length`); the body, the
 * status and every header from the build and next.config.ts are unchanged.
 *
 * Pinned to the exact Next.js version in package.json: FileSystemCache is an internal module.
 * tests/web checks that prerendered pages still come from this cache with their headers.
 */
// Node loads Next's CommonJS module as `{ default: module.exports }`, whose class is
// `exports.default`; where Next.js bundles this file itself (the proxy's bundle), the import is
// the class.
const imported = fileSystemCache as typeof fileSystemCache & { default?: typeof fileSystemCache };
const FileSystemCache = typeof imported.default === "function" ? imported.default : fileSystemCache;

export default class PageCache extends FileSystemCache {
  override async get(...args: Parameters<InstanceType<typeof FileSystemCache>["get"]>) {
    const entry = await super.get(...args);
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string") {
      (value as { html: unknown }).html = Buffer.from(value.html, "utf8");
    }
    return entry;
  }
}
