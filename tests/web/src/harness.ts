import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { connectBrowser, startNext, type Server } from "@karabakh-atlas/test-support";
import { useSite, type Site } from "@karabakh-atlas/test-support/site";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);

/** The built web app's directory, found through its package name. */
export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? resolve(repoRoot, "artifacts"), "web");

/** Starts `next start` of the built dashboard on a free loopback port and waits until it answers. */
export const startServer = (): Promise<Server> => startNext(webDir);

/**
 * The file's dashboard (`next start`) and, unless `browser` is false, Chromium (see useSite).
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
 * The axe rules whose outcome depends on colours. The dark scheme changes colours only (the
 * stylesheet's dark blocks set colour properties and nothing else: web.test.ts checks that), so
 * in dark mode the other rules find what they found in light mode, and only these are run again.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe's violations on the page as it is drawn now, one line each (all rules, or those named).
 * Only violations are asked for: axe then describes one node per passing rule instead of every
 * node, which on the longest pages was a fifth of its time.
 *
 * In axe's legacy mode (`axe.run` in the page): the default mode runs `axe.runPartial` in each
 * frame and then opens a new blank page in the context, loads axe into it too and merges the
 * results there (`axe.finishRun`), which exists for cross-origin iframes. The dashboard has no
 * frames, so the rules and their results are the same; the blank page cost 1.5 CPU-seconds a
 * call (24 calls over 12 pages: 99 CPU-seconds in the default mode, 62 in legacy mode).
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  assert.equal(page.frames().length, 1, `${page.url()} has no frames, which axe's legacy mode would check only when they are of the same origin`);
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  const result = await (rules ? builder.withRules(rules) : builder).analyze();
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
