import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { describeTables } from "@karabakh-atlas/data";
import { regionFilterSurvivesReload } from "@karabakh-atlas/test-support/page";
import { axeInBothSchemes, ensureArtifactsDir, useWebSite, webDir } from "./harness.ts";

const require = createRequire(import.meta.url);

const site = useWebSite();
const base = site.base;

/** One page of every kind: lists, details, search, and the static pages. */
let pageKinds: { name: string; path: string }[] = [];

async function firstId(base: string, dir: string): Promise<string | undefined> {
  const res = await fetch(`${base}/api/v1/${dir}`);
  assert.equal(res.status, 200, `GET /api/v1/${dir}`);
  const body = (await res.json()) as { data: { id: string }[] };
  return body.data[0]?.id;
}

before(async () => {
  await site.ready();
  pageKinds = [
    { name: "overview", path: "/" },
    { name: "region list", path: "/regions" },
    { name: "region", path: "/regions/kalbajar" },
    { name: "deposit list", path: "/deposits" },
    { name: "deposit", path: "/deposits/gyzylbulag" },
    { name: "company list", path: "/companies" },
    { name: "company", path: "/companies/base-metals" },
    { name: "document list", path: "/resolutions" },
    { name: "statistics", path: "/statistics" },
    { name: "statistics theme", path: "/statistics/themes/missing" },
    { name: "source list", path: "/sources" },
    { name: "source", path: "/sources/seed-un-letter-2018-04-17-kalbajar" },
    { name: "timeline", path: "/timeline" },
    { name: "search", path: "/search?q=Drmbon" },
    { name: "downloads", path: "/downloads" },
    { name: "about", path: "/about" },
    { name: "heritage list", path: "/heritage-sites" },
    { name: "programme list", path: "/programmes" },
  ];
  // Detail pages of kinds whose records are still being added: test the first one there is.
  for (const [name, dir] of [
    ["document", "resolutions"],
    ["statistic", "statistics"],
    ["heritage site", "heritage-sites"],
    ["programme", "programmes"],
  ] as const) {
    const id = await firstId(base(), dir);
    if (id) pageKinds.push({ name, path: `/${dir}/${id}` });
  }
});

const inContext = site.inContext;
const open = site.open;
const visit = site.visit;

/** The declarations of the stylesheet's dark-scheme blocks (the media query and the toggle's `data-theme`). */
function darkDeclarations(css: string): string[] {
  const blocks = [
    ...[...css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?\})\s*\}/g)].map((m) => m[1] as string),
    ...[...css.matchAll(/\[data-theme="dark"\][^{]*\{([^}]*)\}/g)].map((m) => m[1] as string),
  ];
  return blocks.flatMap((block) => block.replace(/^[^{]*\{/, "").replace(/\}\s*$/, "").split(";").map((d) => d.trim()).filter(Boolean));
}

describe("pages", () => {
  test("the dark colour scheme changes colours only, so axe runs only its colour rules again in it", () => {
    const css = readFileSync(join(webDir, "app", "globals.css"), "utf8");
    const declarations = darkDeclarations(css);
    assert.ok(declarations.length >= 10, `the dark blocks are found (${declarations.length} declarations)`);
    const other = declarations.filter((d) => !/^(--[\w-]+|color-scheme)\s*:/.test(d));
    assert.deepEqual(other, [], "declarations in a dark-scheme block that are not colours (run every axe rule in dark mode, or move them out)");
  });

  // Each page is opened once: the checks of its content, then axe in the light colour scheme and,
  // the page switched to dark (the stylesheet's prefers-color-scheme; no script reads the scheme
  // at load), axe again — instead of three visits of every page.
  test("every page kind loads with status 200, a title, an h1 and no console errors, and axe finds no violations on it in light and dark", async (t) => {
    await inContext({ colorScheme: "light" }, async (context) => {
      for (const { name, path } of [...pageKinds, { name: "not found", path: "/deposits/no-such-deposit" }]) {
        await t.test(`${name} (${path})`, async () => {
          const { page, errors, status } = await visit(context, path);
          if (name !== "not found") {
            assert.equal(status, 200, `${name} (${path}) status`);
            assert.deepEqual(errors, [], `${name} (${path}) console errors`);
            assert.match(await page.title(), /Karabakh Atlas/, `${name} (${path}) title`);
            assert.equal(await page.locator("h1").count(), 1, `${name} (${path}) has one h1`);
            const description = await page.locator('meta[name="description"]').getAttribute("content");
            assert.ok(description && description.length > 20, `${name} (${path}) has a description`);
            assert.match(await page.locator("footer").innerText(), /version \d+\.\d+\.\d+/i, `${name} footer shows the dataset version`);
          }
          const axe = await axeInBothSchemes(page);
          assert.deepEqual(axe.light, [], `${name} (${path}) in light mode`);
          assert.deepEqual(axe.dark, [], `${name} (${path}) in dark mode`);
        });
      }
    });
  });

  test("a deposit page shows each citation's source, locator and excerpt from its marker", async () => {
    await inContext({}, async (context) => {
      const { page } = await open(context, "/deposits/gyzylbulag");
      const marker = page.locator("button.cite-marker").first();
      const popoverId = await marker.getAttribute("popovertarget");
      assert.ok(popoverId, "a citation marker controls a popover");
      const body = page.locator(`[id="${popoverId}"]`);
      assert.equal(await body.isVisible(), false, "closed before activation");
      await marker.focus();
      await page.keyboard.press("Enter");
      assert.equal(await body.isVisible(), true, "opens from the keyboard");
      const text = await body.innerText();
      assert.match(text, /para\./, "shows the locator");
      assert.ok(await body.locator('a[href^="/sources/"]').count(), "links to the source page");
    });
  });

  test("an unknown id gives the not-found page with status 404", async () => {
    for (const path of ["/deposits/no-such-deposit", "/regions/no-such-region", "/companies/no-such-company", "/nowhere"]) {
      const res = await fetch(`${base()}${path}`);
      assert.equal(res.status, 404, path);
      assert.match(await res.text(), /<h1>Not found<\/h1>/, `${path} renders the not-found page`);
    }
  });
});

