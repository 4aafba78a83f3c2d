/**
 * The dashboard built over the hostile fixture, every page opened in Chromium: no dialog opens,
 * no element the payloads would create exists (a script that is not Next's own, an `on…`
 * attribute, a link or source that is not http(s), an iframe, a marked `data-hostile` element),
 * nothing is hidden by an injected style, no console error; the payloads show as literal text,
 * in the page and in its title; the JSON API and the downloads give the payloads back as data.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { BrowserContext, Page } from "playwright-core";
import { ENTITY_KINDS } from "@karabakh-atlas/domain";
import { createAtlas, type AnyRecord } from "@karabakh-atlas/data";
import { HTML_PAYLOADS, URL_PAYLOADS, loadFixture } from "./fixture.ts";
import { buildFixtureSite, startFixtureServer } from "./web.ts";
import { gotoHydrated } from "@karabakh-atlas/test-support/page";
import { useSite } from "@karabakh-atlas/test-support/site";

const dataset = loadFixture();
const atlas = createAtlas(dataset);
const records = ENTITY_KINDS.flatMap(({ kind, dir }) => (dataset[dir] as { id: string }[]).map((record) => ({ kind, dir, record })));

/** Every page of the fixture's site: the fixed ones, then every record's. */
const PAGES = [
  "/",
  "/regions",
  "/deposits",
  "/companies",
  "/resolutions",
  "/statistics",
  "/sources",
  "/heritage-sites",
  "/programmes",
  "/timeline",
  "/downloads",
  "/about",
  "/search?q=hostile",
  `/search?q=${encodeURIComponent(HTML_PAYLOADS.script)}`,
  `/search?q=${encodeURIComponent(HTML_PAYLOADS.titleBreakout)}`,
  "/deposits/no-such-deposit",
  ...records.filter((r) => r.kind !== "event").map(({ dir, record }) => `/${dir}/${record.id}`),
];

// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

let built = 0;

/** The fixture's site: built first, then served; and Chromium. */
const site = useSite(async () => {
  built = (await buildFixtureSite()).seconds;
  return startFixtureServer();
});
const base = site.base;

interface Findings {
  scripts: string[];
  handlers: string[];
  urls: string[];
  marked: string[];
  embedded: string[];
  hidden: boolean;
  /** The text of every text node outside script and style (popovers included). */
  text: string;
  title: string;
  h1: string;
}

/**
 * Runs in the page: everything the payloads would have created if any of them had become
 * markup. Next's own scripts are external files under /_next/ or inline scripts that feed its
 * runtime (`self.__next_f`, `TURBOPACK`), plus the layout's theme script.
 */
function inspect(): Findings {
  const own = ["self.__next_f.push(", "(self.__next_f=self.__next_f||[]).push(", '(globalThis["TURBOPACK"]', 'try{var t=localStorage.getItem("theme")'];
  const scripts: string[] = [];
  for (const s of Array.from(document.scripts)) {
    const src = s.getAttribute("src");
    if (src !== null) {
      const url = new URL(s.src);
      if (url.origin !== location.origin || !url.pathname.startsWith("/_next/")) scripts.push(`<script src="${src}">`);
      continue;
    }
    const text = s.textContent ?? "";
    if (!own.some((prefix) => text.startsWith(prefix))) scripts.push(`inline script: ${text.slice(0, 160)}`);
    else if (/<\/?(script|img|svg|iframe|style)/i.test(text)) scripts.push(`markup inside one of Next's scripts: ${text.slice(0, 160)}`);
  }
  const handlers: string[] = [];
  const urls: string[] = [];
  for (const element of Array.from(document.querySelectorAll("*"))) {
    for (const attr of Array.from(element.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith("on")) handlers.push(`<${element.localName} ${name}="${attr.value}">`);
      if (["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcdoc"].includes(name)) {
        let protocol = "invalid:";
        try {
          protocol = new URL(attr.value, location.href).protocol;
        } catch {
          // an address that does not parse is reported below
        }
        if (name === "srcdoc" || (protocol !== "http:" && protocol !== "https:")) urls.push(`<${element.localName} ${name}="${attr.value}">`);
      }
    }
  }
  const marked = Array.from(document.querySelectorAll("[data-hostile]")).map((e) => e.outerHTML.slice(0, 160));
  const embedded = Array.from(document.querySelectorAll("iframe, frame, object, embed, base, meta[http-equiv]")).map((e) => e.outerHTML.slice(0, 160));
  const hidden = [document.documentElement, document.body].some((e) => getComputedStyle(e).display === "none" || getComputedStyle(e).visibility === "hidden");
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== "script" && parent !== "style" && parent !== "template" && parent !== "noscript") texts.push(node.nodeValue ?? "");
  }
  return { scripts, handlers, urls, marked, embedded, hidden, text: texts.join("\n"), title: document.title, h1: document.querySelector("h1")?.textContent ?? "" };
}

interface Visit {
  page: Page;
  status: number | undefined;
  dialogs: string[];
  errors: string[];
  findings: Findings;
}

