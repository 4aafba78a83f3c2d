import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import axe, { type AxeResults, type RunOptions } from "axe-core";
import { connectBrowser, startDashboard, type Server } from "@karabakh-atlas/test-support";
import { useSite, type Site } from "@karabakh-atlas/test-support/site";
import type { BrowserContext, Page } from "playwright-core";

const require = createRequire(import.meta.url);

/** The built web app's directory, found through its package name. */
export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? resolve(repoRoot, "artifacts"), "web");

/** Starts the built dashboard's production server (`npm start`) on a free loopback port and waits until it answers. */
export const startServer = (): Promise<Server> => startDashboard(webDir);

/**
 * The file's dashboard (its production server, `npm start`) and, unless `browser` is false, Chromium (see useSite).
 * Under `npm test` (src/run.ts) every file shares the run's server and browser, named by
 * KARABAKH_WEB_URL and KARABAKH_BROWSER_WS (a file leaves them running and closes only its own
 * contexts); a file run on its own starts both itself.
 */
export function useWebSite(options: { browser?: boolean } = {}): Site {
  const url = process.env.KARABAKH_WEB_URL;
  const ws = process.env.KARABAKH_BROWSER_WS;
  if (!url || !ws) return useSite(startServer, options);
  return useSite(async () => ({ url, stop: async () => undefined }), { ...options, launch: () => connectBrowser(ws) });
}

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}

/**
 * A page of the site that answers 200 (asserted), opened in a new page of the context
 * (`site.open`) or, with "visit", in the context's page for visits (`site.visit`, for loops over
 * pages): the page and its errors.
 */
export async function openPage(site: Site, context: BrowserContext, path: string, how: "open" | "visit" = "open"): Promise<{ page: Page; errors: string[] }> {
  const { page, errors, status } = await site[how](context, path);
  assert.equal(status, 200, path);
  return { page, errors };
}

/**
 * The axe rules whose outcome depends on colours. The dark scheme changes colours only (the
 * stylesheet's dark blocks set colour properties and nothing else: web.test.ts checks that), so
 * in dark mode the other rules find what they found in light mode, and only these are run again.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe's violations on the page as it is drawn now, one line each: all rules, those named, or all
 * but those named (`{ except: COLOUR_RULES }`).
 * Only violations are asked for: axe then describes one node per passing rule instead of every
 * node, which on the longest pages was a fifth of its time.
 *
 * axe-core is put into the page once per document and run there with `axe.run`, which is what
 * @axe-core/playwright's legacy mode did, less its cost: it sent axe's 550 kB source to the page
 * and evaluated it twice on every call (once to look for `axe.runPartial`, once more to inject
 * it into each frame), through the shared browser's relay, also for the dark scheme's run on the
 * same document. Its default mode runs `axe.runPartial` in each frame and merges the results in
 * a new blank page, which exists for cross-origin iframes; the dashboard has no frames, which the
 * first assertion checks.
 */
export async function axeViolations(page: Page, rules?: string[] | { except: string[] }): Promise<string[]> {
  assert.equal(page.frames().length, 1, `${page.url()} has no frames, which axe.run in the page would check only when they are of the same origin`);
  if (!(await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === "function"))) await page.evaluate(axe.source);
  const only = Array.isArray(rules) ? { runOnly: { type: "rule" as const, values: rules } } : {};
  const except = rules && !Array.isArray(rules) ? { rules: Object.fromEntries(rules.except.map((id) => [id, { enabled: false }])) } : {};
  const options: RunOptions = { resultTypes: ["violations"], ...only, ...except };
  const result = await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(document, o), options) as AxeResults;
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

/**
 * axe on a page opened in the light scheme: every rule, then the page switched to dark (the
 * stylesheet's prefers-color-scheme; no script reads the scheme at load) and the colour rules
 * again, and the page switched back to light. Returns the violations of each scheme.
 */
export async function axeInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  const drawnDark = await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches);
  const dark = drawnDark ? await axeViolations(page, COLOUR_RULES) : ["the page is not drawn dark: prefers-color-scheme did not switch"];
  // Back to light, as it was opened: a page visited again (Site.visit) loads the next one light.
  await page.emulateMedia({ colorScheme: "light" });
  return { light, dark };
}
