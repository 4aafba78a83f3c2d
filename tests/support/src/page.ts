/**
 * Helpers that drive an open page. They run code in the page (DOM types), so they live apart from
 * the Node-only helpers of the package's main entry.
 */
import assert from "node:assert/strict";
import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * Records what goes wrong on a page from now on: console errors, uncaught exceptions, failed
 * requests (but the prefetches a navigation cancels) and, with `responses`, answers of 400 or more.
 * The array fills as the page runs.
 */
export function recordPageErrors(page: Page, { responses = false }: { responses?: boolean } = {}): string[] {
  const errors: string[] = [];
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
  return errors;
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

/** Runs `use` in a fresh browser context (its own cookies and storage), closed afterwards whatever happens. */
export async function withContext<T>(
  browser: Browser | undefined,
  options: Parameters<Browser["newContext"]>[0],
  use: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  if (!browser) throw new Error("the browser was not launched");
  const context = await browser.newContext(options);
  try {
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
  await page.reload({ waitUntil: "networkidle" });
  assert.equal(await page.getByLabel("Kind").inputValue(), "district");
  assert.deepEqual(await rows.allInnerTexts(), filtered);
  return { all, filtered: filtered.length };
}
