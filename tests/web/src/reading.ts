import assert from "node:assert/strict";
import { text } from "node:stream/consumers";
import { describe, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { gotoHydrated, reloadHydrated } from "@karabakh-atlas/test-support/page";
import type { Site } from "@karabakh-atlas/test-support/site";
import { axeViolations, openPage, useWebSite } from "./harness.ts";

// Finding one's way: the menu, contents links, the timeline's filters, the header's suggestions,
// the deposits table and the charts' text, at a desktop's and a phone's width — one test file for
// each width (reading-desktop.test.ts, reading-phone.test.ts), so that the two run side by side.

let site: Site;
const base = () => site.base();

const WIDTHS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;

const open = (context: BrowserContext, path: string) => openPage(site, context, path);
const visit = (context: BrowserContext, path: string) => openPage(site, context, path, "visit");

async function noAxeViolations(page: Page, what: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], what);
}

/** Every kind's index page: a sortable table, the column the test sorts by, and what that column holds. */
const INDEX_TABLES: { path: string; column: string; holds: "text" | "number" | "date" }[] = [
  { path: "/regions", column: "Region", holds: "text" },
  { path: "/deposits", column: "Deposit", holds: "text" },
  { path: "/companies", column: "Company", holds: "text" },
  { path: "/resolutions", column: "Adopted or issued", holds: "date" },
  { path: "/statistics", column: "Sources", holds: "number" },
  { path: "/sources", column: "Cited", holds: "number" },
  { path: "/heritage-sites", column: "Site", holds: "text" },
  { path: "/programmes", column: "Programme", holds: "text" },
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "29 January 1993", "April 1993" or "1993" (the first of several dates "… or …") as a number that sorts as the date. */
function dateKey(text: string): number {
  const match = /^(?:(\d{1,2}) )?(?:([A-Z][a-z]+) )?(\d{4})\b/.exec(text.split(" or ")[0] ?? "");
  assert.ok(match, `a date: ${text}`);
  const [, day, month, year] = match;
  return Number(year) * 10_000 + (month ? MONTHS.indexOf(month) + 1 : 0) * 100 + Number(day ?? 0);
}

/** How two cells of a column compare, as a reader would order them ("29 January 1993" as a date). */
function compareCells(holds: "text" | "number" | "date", a: string, b: string): number {
  if (holds === "number") return Number(a.replace(/[^\d.]/g, "")) - Number(b.replace(/[^\d.]/g, ""));
  if (holds === "date") return dateKey(a) - dateKey(b);
  // The atlas orders names with case, diacritics and apostrophes aside ('Great Return' under G).
  const text = (t: string) => t.replace(/['‘’ʼ]/g, "");
  return text(a).localeCompare(text(b), "en", { sensitivity: "base" });
}

/**
 * A table's scroll box says whether it scrolls: while the table is wider than its box, the box is
 * a focusable region labelled "(scrolls sideways)", its hint is shown and the arrow keys scroll it;
 * while it fits, none of that. `wider` says which the test expects, when it knows.
 */
async function assertScrollCue(page: Page, wider?: boolean): Promise<void> {
  const box = page.locator(".data-table .scroll-box").first();
  await page.waitForFunction(() => document.querySelector(".data-table .scroll-box")?.hasAttribute("data-overflow"));
  const wrap = box.locator(".table-wrap");
  const measured = await wrap.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  if (wider !== undefined) assert.equal(measured, wider, `the table is ${measured ? "wider than" : "as wide as"} its box`);
  assert.equal(await box.getAttribute("data-overflow"), String(measured));
  assert.equal(await box.locator(".scroll-hint").isVisible(), measured, "the scroll hint shows exactly when the table scrolls");
  assert.equal(await wrap.getAttribute("role"), "region");
  if (measured) {
    assert.match((await wrap.getAttribute("aria-label")) ?? "", /\(scrolls sideways\)$/);
    assert.equal(await wrap.getAttribute("tabindex"), "0", "a scrolling box takes focus");
    await wrap.focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((el) => (el as HTMLElement).scrollLeft > 0, await wrap.elementHandle());
  } else {
    assert.doesNotMatch((await wrap.getAttribute("aria-label")) ?? "", /scrolls/);
    assert.equal(await wrap.getAttribute("tabindex"), null, "a box that does not scroll is no tab stop");
  }
}

const MENU = ["/regions", "/deposits", "/companies", "/resolutions", "/statistics", "/heritage-sites", "/programmes", "/timeline", "/sources"];

/** Registers the file's server and browser and the tests at one of the two widths. */
export function findingOnesWay(name: (typeof WIDTHS)[number]["name"]): void {
  site = useWebSite();
  const width = WIDTHS.find((w) => w.name === name) as (typeof WIDTHS)[number];
  describe(`finding one's way at ${width.viewport.width} px`, () => {
    const inContext = <T>(use: (context: BrowserContext) => Promise<T>, options: Parameters<Browser["newContext"]>[0] = {}) =>
      site.inContext({ viewport: width.viewport, ...("isMobile" in width ? { isMobile: true, hasTouch: true } : {}), ...options }, use);

    // The menu is the same on every page: it is checked on a short one (/programmes), where axe costs
    // a tenth of what it costs on /statistics, which the index-table test below checks at this width.
    test("the menu reaches every kind and marks the current page", async () => {
      await inContext(async (context) => {
        const { page, errors } = await open(context, "/programmes");
        const header = await page.locator("header.site-header").boundingBox();
        if (width.name === "phone") {
          assert.ok(header && header.height <= 120, `the phone header is ${header?.height} px high`);
          assert.equal(await page.locator("nav.nav-wide").isVisible(), false, "the wide menu is folded away on a phone");
          await page.locator(".menu-phone > summary").click();
        }
        const nav = page.locator(width.name === "phone" ? ".menu-phone nav" : "nav.nav-wide");
        for (const href of MENU) assert.equal(await nav.locator(`a[href="${href}"]`).isVisible(), true, `menu links to ${href}`);
        assert.equal(await nav.locator('a[aria-current="page"]').getAttribute("href"), "/programmes");
        await noAxeViolations(page, `/programmes with the menu ${width.name === "phone" ? "open" : "shown"}`);
        await gotoHydrated(page, `${base()}/regions/kalbajar`);
        if (width.name === "phone") await page.locator(".menu-phone > summary").click();
        assert.equal(await nav.locator('a[href="/regions"]').getAttribute("aria-current"), "true", "a region page marks Regions as the current section");
        assert.deepEqual(errors, []);
      });
    });

    if (width.name === "phone") {
      test("the phone menu opens without JavaScript", async () => {
        await inContext(
          async (context) => {
            const page = await context.newPage();
            await page.goto(`${base()}/timeline`);
            await page.locator(".menu-phone > summary").click();
            assert.equal(await page.locator('.menu-phone nav a[href="/deposits"]').isVisible(), true);
            assert.equal(await page.locator('.menu-phone nav a[aria-current="page"]').getAttribute("href"), "/timeline");
          },
          { javaScriptEnabled: false },
        );
      });
    }

    test("contents links jump to their sections on region, deposit, company and statistics pages", async () => {
      await inContext(async (context) => {
        for (const path of ["/regions/kalbajar", "/deposits/gyzylbulag", "/companies/base-metals", "/statistics", "/statistics/themes/war-dead"]) {
          const { page } = await visit(context, path);
          const links = page.locator('nav.contents a[href^="#"]');
          const count = await links.count();
          assert.ok(count >= 2, `${path} has contents (${count} links)`);
          for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") as string))) {
            assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `${path}: ${href} has a target`);
          }
          const last = links.last();
          const target = (await last.getAttribute("href")) as string;
          await last.click();
          await page.waitForFunction((hash) => window.location.hash === hash, target);
          const box = await page.locator(`[id="${target.slice(1)}"]`).boundingBox();
          assert.ok(box && box.y < width.viewport.height && box.y + box.height > 0, `${path}: ${target} is in view after the jump`);
        }
      });
    });

    test("the timeline filters by kind, region and period, keeps them in the URL and navigates by year", async () => {
      await inContext(async (context) => {
        const { page, errors } = await open(context, "/timeline");
        const events = page.locator("ol.timeline > li");
        const all = await events.count();
        assert.ok(all > 20, `${all} events`);
        if (width.name === "desktop") {
          // Heights as laid out: an event off screen is not (content-visibility), and would measure its estimate.
          const heights = await events.evaluateAll((lis) =>
            lis.map((li) => {
              for (const body of li.querySelectorAll<HTMLElement>(".event-body")) body.style.contentVisibility = "visible";
              return li.getBoundingClientRect().height;
            }),
          );
          const mean = heights.reduce((a, b) => a + b, 0) / heights.length;
          assert.ok(mean <= 60, `an event takes ${mean.toFixed(1)} px on average`);
        }
        await page.getByLabel("Kind").selectOption("occupation");
        const occupations = await events.count();
        assert.ok(occupations > 0 && occupations < all, `${occupations} occupations of ${all}`);
        assert.match(page.url(), /[?&]kind=occupation/);
        await page.getByLabel("Period").selectOption("before-1994");
        assert.match(page.url(), /period=before-1994/);
        const filtered = await events.count();
        await reloadHydrated(page);
        // The server renders every event; the filters from the URL apply once the page has hydrated.
        await page.waitForFunction((n) => document.querySelectorAll("ol.timeline > li").length === n, filtered, { timeout: 10_000 }).catch(() => undefined);
        assert.equal(await events.count(), filtered, "the URL restores the filters");
        assert.equal(await page.getByLabel("Kind").inputValue(), "occupation");
        await page.getByLabel("Region").selectOption("kalbajar");
        for (const text of await events.allInnerTexts()) assert.match(text, /Kalbajar/);
        await page.getByRole("button", { name: "Clear filters" }).click();
        assert.equal(await events.count(), all);
        await page.locator('nav.years a[href="#year-1993"]').click();
        await page.waitForFunction(() => window.location.hash === "#year-1993");
        const box = await page.locator('[id="year-1993"]').boundingBox();
        assert.ok(box && box.y > -100 && box.y < width.viewport.height, "the year's first event is in view");
        assert.deepEqual(errors, []);
      });
    });

    test("the header search suggests names, aliases and kinds as you type, from any spelling", async () => {
      await inContext(async (context) => {
        const { page, errors } = await open(context, "/");
        const box = page.locator("header").getByRole("combobox");
        await box.fill("Kəlbəcər");
        const options = page.locator("header [role=listbox] [role=option]");
        await options.first().waitFor();
        const texts = await options.allInnerTexts();
        assert.ok(texts.some((t) => t.includes("Kalbajar District")), `district suggested: ${texts.join(" | ")}`);
        assert.ok(texts.some((t) => t.includes("Kalbajar (town)")), `town suggested: ${texts.join(" | ")}`);
        await noAxeViolations(page, "the header with suggestions open");
        await box.fill("depo");
        await page.locator("header [role=option]", { hasText: "all of this kind" }).first().waitFor();
        assert.match((await options.first().innerText()), /Deposits/);
        await box.fill("Drmbon");
        await page.locator("header [role=option]", { hasText: "Gyzylbulag" }).first().waitFor();
        await box.press("ArrowDown");
        assert.equal(await box.getAttribute("aria-activedescendant"), await options.first().getAttribute("id"));
        await Promise.all([page.waitForURL(/\/deposits\/gyzylbulag/), box.press("Enter")]);
        assert.deepEqual(errors, []);
      });
    });

    test("the deposits table sorts by any column, filters, keeps its state in the URL and downloads the view as CSV", async () => {
      await inContext(async (context) => {
        const { page, errors } = await open(context, "/deposits");
        const rows = page.locator("table.sortable tbody tr");
        const total = await rows.count();
        assert.ok(total >= 10, `${total} deposits`);
        const names = () => rows.locator("th").allInnerTexts();
        await page.getByRole("button", { name: /^Deposit/ }).click();
        const ascending = await names();
        assert.deepEqual(ascending, [...ascending].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
        assert.equal(await page.locator("th", { has: page.getByRole("button", { name: /^Deposit/ }) }).getAttribute("aria-sort"), "ascending");
        await page.getByRole("button", { name: /^Deposit/ }).click();
        assert.deepEqual(await names(), [...ascending].reverse());
        assert.match(page.url(), /sort=-name/);
        await page.getByRole("button", { name: /^Largest stated reserve/ }).click();
        assert.match(page.url(), /sort=reserve/);
        await page.getByLabel("Commodity").selectOption("gold");
        const gold = await rows.count();
        assert.ok(gold > 0 && gold <= total);
        for (const text of await rows.locator("td:nth-child(3)").allInnerTexts()) assert.match(text, /Gold/);
        await reloadHydrated(page);
        await page.waitForFunction((n) => document.querySelectorAll("table.sortable tbody tr").length === n, gold, { timeout: 10_000 }).catch(() => undefined);
        assert.equal(await rows.count(), gold, "the URL restores the filter");
        assert.equal(await page.getByLabel("Commodity").inputValue(), "gold");
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV of this view" }).click()]);
        // Read through the browser's connection: the browser may be shared, running in another process (src/run.ts).
        const csv = (await text(await download.createReadStream())).trim().split(/\r\n/);
        assert.equal(csv[0], "id,Deposit,District,Commodities,Status (latest),Largest stated reserve,Operators");
        assert.equal(csv.length - 1, gold, "one CSV line per row shown");
        await assertScrollCue(page, width.name === "phone" ? true : undefined);
        await noAxeViolations(page, "/deposits filtered and sorted");
        assert.deepEqual(errors, []);
      });
    });

    test("every kind's index page is a table that sorts by its headers, keeps the order in the URL and says when it scrolls", async () => {
      await inContext(async (context) => {
        for (const { path, column, holds } of INDEX_TABLES) {
          const { page, errors } = await visit(context, path);
          const table = page.locator(".data-table table.sortable").first();
          const headers = table.locator("thead th[scope=col]");
          const labels = (await headers.allInnerTexts()).map((t) => t.replace(/\s*[↕▲▼]\s*$/, ""));
          assert.ok(labels.length >= 3, `${path}: ${labels.join(", ")}`);
          assert.equal(await headers.locator("button.sort-button").count(), labels.length, `${path}: every column header is a sort button`);
          assert.ok(await table.locator("tbody th[scope=row] a").count() >= 1, `${path}: each row is headed by a link to its record`);
          const index = labels.indexOf(column);
          assert.ok(index >= 0, `${path} has a ${column} column (${labels.join(", ")})`);
          const header = headers.nth(index);
          const cells = async () => (await table.locator(`tbody tr > :nth-child(${index + 1})`).allInnerTexts()).map((t) => t.split("\n")[0]?.trim() ?? "");
          const ordered = (texts: string[], direction: 1 | -1) => {
            const filled = texts.filter(Boolean);
            assert.deepEqual(texts.slice(0, filled.length), filled, `${path}: rows without a ${column} come last`);
            for (let i = 1; i < filled.length; i++) {
              const [a, b] = [filled[i - 1] as string, filled[i] as string];
              assert.ok(compareCells(holds, a, b) * direction <= 0, `${path}: ${column} ${direction > 0 ? "ascending" : "descending"} (${a} before ${b})`);
            }
          };
          await header.locator("button").click();
          assert.equal(await header.getAttribute("aria-sort"), "ascending", `${path}: ${column} sorted ascending`);
          ordered(await cells(), 1);
          await header.locator("button").click();
          assert.equal(await header.getAttribute("aria-sort"), "descending", `${path}: ${column} sorted descending`);
          const descending = await table.locator("tbody tr").allInnerTexts();
          ordered(await cells(), -1);
          const key = new URL(page.url()).searchParams.get("sort");
          assert.ok(key?.startsWith("-"), `${path}: the URL keeps the order (${page.url()})`);
          await reloadHydrated(page);
          await page.waitForFunction((i) => document.querySelectorAll(".data-table thead th[scope=col]")[i]?.getAttribute("aria-sort") === "descending", index, { timeout: 10_000 });
          assert.deepEqual(await table.locator("tbody tr").allInnerTexts(), descending, `${path}: the URL restores the order`);
          // On a phone every index table is wider than the screen; on a desktop the short ones fit.
          await assertScrollCue(page, width.name === "phone" ? true : path === "/programmes" ? false : undefined);
          // At a desktop's width web.test.ts runs axe on every index page in both schemes; the
          // sorted table is axe-checked at a phone's width, where the tables scroll.
          if (width.name === "phone") await noAxeViolations(page, `${path} sorted`);
          assert.deepEqual(errors, [], path);
        }
      });
    });

    if (width.name === "desktop") {
      test("a long table shows its first 50 rows, and every row on request, with JavaScript and without", async () => {
        const total = ((await (await fetch(`${base()}/api/v1/statistics`)).json()) as { data: unknown[] }).data.length;
        assert.ok(total > 100, `${total} statistics: a long table`);
        const shownRows = (page: Page) => page.locator("#rows-statistics tbody tr:visible");
        await inContext(async (context) => {
          const { page, errors } = await open(context, "/statistics");
          assert.equal(await shownRows(page).count(), 50);
          assert.match(await page.locator("#rows-statistics .count").innerText(), new RegExp(`^${total} statistics · the first 50 shown`));
          await page.getByRole("link", { name: `Show all ${total} statistics` }).click();
          await page.waitForFunction((n) => document.querySelectorAll("#rows-statistics tbody tr:not(.more)").length === n, total);
          assert.equal(await shownRows(page).count(), total);
          assert.equal(new URL(page.url()).hash, "", "with JavaScript the reader stays where they were");
          assert.equal(await page.evaluate(() => document.activeElement?.closest("tr")?.rowIndex), 51, "focus moves to the first row shown");
          assert.doesNotMatch(await page.locator("#rows-statistics .count").innerText(), /first 50/);
          // Sorted by figure, largest first: every row takes part, and a figure without a number ("dozens") comes last.
          await page.getByRole("button", { name: /^Figures, as stated/ }).click();
          await page.getByRole("button", { name: /^Figures, as stated/ }).click();
          await page.waitForURL(/sort=-figures/);
          const figures = await page.locator("#rows-statistics tbody tr > :nth-child(4)").allInnerTexts();
          assert.equal(figures.length, total);
          const largest = (text: string) => Math.max(...[...text.replace(/^\d+ sources?: /, "").matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, ""))));
          const numbered = figures.filter((f) => /\d/.test(f));
          assert.deepEqual(figures.slice(0, numbered.length), numbered, "figures without a number come last");
          for (let i = 1; i < numbered.length; i++) assert.ok(largest(numbered[i - 1] as string) >= largest(numbered[i] as string), `${numbered[i - 1]} before ${numbered[i]}`);
          assert.equal(await shownRows(page).count(), total, "sorting keeps every row shown");
          // A fresh visit to a sorted view shows that view's first 50.
          await gotoHydrated(page, `${base()}/statistics?sort=-figures`);
          assert.deepEqual(await shownRows(page).locator("td:nth-child(4)").allInnerTexts(), figures.slice(0, 50));
          // A shorter table (88 deposits) shows every row.
          await gotoHydrated(page, `${base()}/deposits`);
          assert.equal(await page.locator(".show-all").count(), 0);
          assert.equal(await page.locator("table.sortable tbody tr:visible").count(), await page.locator("table.sortable tbody tr").count());
          assert.deepEqual(errors, []);
        });
        await inContext(
          async (context) => {
            const page = await context.newPage();
            await page.goto(`${base()}/statistics`);
            assert.equal(await shownRows(page).count(), 50);
            await page.getByRole("link", { name: `Show all ${total} statistics` }).click();
            assert.equal(new URL(page.url()).hash, "#rows-statistics");
            assert.equal(await shownRows(page).count(), total, "without JavaScript the link shows every row");
            assert.equal(await page.locator("#rows-statistics .first-shown").isVisible(), false);
          },
          { javaScriptEnabled: false },
        );
      });
    }

    if (width.name === "phone") {
      // web.test.ts runs axe over every page kind at a desktop's width; Lighthouse scores a phone.
      // Index pages are checked above, sorted; here a record of each kind and the other pages.
      test("axe finds no violations on a page of each other kind at a phone's width", async () => {
        const first = async (dir: string) => ((await (await fetch(`${base()}/api/v1/${dir}`)).json()) as { data: { id: string }[] }).data[0]?.id;
        const records = await Promise.all(
          ["regions", "deposits", "companies", "resolutions", "statistics", "sources", "heritage-sites", "programmes"].map(async (dir) => `/${dir}/${await first(dir)}`),
        );
        await inContext(async (context) => {
          for (const path of ["/", ...records, "/timeline", "/downloads", "/search?q=Drmbon", "/about", "/deposits/no-such-deposit"]) {
            const { page } = await site.visit(context, path);
            await noAxeViolations(page, `${path} at ${width.viewport.width} px`);
          }
        });
      });
    }

    test("chart text is at least 11 px and every time series marks its latest value", async () => {
      await inContext(async (context) => {
        const { page } = await open(context, "/statistics/themes/missing");
        const sizes = await page.locator("svg.chart-svg").evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => {
              // A chart is drawn unscaled (no viewBox: its text is at the stylesheet's size); one with a viewBox scales it.
              const box = (svg as SVGSVGElement).viewBox.baseVal;
              const scale = box && box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
              return [...svg.querySelectorAll("text")]
                .filter((t) => getComputedStyle(t).display !== "none")
                .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
            }),
        );
        assert.ok(sizes.length > 50, `${sizes.length} chart texts`);
        assert.ok(Math.min(...sizes) >= 11, `the smallest chart text is ${Math.min(...sizes).toFixed(1)} px`);
        const series = page.locator("figure.chart:has(.point)");
        assert.ok((await series.count()) > 5);
        assert.equal(await series.locator(".chart-latest").count(), await series.count(), "each series states its latest value");
        const point = page.locator("svg.chart-svg:visible .point").first();
        await point.focus();
        assert.match((await point.getAttribute("aria-label")) ?? "", /\d/);
        assert.equal(await point.locator(".tip").isVisible(), true, "a focused point shows its tooltip");
      });
    });
  });
}
