import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BrowserContext } from "playwright-core";
import { axeInBothSchemes, ensureArtifactsDir, openPage, useWebSite } from "./harness.ts";

/**
 * The map in real Chromium: its districts and deposits are links that land on their pages, by
 * mouse and by keyboard; labels never overlap and are at least 11 pixels high on a 390-pixel
 * phone; axe passes in both colour schemes; the map's markup stays under 30 kB gzip; and
 * screenshots at 1280 and 390 pixels go to artifacts/web/ for a person to look at.
 */

const site = useWebSite();
const base = site.base;
const inContext = site.inContext;
let depositPath = "/deposits/gyzylbulag";

before(async () => {
  await site.ready();
  // A deposit with a point, if any has one; else one known only to its district.
  const res = await fetch(`${base()}/api/v1/deposits`);
  const body = (await res.json()) as { data: { id: string; location?: unknown }[] };
  const located = body.data.find((d) => d.location);
  if (located) depositPath = `/deposits/${located.id}`;
});

const open = (context: BrowserContext, path: string) => openPage(site, context, path);
const visit = (context: BrowserContext, path: string) => openPage(site, context, path, "visit");

const PAGES = () => ["/", "/regions/kalbajar", depositPath];

describe("the map", () => {
  test("clicking a district on the overview map lands on its page", async () => {
    await inContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
      const { page, errors } = await open(context, "/");
      const district = page.locator('svg.map-svg a.map-district[href$="/regions/kalbajar"]');
      assert.equal(await district.count(), 1, "Kalbajar is drawn as a link");
      const box = await district.locator("path").boundingBox();
      assert.ok(box && box.width > 20, "drawn at a clickable size");
      // Click on the district's own area (its label point is inside the polygon).
      await district.locator("path").click({ position: { x: box.width / 2, y: box.height / 2 }, force: false });
      await page.waitForURL(/\/regions\/kalbajar\/?$/);
      assert.match(await page.locator("h1").innerText(), /Kalbajar/);
      assert.deepEqual(errors, []);
    });
  });

  test("clicking a deposit on the map lands on its page", async () => {
    await inContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
      const { page } = await open(context, "/");
      const symbols = page.locator("svg.map-svg a.map-deposit");
      if ((await symbols.count()) > 0) {
        const href = (await symbols.first().getAttribute("href")) as string;
        await symbols.first().locator("path").click();
        await page.waitForURL((url) => url.pathname.replace(/\/$/, "") === href.replace(/\/$/, ""));
      } else {
        // No deposit has a point yet: each is known only to its district, listed in the map's table.
        const { page: region } = await open(context, "/regions/kalbajar");
        const link = region.locator("figure.map table a[href*='/deposits/']").first();
        const href = (await link.getAttribute("href")) as string;
        await link.click();
        await region.waitForURL((url) => url.pathname.replace(/\/$/, "") === href.replace(/\/$/, ""));
        assert.match(await region.locator("h2#map-heading").innerText(), /On the map/);
        assert.ok((await region.locator("svg.map-svg a.map-district.focus").count()) >= 1, "the deposit's page shades its district");
      }
    });
  });

  test("every feature is reachable with Tab and shows its name on focus; Enter follows it", async () => {
    await inContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
      const { page } = await open(context, "/regions/kalbajar");
      const features = page.locator("svg.map-svg a.map-feature");
      const total = await features.count();
      assert.ok(total >= 3, "districts and places are links");
      for (let i = 0; i < total; i++) assert.equal(await features.nth(i).getAttribute("tabindex"), null, "no feature is taken out of the tab order");
      const first = features.first();
      await first.focus();
      assert.notEqual(await first.locator(".map-name").evaluate((el) => getComputedStyle(el).display), "none", "the name shows on focus");
      await page.mouse.move(0, 0);
      const href = (await first.getAttribute("href")) as string;
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.pathname.replace(/\/$/, "") === href.replace(/\/$/, ""));
    });
  });

  for (const width of [390, 1280]) {
    test(`labels do not overlap, are at least 11 px high and name each district once at ${width} px`, async () => {
      await inContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 }, async (context) => {
        // The Shusha District's map also draws the city of Shusha, a shape of its own.
        for (const path of [...PAGES(), "/regions/shusha"]) {
          const { page } = await visit(context, path);
          const labels = await page.$$eval("svg.map-svg .map-labels text", (nodes) =>
            nodes
              .filter((n) => getComputedStyle(n.parentElement as Element).display !== "none")
              .map((n) => {
                const r = n.getBoundingClientRect();
                const svg = n.closest("svg") as SVGSVGElement;
                const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                return { text: n.textContent, district: n.classList.contains("district-label"), px: Number(n.getAttribute("font-size")) * scale, box: { x0: r.left, x1: r.right, y0: r.top, y1: r.bottom } };
              }),
          );
          assert.ok(labels.length >= 1, `${path}: some labels are shown`);
          for (const l of labels) assert.ok(l.px >= 11, `${path}: '${l.text}' is ${l.px.toFixed(1)} px`);
          // Two shapes never carry the same name (a city and the district around it are named in full).
          const districtTexts = labels.filter((l) => l.district).map((l) => l.text);
          assert.deepEqual(districtTexts.filter((t, i) => districtTexts.indexOf(t) !== i), [], `${path} at ${width}px: a district label repeated`);
          for (let i = 0; i < labels.length; i++) {
            for (let j = i + 1; j < labels.length; j++) {
              const a = labels[i]!.box;
              const b = labels[j]!.box;
              const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
              assert.ok(!overlap, `${path} at ${width}px: '${labels[i]!.text}' overlaps '${labels[j]!.text}'`);
            }
          }
          const name = `map-${width}-${path === "/" ? "overview" : path.split("/").filter(Boolean).join("-")}`;
          await page.screenshot({ path: join(ensureArtifactsDir(), `${name}.png`), fullPage: true });
          await page.locator("figure.map").screenshot({ path: join(ensureArtifactsDir(), `${name}-figure.png`) });
        }
      });
    });
  }

  // Each page opened once in the light scheme: every axe rule, then the page switched to dark and
  // axe's colour rules again (the dark scheme changes colours only: web.test.ts checks that).
  test("axe finds no violations on the map's pages (light and dark)", async () => {
    await inContext({ colorScheme: "light", viewport: { width: 390, height: 900 } }, async (context) => {
      for (const path of PAGES()) {
        const { page } = await visit(context, path);
        const axe = await axeInBothSchemes(page);
        assert.deepEqual(axe.light, [], `${path} in light mode`);
        assert.deepEqual(axe.dark, [], `${path} in dark mode`);
      }
    });
  });

  test("the map adds at most 30 kB gzip to a page", async () => {
    for (const path of PAGES()) {
      const html = await (await fetch(`${base()}${path}`)).text();
      const start = html.indexOf('<figure class="map"');
      assert.ok(start >= 0, `${path} has the map`);
      const end = html.indexOf("</figure>", start) + "</figure>".length;
      const bytes = gzipSync(html.slice(start, end), { level: 9 }).length;
      console.log(`map markup on ${path}: ${(html.slice(start, end).length / 1024).toFixed(1)} kB, ${(bytes / 1024).toFixed(1)} kB gzip`);
      assert.ok(bytes <= 30 * 1024, `${path}: the map is ${bytes} bytes gzip`);
    }
  });
});