describe("search", () => {
  test("searching for Drmbon from the header reaches Gyzylbulag", async () => {
    await inContext({}, async (context) => {
      const { page, errors } = await open(context, "/");
      await page.getByRole("combobox", { name: "Search" }).fill("Drmbon");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\?q=Drmbon/);
      const link = page.getByRole("link", { name: "Gyzylbulag" });
      await link.first().click();
      await page.waitForURL(/\/deposits\/gyzylbulag$/);
      assert.equal(await page.locator("h1").innerText(), "Gyzylbulag");
      assert.deepEqual(errors, []);
    });
  });

  test("results are rendered on the server: they work without JavaScript, with or without diacritics", async () => {
    await inContext({ javaScriptEnabled: false }, async (context) => {
      for (const q of ["Drmbon", "Qızılbulaq", "qizilbulaq"]) {
        const { page } = await open(context, `/search?q=${encodeURIComponent(q)}`);
        assert.equal(await page.locator('a[href="/deposits/gyzylbulag"]').count() > 0, true, `search for ${q}`);
      }
      const { page } = await open(context, "/search?q=zzzzzzzz");
      assert.match(await page.locator("main").innerText(), /Nothing matches/);
    });
  });

  test("the search page refines as you type", async () => {
    await inContext({}, async (context) => {
      const { page } = await open(context, "/search");
      await page.locator("#search-page-q").pressSequentially("Drmb", { delay: 30 });
      await page.waitForURL(/q=Drmb/);
      await page.locator('main a[href="/deposits/gyzylbulag"]').waitFor();
    });
  });
});

describe("filters", () => {
  test("a filter's state is in the URL and survives a reload", async () => {
    await inContext({}, async (context) => {
      const { page, errors } = await open(context, "/regions");
      const { all, filtered } = await regionFilterSurvivesReload(page, /kind=district/);
      assert.match(await page.locator(".count").innerText(), new RegExp(`${filtered} of ${all}`));
      assert.deepEqual(errors, []);
    });
  });
});

