/**
 * A test file's server and browser: started before its tests, closed after them (also when a
 * test failed), reached through `base()`, `url(path)` and `browser()`. Imports node:test, so it
 * lives apart from the helpers the benchmarks use too.
 */
import assert from "node:assert/strict";
import { after, before } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, type Server } from "./index.ts";
import { gotoHydrated, pageErrorLog, recordPageErrors, withContext } from "./page.ts";

export interface Site {
  /** Resolves once the server answers and the browser is launched (started by the first call). */
  ready(): Promise<void>;
  /** The server's address (`http://127.0.0.1:port`); fails the test when it did not start. */
  base(): string;
  /** The launched Chromium; fails the test when it was not launched. */
  browser(): Browser;
  /** Runs `use` in a fresh context of the browser, closed afterwards, with a page of the site kept open meanwhile (withContext). */
  inContext<T>(options: Parameters<Browser["newContext"]>[0], use: (context: BrowserContext) => Promise<T>): Promise<T>;
  /**
   * Opens `path` of the site in a new page of `context`, once React has hydrated it, recording its
   * console errors, exceptions and failed requests from the start.
   */
  open(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[]; status: number | undefined }>;
  /**
   * As `open`, in the context's one page for visits: made by the first call, navigated again by
   * the next ones, and left open for the context to close. For a loop over pages, where a new
   * page each time cost twice the CPU (Playwright's set-up of a page and Chromium's frame and
   * its teardown: 17 CPU-seconds for thirty pages against 9 navigating one page, on this machine).
   * The errors are those of this visit. What a test changes in the page beyond its document (the
   * emulated colour scheme, listeners of its own) stays for the next visit: undo it, or use `open`.
   */
  visit(context: BrowserContext, path: string): Promise<{ page: Page; errors: string[]; status: number | undefined }>;
}

/**
 * Registers the file's `before` and `after` hooks: `start()` (a server that answers) and, unless
 * `browser` is false, Chromium (`launch()`: a new one by default, or a connection to a shared
 * one), both started at once; `after` stops the server and closes the browser (or the connection). node:test does not wait for one top-level
 * `before` hook to end before it starts the next, so a file's own `before` hook that needs the
 * server awaits `ready()` first.
 */
export function useSite(
  start: () => Promise<Pick<Server, "url" | "stop">>,
  { browser: withBrowser = true, launch = launchBrowser }: { browser?: boolean; launch?: () => Promise<Browser> } = {},
): Site {
  let server: Pick<Server, "url" | "stop"> | undefined;
  let browser: Browser | undefined;
  let starting: Promise<void> | undefined;
  const visitPages = new WeakMap<BrowserContext, { page: Page; log: ReturnType<typeof pageErrorLog> }>();

  const ready = () =>
    (starting ??= (async () => {
      const [started, launched] = await Promise.allSettled([start(), withBrowser ? launch() : Promise.resolve(undefined)]);
      if (started.status === "fulfilled") server = started.value;
      if (launched.status === "fulfilled") browser = launched.value;
      if (started.status === "rejected") throw started.reason;
      if (launched.status === "rejected") throw launched.reason;
    })());

  before(ready);

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  const site: Site = {
    ready,
    base() {
      assert.ok(server, "server started");
      return server.url;
    },
    browser() {
      assert.ok(browser, "browser launched");
      return browser;
    },
    inContext: (options, use) => withContext(site.browser(), options, use, site.base()),
    async open(context, path) {
      const page = await context.newPage();
      const errors = recordPageErrors(page);
      const response = await gotoHydrated(page, `${site.base()}${path}`);
      return { page, errors, status: response?.status() };
    },
    async visit(context, path) {
      let reused = visitPages.get(context);
      if (!reused || reused.page.isClosed()) {
        const page = await context.newPage();
        reused = { page, log: pageErrorLog(page) };
        visitPages.set(context, reused);
      }
      const errors = reused.log.next();
      const response = await gotoHydrated(reused.page, `${site.base()}${path}`);
      return { page: reused.page, errors, status: response?.status() };
    },
  };
  return site;
}
