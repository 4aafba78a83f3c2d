import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { atlas, dataset } from "@karabakh-atlas/data";
import { ENTITY_KIND_TABLE } from "@karabakh-atlas/domain/vocabulary";
import { parse } from "parse5";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { gotoHydrated, injectInlineScript, recordPageErrors, regionFilterSurvivesReload, themeToggleResponds, withContext } from "@karabakh-atlas/test-support/page";
import { filesUnder, launchBrowser, outDir, pool, startNext, startNginx, webDir, type Server } from "./harness.ts";

/** The static site on nginx, and `next start` on the server build: what each file must equal. */
let site: Server | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let files: string[] = [];

before(async () => {
  files = filesUnder(outDir);
  site = await startNginx();
  server = await startNext();
});

after(async () => {
  await browser?.close().catch(() => undefined);
  await site?.stop();
  await server?.stop();
});

const siteUrl = (path: string) => {
  assert.ok(site, "nginx started");
  return `${site.url}${path}`;
};
const serverUrl = (path: string) => {
  assert.ok(server, "next start started");
  return `${server.url}${path}`;
};
/**
 * One request, redirects not followed: a redirect is an answer of its own here. Uncompressed:
 * fetch asks for gzip by default, and next start would compress each of the two thousand pages
 * the page test reads from it, for the test to decompress (compression is bench/load's concern).
 */
const get = (url: string) => fetch(url, { redirect: "manual", headers: { "accept-encoding": "identity" } });

/** The records of a kind, by its folder name. */
const recordsOf = (dir: (typeof ENTITY_KIND_TABLE)[number]["dir"]): readonly { id: string }[] => dataset[dir];

/** JSON as it travels: what the data package says, serialised and parsed like a response body. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Copies of the not-found page (Next writes three), and those of az and ru; nginx answers 404 with them. */
const NOT_FOUND_FILES = new Set(["404.html", "404/index.html", "_not-found/index.html", "az/not-found/index.html", "ru/not-found/index.html"]);

/** The URL of a page file: `regions/kalbajar/index.html` → `/regions/kalbajar/`. */
function pagePath(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}
/** The same page on `next start`, which has no trailing slash. */
const serverPath = (path: string) => (path === "/" ? "/" : path.replace(/\/$/, ""));

/**
 * A page of the server build as next start serves it: a prerendered page is the HTML file the
 * build wrote (`.next/server/app/regions/kalbajar.html`), which next start sends as it is (tests/web
 * checks its answers); it is read from disk instead of over HTTP, two thousand times. A page
 * rendered on demand (the search page) has no file and is asked of next start.
 */
async function serverPage(path: string): Promise<string> {
  const file = join(webDir, ".next", "server", "app", path === "/" ? "index.html" : `${path.slice(1)}.html`);
  if (existsSync(file)) return readFileSync(file, "utf8");
  const res = await get(serverUrl(path));
  assert.equal(res.status, 200, `next start ${path} status`);
  return res.text();
}

const pageFiles = () => files.filter((f) => f.endsWith(".html") && !NOT_FOUND_FILES.has(f));

const text = (html: string) => html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const h1s = (html: string) => [...html.matchAll(/<h1(?:\s[^>]*)?>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1] ?? ""));