describe("API", () => {
  test("lists, records and filters as JSON", async () => {
    const res = await fetch(`${base()}/api/v1/deposits?commodity=gold&region=kalbajar`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as { count: number; data: { id: string; commodities: string[] }[] };
    assert.ok(body.data.some((d) => d.id === "gyzylbulag"));
    assert.ok(body.data.every((d) => d.commodities.includes("gold")));
    const one = await fetch(`${base()}/api/v1/regions/kalbajar`);
    assert.equal(one.status, 200);
    assert.equal(((await one.json()) as { data: { id: string } }).data.id, "kalbajar");
  });

  test("an unknown id is a 404 JSON body", async () => {
    const res = await fetch(`${base()}/api/v1/deposits/gyzylbulg`);
    assert.equal(res.status, 404);
    assert.match(res.headers.get("content-type") ?? "", /application\/json/);
    const body = (await res.json()) as { error: string; suggestion?: string };
    assert.equal(body.error, "not found");
    assert.equal(body.suggestion, "gyzylbulag");
  });

  test("a bad kind, value or parameter is a 400 naming the parameter and what it accepts", async () => {
    const cases: [string, string, string][] = [
      ["/api/v1/mines", "kind", "deposits"],
      ["/api/v1/deposits?commodity=unobtainium", "commodity", "gold"],
      ["/api/v1/deposits?region=atlantis", "region", "kalbajar"],
      ["/api/v1/deposits?colour=red", "colour", "commodity"],
      ["/api/v1/statistics?category=happiness", "category", "killed"],
    ];
    for (const [path, parameter, oneAccepted] of cases) {
      const res = await fetch(`${base()}${path}`);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as { parameter: string; accepted: string[]; message: string };
      assert.equal(body.parameter, parameter, path);
      assert.ok(body.accepted.includes(oneAccepted), `${path} lists ${oneAccepted} among accepted values`);
      assert.ok(body.message.length > 0);
    }
  });

  test("a mistyped filter value or parameter is a 400 with the nearest valid one", async () => {
    const cases: [string, string][] = [
      ["/api/v1/deposits?region=kalbajr", "kalbajar"],
      ["/api/v1/deposits?commodity=gld", "gold"],
      ["/api/v1/deposits?comodity=gold", "commodity"],
      ["/api/v1/events?kind=occupaton", "occupation"],
    ];
    for (const [path, suggestion] of cases) {
      const res = await fetch(`${base()}${path}`);
      assert.equal(res.status, 400, path);
      const body = (await res.json()) as { suggestion?: string; message: string };
      assert.equal(body.suggestion, suggestion, path);
      assert.ok(body.message.includes(`Did you mean '${suggestion}'?`), `${path}: ${body.message}`);
    }
  });

  test("the downloads are the data package's export files, byte for byte, and each chart's CSV", async () => {
    const exportsDir = join(dirname(require.resolve("@karabakh-atlas/data/package.json")), "generated", "exports");
    const page = await (await fetch(`${base()}/downloads`)).text();
    const exported = readdirSync(exportsDir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(exportsDir, f)).isFile());
    assert.ok(exported.length >= 20, `the data package has its exports (${exported.length})`);
    for (const file of exported) {
      const name = file.split("/").pop() as string;
      assert.ok(page.includes(`href="/downloads/${name}"`), `the downloads page links ${name}`);
      const res = await fetch(`${base()}/downloads/${name}`);
      assert.equal(res.status, 200, name);
      const expected = readFileSync(join(exportsDir, file));
      assert.ok(Buffer.from(await res.arrayBuffer()).equals(expected), `${name} is the data package's file, byte for byte`);
    }
    const zip = await fetch(`${base()}/downloads/karabakh-atlas-data.zip`);
    assert.equal(zip.headers.get("content-type"), "application/zip");
    const csv = await fetch(`${base()}/downloads/figures.csv`);
    assert.match(csv.headers.get("content-type") ?? "", /^text\/csv; charset=utf-8/);
    const chart = [...page.matchAll(/href="\/downloads\/(chart-[^"]+\.csv)"/g)].map((m) => m[1]);
    assert.ok(chart.length > 0, "the downloads page links the charts' data");
    const first = await fetch(`${base()}/downloads/${chart[0]}`);
    assert.equal(first.status, 200);
    assert.ok((await first.text()).split("\n").length > 1, "a chart's CSV has a header and rows");
  });

  test("the downloads page says what each table holds as the data package does, and lists the same files in every language", async () => {
    const unescape = (html: string) => html.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    const page = await (await fetch(`${base()}/downloads`)).text();
    // The English lines are kept in the message files for translators: they must not drift from the data package's.
    for (const table of describeTables()) assert.ok(unescape(page).includes(`${table.title}: ${table.description}`), `the downloads page describes ${table.name}.csv as the data package does`);
    const files = [...page.matchAll(/href="\/downloads\/([^"]+)"/g)].map((m) => m[1]).sort();
    for (const lang of ["az", "ru"]) {
      const other = await (await fetch(`${base()}/${lang}/downloads`)).text();
      assert.deepEqual([...other.matchAll(/href="\/downloads\/([^"]+)"/g)].map((m) => m[1]).sort(), files, `/${lang}/downloads links the same files`);
      assert.ok(!unescape(other).includes(describeTables()[0]?.description ?? "—"), `/${lang}/downloads says in its language what the files hold`);
    }
  });
});

describe("screenshots", () => {
  test("overview and a deposit page at 1280 and 375 px are saved as artifacts", async () => {
    const dir = ensureArtifactsDir();
    for (const width of [1280, 375]) {
      await inContext({ viewport: { width, height: 900 } }, async (context) => {
        for (const [name, path] of [
          ["overview", "/"],
          ["deposit-gyzylbulag", "/deposits/gyzylbulag"],
        ] as const) {
          const { page } = await visit(context, path);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `${path} fits ${width} px without horizontal scrolling (${scrollWidth})`);
          await page.screenshot({ path: resolve(dir, `${name}-${width}.png`), fullPage: true });
        }
      });
    }
  });
});
