/**
 * Helpers that drive an open page. They run code in the page (DOM types), so they live apart from
 * the Node-only helpers of the package's main entry.
 */
import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page, Response } from "playwright-core";

/**
 * Waits until Next.js has hydrated the open page: the App Router adds its route announcer
 * (`<next-route-announcer>`) to the body in an effect, so once it is attached React has committed
 * the page and run its effects (a part behind a Suspense boundary may hydrate later: wait for what
 * it draws). Waiting for an idle network instead cost half a second a navigation (no request for
 * 500 ms) and said nothing about hydration.
 */
export async function hydrated(page: Page): Promise<void> {
  // Next's inline scripts define self.__next_f as the document loads. Without it (a context with
  // JavaScript off, or scripts refused) nothing will hydrate: the tests that need scripts check
  // for themselves that they ran (themeToggleResponds).
  if (!(await page.evaluate(() => "__next_f" in self))) return;
  await page.waitForSelector("next-route-announcer", { state: "attached" });
}

/** `page.goto(url)`, then `hydrated`: the page loaded and React attached to it. */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: "load" });
  await hydrated(page);
  return response;
}

/** `page.reload()`, then `hydrated`. */
export async function reloadHydrated(page: Page): Promise<Response | null> {
  const response = await page.reload({ waitUntil: "load" });
  await hydrated(page);
  return response;
}

/**
 * Records what goes wrong on a page from now on: console errors, uncaught exceptions, failed
 * requests (but the prefetches a navigation cancels) and, with `responses`, answers of 400 or more.
 * The array fills as the page runs.
 */
export function recordPageErrors(page: Page, options: { responses?: boolean } = {}): string[] {
  return pageErrorLog(page, options).next();
}

/**
 * recordPageErrors for a page that is used again (Site.visit): its listeners are added once, and
 * `next()` starts a new list, which they fill from then on (the list it returned before stops
 * filling).
 */
export function pageErrorLog(page: Page, { responses = false }: { responses?: boolean } = {}): { next(): string[] } {
  let errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on("pageerror", (e) => errors.push(`exception: ${e.message}`));
  page.on("requestfailed", (r) => {
    const reason = r.failure()?.errorText ?? "";
    if (!reason.includes("ERR_ABORTED")) errors.push(`request failed: ${r.url()} ${reason}`);
  });
  if (responses) {
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} for ${r.url()}`);
    });
  }
  return { next: () => (errors = []) };
}

/**
 * Whether React has hydrated the dashboard's page: its theme toggle answers a click (the button is
 * a client component, so it responds only once Next's scripts ran — under the page's CSP).
 */
export async function themeToggleResponds(page: Page): Promise<boolean> {
  // Named in the page's language ("Colour scheme: …", "Rəng sxemi: …"): found by its class.
  const toggle = page.locator("button.theme-toggle");
  const before = await toggle.innerText();
  await toggle.click();
  return (await toggle.innerText()) !== before;
}

/**
 * Adds an inline script to an open page and reports whether it ran and which directive of the
 * page's Content-Security-Policy refused it (empty when none did within 2 s).
 */
export function injectInlineScript(page: Page): Promise<{ ran: boolean; violated: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((done) => {
        const w = window as unknown as { injected?: boolean };
        document.addEventListener("securitypolicyviolation", (e) => done({ ran: Boolean(w.injected), violated: e.violatedDirective }), { once: true });
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        setTimeout(() => done({ ran: Boolean(w.injected), violated: "" }), 2000);
      }),
  );
}

/**
 * Opens a page of the site (its robots.txt) that stays open while the context lives. Chromium
 * gives a new page of a site the renderer process of an open page of the same site, where there
 * is one, instead of starting a process and loading the site's scripts into it again: opening,
 * hydrating and closing a page then cost about half the CPU (14 CPU-seconds for ten of the
 * largest pages without it, 7 with it, measured on this machine). The page is opened before the
 * test's own, so listeners a test adds to the context see only its pages.
 */
async function keepRendererAlive(context: BrowserContext, site: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(new URL("/robots.txt", site).href);
}

/**
 * Runs `use` in a fresh browser context (its own cookies and storage), closed afterwards whatever
 * happens. With `site` (an address of the site under test), a page of it stays open meanwhile (keepRendererAlive).
 */
export async function withContext<T>(
  browser: Browser | undefined,
  options: Parameters<Browser["newContext"]>[0],
  use: (context: BrowserContext) => Promise<T>,
  site?: string,
): Promise<T> {
  if (!browser) throw new Error("the browser was not launched");
  const context = await browser.newContext(options);
  try {
    if (site) await keepRendererAlive(context, site);
    return await use(context);
  } finally {
    await context.close();
  }
}

/**
 * On an open region list (the dashboard's or the static site's): the Kind filter set to
 * `district` narrows the table, puts itself in the URL (`url` is what the address must then
 * match) and survives a reload. Returns the list's size before and after filtering.
 */
export async function regionFilterSurvivesReload(page: Page, url: RegExp): Promise<{ all: number; filtered: number }> {
  const rows = page.locator("table.sortable tbody tr");
  const all = await rows.count();
  await page.getByLabel("Kind").selectOption("district");
  await page.waitForURL(url);
  const filtered = await rows.allInnerTexts();
  assert.ok(filtered.length > 0 && filtered.length < all, `the filter narrows the list (${filtered.length} of ${all})`);
  assert.ok(filtered.some((t) => t.includes("Kalbajar")));
  await reloadHydrated(page);
  assert.equal(await page.getByLabel("Kind").inputValue(), "district");
  assert.deepEqual(await rows.allInnerTexts(), filtered);
  return { all, filtered: filtered.length };
}
