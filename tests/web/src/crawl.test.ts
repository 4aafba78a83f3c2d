import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, test } from "node:test";
import { attr, elements, parseHtml } from "./html.ts";
import { useWebSite, webDir } from "./harness.ts";

const site = useWebSite({ browser: false });

/** Every page `next build` prerendered, as a pathname (`/`, `/deposits/gyzylbulag`). */
function prerenderedPages(): string[] {
  const appDir = join(webDir, ".next", "server", "app");
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html") && !/(^|\/)_(not-found|global-error)\.html$/.test(f.split(sep).join("/")))
    .map((f) => f.split(sep).join("/").replace(/\.html$/, ""))
    .map((route) => (route === "index" ? "/" : `/${route}`));
}

/** The attributes that point at another page or an asset the page needs. */
const REFERENCES: [element: string, attribute: string][] = [
  ["a", "href"],
  ["link", "href"],
  ["script", "src"],
  ["img", "src"],
  ["form", "action"],
  ["use", "href"],
];

interface Crawl {
  status: Map<string, number>;
  /** The ids each HTML page holds, for checking `#fragment` links. */
  anchors: Map<string, Set<string>>;
  /** page URL → the internal URLs it refers to (with their fragment). */
  references: Map<string, string[]>;
  external: Set<string>;
}

async function crawl(origin: string, limit: number): Promise<Crawl> {
  const result: Crawl = { status: new Map(), anchors: new Map(), references: new Map(), external: new Set() };
  const queue = ["/"];
  const seen = new Set(queue);
  const visit = async (path: string) => {
    // A request the busy server's socket dropped (fetch failed, twice in runs on a loaded two-core
    // machine) is made once more; a second failure fails the test.
    const res = await fetch(`${origin}${path}`, { redirect: "manual" }).catch(() => fetch(`${origin}${path}`, { redirect: "manual" }));
    result.status.set(path, res.status);
    if (!(res.headers.get("content-type") ?? "").startsWith("text/html")) {
      await res.arrayBuffer();
      return;
    }
    const document = parseHtml(await res.text());
    const ids = new Set<string>();
    const refs: string[] = [];
    for (const el of elements(document)) {
      const id = attr(el, "id");
      if (id) ids.add(id);
      for (const [name, attribute] of REFERENCES) {
        const value = el.nodeName === name ? attr(el, attribute) : undefined;
        if (value === undefined || value === "") continue;
        const url = new URL(value, `${origin}${path}`);
        if (url.origin !== origin) {
          if (url.protocol === "http:" || url.protocol === "https:") result.external.add(url.href);
          continue;
        }
        refs.push(url.pathname + url.search + url.hash);
        const target = url.pathname + url.search;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    result.anchors.set(path, ids);
    result.references.set(path, refs);
  };
  while (queue.length > 0) {
    assert.ok(seen.size <= limit, `the crawl stays bounded (${limit} URLs)`);
    await Promise.all(queue.splice(0, 8).map(visit));
  }
  return result;
}

describe("crawl", () => {
  test("from / every prerendered page is reached, and no internal link, fragment or asset is broken", async () => {
    const pages = prerenderedPages();
    assert.ok(pages.length > 100, `the build prerendered the dataset's pages (${pages.length})`);
    const { status, anchors, references, external } = await crawl(site.base(), 20 * pages.length);

    const broken = [...status].filter(([, code]) => code !== 200).map(([path, code]) => `${path} → ${code}`);
    assert.deepEqual(broken, [], "every internal URL answers 200");

    const unreached = pages.filter((p) => !status.has(p));
    assert.deepEqual(unreached, [], "every prerendered page is linked from somewhere reachable from /");

    const missingFragments: string[] = [];
    let fragments = 0;
    for (const [from, refs] of references) {
      for (const ref of refs) {
        const [target, fragment] = ref.split("#") as [string, string | undefined];
        const ids = fragment ? anchors.get(target) : undefined;
        if (!fragment || !ids) continue;
        fragments += 1;
        if (!ids.has(decodeURIComponent(fragment))) missingFragments.push(`${from} → ${ref}`);
      }
    }
    assert.deepEqual(missingFragments, [], "every #fragment link points at an element on its page");
    assert.ok(fragments > 100, `#fragment links were checked (${fragments})`);

    const assets = [...status.keys()].filter((p) => p.startsWith("/_next/static/"));
    assert.ok(assets.some((a) => a.endsWith(".css")) && assets.some((a) => a.endsWith(".js")), "stylesheets and scripts were checked");
    const downloads = [...status.keys()].filter((p) => p.startsWith("/downloads/"));
    assert.ok(downloads.length >= 5, `the downloads were checked (${downloads.length})`);
    console.log(
      `crawl: ${status.size} internal URLs (${pages.length} prerendered pages, ${assets.length} assets, ${downloads.length} downloads), ` +
        `${[...references.values()].reduce((n, r) => n + r.length, 0)} references (${fragments} to a #fragment); ${external.size} external links not followed`,
    );
  });
});