describe("pages", () => {
  test("every content page is in the export: each record's page, the lists and the other pages", () => {
    const pages = new Set(pageFiles().map(pagePath));
    const english = ["/", "/about/", "/downloads/", "/search/", "/timeline/", ...ENTITY_KIND_TABLE.filter((k) => k.kind !== "event").map((k) => `/${k.dir}/`)];
    for (const k of ENTITY_KIND_TABLE) {
      // Events have no page of their own: they are anchors on the timeline.
      if (k.kind === "event") continue;
      for (const record of recordsOf(k.dir)) english.push(`/${k.dir}/${record.id}/`);
    }
    // Each page in Azerbaijani and Russian too, under /az/ and /ru/.
    const expected = [...english, ...english.map((p) => `/az${p}`), ...english.map((p) => `/ru${p}`)];
    assert.deepEqual(expected.filter((p) => !pages.has(p)), [], "pages missing from the export");
    assert.ok(pages.size >= expected.length);
    for (const lang of ["az", "ru"]) {
      assert.match(readFileSync(join(outDir, lang, "index.html"), "utf8"), new RegExp(`<html lang="${lang}"`), `/${lang}/ is in ${lang}`);
    }
  });

  test("every HTML file answers 200 with text/html, a title and one h1 — the same title and h1 as next start", async () => {
    const checked = await pool(pageFiles(), 8, async (file) => {
      const path = pagePath(file);
      const res = await get(siteUrl(path));
      assert.equal(res.status, 200, `${path} status`);
      assert.match(res.headers.get("content-type") ?? "", /^text\/html; charset=utf-8$/, `${path} content-type`);
      const html = await res.text();
      const title = titleOf(html);
      // The site's name in the page's language: Karabakh Atlas, Qarabağ Atlası, Атлас Карабаха.
      assert.match(title ?? "", /Karabakh Atlas|Qarabağ Atlası|Атлас Карабаха/, `${path} has a title`);
      assert.equal(h1s(html).length, 1, `${path} has one h1`);
      const serverHtml = await serverPage(serverPath(path));
      assert.equal(title, titleOf(serverHtml), `${path}: the same title as next start`);
      assert.deepEqual(h1s(html), h1s(serverHtml), `${path}: the same h1 as next start`);
      return path;
    });
    assert.ok(checked.length > 400, `${checked.length} pages checked`);
    // The files are what next start sends: a page of each language, byte for byte.
    for (const path of ["/", "/regions/kalbajar", "/az/deposits/gyzylbulag", "/ru/sources"]) {
      const res = await get(serverUrl(path));
      assert.equal(res.status, 200, `next start ${path} status`);
      assert.equal(res.headers.get("x-nextjs-cache"), "HIT", `next start ${path} is served from the build`);
      assert.equal(await res.text(), await serverPage(path), `next start ${path} sends the build's file`);
    }
  });

  test("a page address without the trailing slash redirects to it, query kept", async () => {
    for (const [path, location] of [
      ["/regions/kalbajar", "/regions/kalbajar/"],
      ["/search?q=Drmbon", "/search/?q=Drmbon"],
    ] as const) {
      const res = await get(siteUrl(path));
      assert.equal(res.status, 301, path);
      assert.equal(res.headers.get("location"), location, path);
    }
  });

  test("an unknown address answers 404 with the not-found page, as do the copies of that page", async () => {
    const notFound = readFileSync(join(outDir, "404.html"), "utf8");
    assert.deepEqual(h1s(notFound), ["Not found"]);
    for (const path of ["/nowhere/", "/nowhere", "/regions/no-such-region/", "/api/v1/deposits/no-such-deposit.json", "/downloads/no-such-file.csv", "/404/", "/_not-found/", "/404.html"]) {
      const res = await get(siteUrl(path));
      assert.equal(res.status, 404, path);
      assert.match(res.headers.get("content-type") ?? "", /^text\/html/, path);
      assert.equal(await res.text(), notFound, `${path} shows the not-found page`);
    }
    // Under /az/ and /ru/, that language's not-found page.
    for (const [lang, path] of [["az", "/az/nowhere/"], ["az", "/az/regions/no-such-region/"], ["ru", "/ru/nowhere"], ["ru", "/ru/not-found/"]] as const) {
      const page = readFileSync(join(outDir, lang, "not-found", "index.html"), "utf8");
      const res = await get(siteUrl(path));
      assert.equal(res.status, 404, path);
      assert.equal(await res.text(), page, `${path} shows the ${lang} not-found page`);
      assert.match(page, new RegExp(`<html lang="${lang}"`));
    }
  });

  test("the sitemaps are in the export: the index and one per language, each listing its language's pages", () => {
    const index = readFileSync(join(outDir, "sitemap.xml"), "utf8");
    assert.equal([...index.matchAll(/<loc>[^<]*\/sitemaps\/(en|az|ru)\.xml<\/loc>/g)].length, 3);
    const pages = pageFiles().map(pagePath).filter((p) => p !== "/search/" && !/^\/(az|ru)\/search\/$/.test(p));
    for (const lang of ["en", "az", "ru"]) {
      const listed = [...readFileSync(join(outDir, "sitemaps", `${lang}.xml`), "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
      const mine = pages.filter((p) => (lang === "en" ? !/^\/(az|ru)\//.test(p) : p.startsWith(`/${lang}/`)));
      assert.deepEqual(listed.sort(), mine.sort(), `the ${lang} sitemap lists the export's ${lang} pages, with their trailing slash`);
    }
  });
});

const DOWNLOAD_TYPES: Record<string, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  zip: "application/zip",
  sqlite: "application/vnd.sqlite3",
};

describe("downloads", () => {
  test("every download is a file: 200, its type, and byte for byte what next start serves", async () => {
    const downloads = files.filter((f) => f.startsWith("downloads/") && !f.endsWith(".html") && !f.endsWith(".txt")).map((f) => `/${f}`);
    const page = await (await get(siteUrl("/downloads/"))).text();
    const linked = [...new Set([...page.matchAll(/href="(\/downloads\/[^"/]+)"/g)].map((m) => m[1] as string))].sort();
    assert.ok(linked.length > 10, "the downloads page links its files");
    assert.deepEqual(downloads, linked, "the export holds exactly the files the downloads page links");
    await pool(downloads, 8, async (path) => {
      const res = await get(siteUrl(path));
      assert.equal(res.status, 200, path);
      const type = DOWNLOAD_TYPES[path.split(".").pop() ?? ""];
      assert.ok(type, `${path}: a known kind of file`);
      assert.equal(res.headers.get("content-type"), type, `${path} content-type`);
      const body = Buffer.from(await res.arrayBuffer());
      const theirs = await get(serverUrl(path));
      assert.equal(theirs.status, 200, `next start ${path}`);
      assert.equal(theirs.headers.get("content-type"), type, `next start ${path} content-type`);
      assert.ok(body.equals(Buffer.from(await theirs.arrayBuffer())), `${path} is byte-identical to next start's`);
    });
  });

  test("the JSON downloads are the data package's dataset and its kinds", async () => {
    assert.deepEqual(await (await get(siteUrl("/downloads/dataset.json"))).json(), asJson(dataset));
    for (const k of ENTITY_KIND_TABLE) {
      assert.deepEqual(await (await get(siteUrl(`/downloads/${k.dir}.json`))).json(), asJson(dataset[k.dir]), `${k.dir}.json`);
    }
  });
});

describe("API as static JSON", () => {
  test("the export holds one list file per kind and one file per record, nothing else", () => {
    const expected = ENTITY_KIND_TABLE.flatMap((k) => [`api/v1/${k.dir}.json`, ...recordsOf(k.dir).map((r) => `api/v1/${k.dir}/${r.id}.json`)]).sort();
    assert.deepEqual(files.filter((f) => f.startsWith("api/")), expected);
  });

  test("each list file is the unfiltered list: what next start's /api/v1/<kind> answers and what the data package holds", async () => {
    const { version, updated } = atlas.meta;
    for (const k of ENTITY_KIND_TABLE) {
      // No filter given: the data package's defaults apply, and only deposits have one (the scope:
      // the deposits of the territories the atlas is about); every other kind lists all its records.
      const listed = [...atlas.query(k.kind, {})] as { id: string }[];
      if (k.kind === "deposit") {
        const elsewhere = [...atlas.query("deposit", { scope: "elsewhere" })] as { id: string }[];
        assert.deepEqual([...listed, ...elsewhere].map((r) => r.id).sort(), recordsOf(k.dir).map((r) => r.id).sort(), "the default deposit list and the others are every deposit");
      } else assert.equal(listed.length, recordsOf(k.dir).length, `${k.dir}: no default filter`);
      const path = `/api/v1/${k.dir}.json`;
      const res = await get(siteUrl(path));
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/, path);
      const body = (await res.json()) as { data: { id: string }[] } & Record<string, unknown>;
      const theirs = await get(serverUrl(`/api/v1/${k.dir}`));
      assert.equal(theirs.status, 200);
      assert.deepEqual(body, await theirs.json(), `${path} equals next start's /api/v1/${k.dir}`);
      const { data, ...head } = body;
      assert.deepEqual(head, { kind: k.dir, version, updated, filters: {}, count: listed.length }, path);
      const records = new Map(listed.map((r) => [r.id, asJson(r)]));
      assert.deepEqual(data.map((r) => r.id).sort(), [...records.keys()].sort(), `${path} lists every ${k.kind}`);
      for (const record of data) assert.deepEqual(record, records.get(record.id), `${path}: ${record.id}`);
    }
  });

  test("each record file is what next start's /api/v1/<kind>/<id> answers and the data package's record", async () => {
    const keys = ENTITY_KIND_TABLE.flatMap((k) => recordsOf(k.dir).map((record) => ({ dir: k.dir, kind: k.kind, record })));
    await pool(keys, 8, async ({ dir, kind, record }) => {
      const path = `/api/v1/${dir}/${record.id}.json`;
      const res = await get(siteUrl(path));
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/, path);
      const body = await res.json();
      assert.deepEqual(body, { kind: dir, id: record.id, data: asJson(atlas.get(kind, record.id)) }, path);
      const theirs = await get(serverUrl(`/api/v1/${dir}/${record.id}`));
      assert.equal(theirs.status, 200);
      assert.deepEqual(body, await theirs.json(), `${path} equals next start's`);
    });
  });

  test("the search index is the data package's search documents", async () => {
    const res = await get(siteUrl("/search-index.json"));
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    assert.deepEqual(await res.json(), { version: atlas.meta.version, documents: asJson(atlas.searchDocuments()) });
  });
});

describe("links", () => {
  test("a crawl from / finds no broken or redirected link, page or asset, and reaches every page", async () => {
    assert.ok(site);
    const origin = site.url;
    const seen = new Map<string, string>([[`${origin}/`, "(start)"]]);
    const broken: string[] = [];
    const pagesReached = new Set<string>();
    let queue = [`${origin}/`];
    const found = (raw: string, base: string, from: string) => {
      const value = raw.replace(/&amp;/g, "&");
      if (!value || value.startsWith("#") || /^(mailto|tel|data|javascript):/i.test(value)) return;
      const url = new URL(value, base);
      if (url.origin !== origin) return;
      url.hash = "";
      if (!seen.has(url.href)) {
        seen.set(url.href, from);
        queue.push(url.href);
      }
    };
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      await pool(batch, 8, async (url) => {
        const res = await get(url);
        if (res.status !== 200) {
          broken.push(`${url} → ${res.status}${res.headers.get("location") ? ` ${res.headers.get("location")}` : ""} (linked from ${seen.get(url)})`);
          await res.body?.cancel();
          return;
        }
        const type = res.headers.get("content-type") ?? "";
        if (type.startsWith("text/html")) {
          pagesReached.add(new URL(url).pathname);
          const html = await res.text();
          for (const m of html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)) found(m[1] ?? "", url, url);
        } else if (type.startsWith("text/css")) {
          const css = await res.text();
          for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) found(m[1] ?? "", url, url);
        } else await res.body?.cancel();
      });
    }
    assert.deepEqual(broken, [], "broken or redirected links");
    const unreached = pageFiles().map(pagePath).filter((p) => !pagesReached.has(p));
    assert.deepEqual(unreached, [], "pages no link leads to");
    const assets = [...seen.keys()].filter((u) => new URL(u).pathname.startsWith("/_next/static/"));
    assert.ok(assets.some((u) => u.endsWith(".css")) && assets.some((u) => u.endsWith(".js")), "the crawl checked the stylesheets and scripts");
  });
});