async function visit(context: BrowserContext, path: string): Promise<Visit> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on("console", (m) => {
    // The not-found page's 404 is the page's own status, not an error of the page.
    if (m.type() === "error" && !(path === "/deposits/no-such-deposit" && /status of 404/.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  const response = await gotoHydrated(page, `${base()}${path}`);
  // Open every citation: their excerpts, locators and notes are hostile too. Clicked in the page,
  // one after the other, rather than by one Playwright click each (a round trip and its waits).
  await page.evaluate(() => {
    for (const marker of Array.from(document.querySelectorAll<HTMLButtonElement>("button.cite-marker"))) {
      if (marker.checkVisibility()) marker.click();
    }
  });
  await page.keyboard.press("Escape");
  return { page, status: response?.status(), dialogs, errors, findings: await page.evaluate(inspect) };
}

function assertInert(v: Visit, path: string) {
  assert.deepEqual(v.dialogs, [], `${path}: a dialog opened`);
  assert.deepEqual(v.findings.scripts, [], `${path}: scripts that are not Next's own`);
  assert.deepEqual(v.findings.handlers, [], `${path}: event handler attributes`);
  assert.deepEqual(v.findings.urls, [], `${path}: links or sources that are not http(s)`);
  assert.deepEqual(v.findings.marked, [], `${path}: elements made from the payloads`);
  assert.deepEqual(v.findings.embedded, [], `${path}: frames, objects, <base> or <meta http-equiv>`);
  assert.equal(v.findings.hidden, false, `${path}: the page is hidden`);
  assert.deepEqual(v.errors, [], `${path}: console errors`);
}

describe("the dashboard over the hostile fixture", () => {
  test("every page renders every payload inert, and shows it as literal text", async (t) => {
    t.diagnostic(`the fixture's site was built in ${built} s; ${PAGES.length} pages`);
    const seen: string[] = [];
    await site.inContext({}, async (context) => {
      for (const path of PAGES) {
        const v = await visit(context, path);
        assert.equal(v.status, path === "/deposits/no-such-deposit" ? 404 : 200, `${path}: status`);
        assertInert(v, path);
        seen.push(v.findings.text);
        const entry = records.find((r) => path === `/${r.dir}/${r.record.id}`);
        if (entry) {
          const title = atlas.title(entry as unknown as AnyRecord);
          assert.equal(v.findings.h1.trim(), title, `${path}: the heading is the record's name, literally`);
          // The browser turns control characters in a title into spaces; markup stays text.
          const spaced = (t: string) => t.replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
          assert.ok(spaced(v.findings.title).startsWith(spaced(title)), `${path}: the document title starts with the record's name, literally (${v.findings.title})`);
        }
        await v.page.close();
      }
    });
    const text = seen.join("\n");
    for (const [name, payload] of Object.entries(HTML_PAYLOADS)) assert.ok(text.includes(payload), `the ${name} payload is nowhere on the site as text`);
  });

  test("the http(s) addresses are links whose href is the address itself, markup and all", async () => {
    await site.inContext({}, async (context) => {
      for (const [path, url] of [
        ["/sources/hostile-html", URL_PAYLOADS.sourceUrl],
        ["/companies/hostile-corp", URL_PAYLOADS.companyWebsite],
      ] as const) {
        const v = await visit(context, path);
        assertInert(v, path);
        const link = v.page.locator('a[rel="nofollow noopener"]');
        assert.equal(await link.count(), 1, `${path}: one outside link`);
        assert.equal(await link.getAttribute("href"), url);
        assert.equal(await link.textContent(), url);
        await v.page.close();
      }
    });
  });

  test("search as you type and the citation popovers stay inert on the client", async () => {
    await site.inContext({}, async (context) => {
      const v = await visit(context, "/search");
      await v.page.locator("#search-page-q").fill("hostile");
      await v.page.waitForURL(/\/search\?q=hostile$/);
      await v.page.locator("main a.title").first().waitFor();
      const after = await v.page.evaluate(inspect);
      assert.deepEqual({ ...after, text: "", title: "", h1: "" }, { scripts: [], handlers: [], urls: [], marked: [], embedded: [], hidden: false, text: "", title: "", h1: "" });
      assert.ok(after.text.includes(HTML_PAYLOADS.titleBreakout), "the hits' titles, literally");
      // Navigate on the client to a record from the hits.
      await v.page.locator("main a.title", { hasText: "Hostile Mine" }).click();
      await v.page.waitForURL(/\/deposits\/hostile-mine$/);
      await v.page.locator("h1").waitFor();
      const mine = await v.page.evaluate(inspect);
      assert.equal(mine.h1, dataset.deposits[0]?.names.en);
      assert.deepEqual([mine.scripts, mine.handlers, mine.urls, mine.marked, mine.embedded], [[], [], [], [], []]);
      assert.deepEqual(v.dialogs, []);
      assert.deepEqual(v.errors, []);
    });
  });

  test("the JSON API returns the records as data", async () => {
    for (const { dir, record } of records) {
      const res = await fetch(`${base()}/api/v1/${dir}/${record.id}`);
      assert.equal(res.status, 200, `/api/v1/${dir}/${record.id}`);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
      const body = (await res.json()) as { data: unknown };
      assert.deepEqual(body.data, JSON.parse(JSON.stringify(record)), `/api/v1/${dir}/${record.id} is the record`);
    }
    const list = (await (await fetch(`${base()}/api/v1/sources?publisherType=media`)).json()) as { data: { id: string; title: string }[] };
    assert.deepEqual(
      list.data.map((s) => s.title),
      [`${HTML_PAYLOADS.titleBreakout} Hostile source`],
    );
  });

  test("the downloads are data, never served as HTML", async () => {
    const page = await (await fetch(`${base()}/downloads`)).text();
    const files = [...new Set([...page.matchAll(/href="\/downloads\/([^"]+)"/g)].map((m) => m[1] as string))];
    assert.ok(files.length > 5, `downloads found: ${files.join(", ")}`);
    for (const file of files) {
      const res = await fetch(`${base()}/downloads/${file}`);
      assert.equal(res.status, 200, file);
      assert.doesNotMatch(res.headers.get("content-type") ?? "", /html|xml|svg/, `${file} is served as ${res.headers.get("content-type")}`);
      if (file === "dataset.json") assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(dataset)));
    }
  });
});