/** Just enough of parse5's tree to walk it. */
interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  value?: string;
}
function* walk(node: HtmlNode): Generator<HtmlNode> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}
const attrOf = (node: HtmlNode, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const sha256 = (t: string) => `'sha256-${createHash("sha256").update(t, "utf8").digest("base64")}'`;

describe("security", () => {
  test("every page carries its Content-Security-Policy first in its head, allowing exactly its inline scripts by hash", () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const document = parse(readFileSync(join(outDir, file), "utf8")) as unknown as HtmlNode;
      const head = [...walk(document)].find((n) => n.nodeName === "head");
      const first = head?.childNodes?.find((n) => n.attrs);
      const policy = first?.nodeName === "meta" && attrOf(first, "http-equiv") === "Content-Security-Policy" ? attrOf(first, "content") : undefined;
      if (!policy) {
        problems.push(`${file}: no Content-Security-Policy <meta> first in <head>`);
        continue;
      }
      const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
      if (scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'") || !scripts.includes("'self'")) problems.push(`${file}: script-src ${scripts.join(" ")}`);
      if (!/default-src 'self'/.test(policy) || !/object-src 'none'/.test(policy) || !/base-uri 'none'/.test(policy)) problems.push(`${file}: ${policy}`);
      const inline = [...walk(document)].filter((n) => n.nodeName === "script" && attrOf(n, "src") === undefined);
      for (const script of inline) {
        const body = (script.childNodes ?? []).map((c) => c.value ?? "").join("");
        if (!scripts.includes(sha256(body))) problems.push(`${file}: an inline script its policy does not allow: ${body.slice(0, 60)}…`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("nginx sends the security headers with pages, JSON, downloads, assets and 404s", async () => {
    const asset = files.find((f) => f.startsWith("_next/static/") && f.endsWith(".js"));
    const json = files.find((f) => f.startsWith("api/v1/") && f.endsWith(".json"));
    const download = files.find((f) => f.startsWith("downloads/") && f.endsWith(".csv"));
    assert.ok(asset && json && download, "the export has an asset, an API file and a CSV download");
    for (const path of ["/", "/deposits/gyzylbulag/", `/${json}`, `/${download}`, `/${asset}`, "/no/such/page/"]) {
      const res = await get(siteUrl(path));
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", path);
      assert.equal(res.headers.get("referrer-policy"), "strict-origin-when-cross-origin", path);
      assert.equal(res.headers.get("x-frame-options"), "DENY", path);
      assert.match(res.headers.get("permissions-policy") ?? "", /camera=\(\)/, path);
      assert.match(res.headers.get("content-security-policy") ?? "", /frame-ancestors 'none'/, path);
      assert.doesNotMatch(res.headers.get("server") ?? "", /\d/, `${path}: no server version`);
      await res.arrayBuffer();
    }
  });
});

describe("in Chromium", () => {
  before(async () => {
    browser = await launchBrowser();
  });

  const inContext = <T>(options: Parameters<Browser["newContext"]>[0], use: (context: BrowserContext) => Promise<T>) => withContext(browser, options, use, siteUrl("/"));

  /** Opens a page and records console errors, exceptions, failed requests and error responses. */
  async function open(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = recordPageErrors(page, { responses: true });
    await gotoHydrated(page, url);
    return { page, errors };
  }

  const results = (page: Page) => page.locator("main ul.records > li").allInnerTexts();

  test("the policy holds in the browser: pages hydrate with no violation, an injected script is refused", async () => {
    await inContext({}, async (context) => {
      for (const path of ["/", "/deposits/gyzylbulag/", "/search/?q=Drmbon"]) {
        const { page, errors } = await open(context, siteUrl(path));
        assert.ok(await themeToggleResponds(page), `${path} is hydrated: the theme toggle responds`);
        const outcome = await injectInlineScript(page);
        assert.deepEqual(outcome, { ran: false, violated: "script-src-elem" }, `${path}: an injected inline script is refused`);
        assert.deepEqual(errors.filter((e) => !/Executing inline script violates/.test(e)), [], `${path}: no other console error`);
        await page.close();
      }
    });
  });

  test("searching for Drmbon from the header reaches Gyzylbulag, with no console errors", async () => {
    await inContext({}, async (context) => {
      const { page, errors } = await open(context, siteUrl("/"));
      await page.getByRole("combobox", { name: "Search" }).fill("Drmbon");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\/\?q=Drmbon$/);
      const link = page.locator("main ul.records").getByRole("link", { name: "Gyzylbulag", exact: true });
      await link.click();
      await page.waitForURL(/\/deposits\/gyzylbulag\/$/);
      assert.equal(await page.locator("h1").innerText(), "Gyzylbulag");
      assert.deepEqual(errors, []);
    });
  });

  test("the search page reads ?q= and refines as you type: Kəlbəcər and kelbecer find Kalbajar", async () => {
    await inContext({}, async (context) => {
      const { page, errors } = await open(context, siteUrl("/search/?q=Drmbon"));
      await page.locator("main ul.records").getByRole("link", { name: "Gyzylbulag", exact: true }).waitFor();
      assert.equal(await page.locator("#search-page-q").inputValue(), "Drmbon");
      for (const q of ["Kəlbəcər", "kelbecer"]) {
        await page.locator("#search-page-q").fill("");
        await page.locator("#search-page-q").pressSequentially(q, { delay: 20 });
        await page.waitForURL((url) => url.searchParams.get("q") === q);
        await page.locator("main ul.records").getByRole("link", { name: "Kalbajar District", exact: true }).waitFor();
        assert.match((await results(page))[0] ?? "", /^Kalbajar District/, `${q}: Kalbajar first`);
      }
      assert.deepEqual(errors, []);
    });
  });

  test("the browser's hits are the ones next start renders on the server", async () => {
    await inContext({}, async (context) => {
      for (const q of ["Drmbon", "Qızılbulaq", "S/RES/822", "Kalbajar", "zzzzzzzz"]) {
        const query = `?q=${encodeURIComponent(q)}`;
        const { page, errors } = await open(context, siteUrl(`/search/${query}`));
        await page.locator("main p.count, main p.empty").first().waitFor();
        const ours = await results(page);
        const theirs = await results((await open(context, serverUrl(`/search${query}`))).page);
        assert.deepEqual(ours, theirs, q);
        if (q === "zzzzzzzz") assert.match(await page.locator("main").innerText(), /Nothing matches/);
        else assert.ok(ours.length > 0, `${q} finds something`);
        assert.deepEqual(errors, [], q);
      }
    });
  });

  test("on /az/ and /ru/ the browser's hits are titled as next start titles them: in the page's language, or in English marked so", async () => {
    const titled = (page: Page) =>
      page.locator("main ul.records > li a.title > span").evaluateAll((spans) => spans.map((s) => `${s.getAttribute("lang") ?? "-"} ${s.textContent ?? ""}`));
    await inContext({}, async (context) => {
      for (const [lang, q, title] of [
        ["az", "Kalbajar", "- Kəlbəcər rayonu"],
        ["ru", "Kalbajar", "- Кельбаджарский район"],
        ["ru", "Drmbon", "en Gyzylbulag"],
      ] as const) {
        const query = `?q=${encodeURIComponent(q)}`;
        const { page, errors } = await open(context, siteUrl(`/${lang}/search/${query}`));
        await page.locator("main p.count").first().waitFor();
        const ours = await titled(page);
        assert.ok(ours.includes(title), `/${lang}/search ${q}: ${title} among ${ours.slice(0, 4).join(" | ")}`);
        assert.deepEqual(ours, await titled((await open(context, serverUrl(`/${lang}/search${query}`))).page), `/${lang}/search ${q}`);
        assert.deepEqual(errors, [], q);
      }
    });
  });

  test("a list filter is kept in the URL and survives a reload", async () => {
    await inContext({}, async (context) => {
      const { page, errors } = await open(context, siteUrl("/regions/"));
      await regionFilterSurvivesReload(page, /\/regions\/\?kind=district$/);
      assert.deepEqual(errors, []);
    });
  });
});
