import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { CspEvaluator } from "csp_evaluator/dist/evaluator.js";
import { Severity } from "csp_evaluator/dist/finding.js";
import { CspParser } from "csp_evaluator/dist/parser.js";
import { inlineScripts, parseHtml } from "./html.ts";
import { gotoHydrated, injectInlineScript, recordPageErrors, themeToggleResponds } from "@karabakh-atlas/test-support/page";
import { useWebSite, webDir } from "./harness.ts";

const site = useWebSite();
const base = site.base;

/** One URL of every kind of response the server gives. */
const RESPONSES: { name: string; path: string; status: number; html: boolean }[] = [
  { name: "overview (prerendered)", path: "/", status: 200, html: true },
  { name: "detail page (prerendered)", path: "/deposits/gyzylbulag", status: 200, html: true },
  { name: "search (rendered per request)", path: "/search?q=Drmbon", status: 200, html: true },
  { name: "unknown id", path: "/deposits/no-such-deposit", status: 404, html: true },
  { name: "unknown page", path: "/no/such/page", status: 404, html: true },
  { name: "search in Azerbaijani (rendered per request)", path: "/az/search?q=Drmbon", status: 200, html: true },
  { name: "unknown page under /ru/ (its language's not-found page)", path: "/ru/no/such/page", status: 404, html: true },
  { name: "API list", path: "/api/v1/deposits?commodity=gold", status: 200, html: false },
  { name: "API record", path: "/api/v1/regions/kalbajar", status: 200, html: false },
  { name: "API 404", path: "/api/v1/deposits/nope", status: 404, html: false },
  { name: "API 400", path: "/api/v1/deposits?commodity=unobtainium", status: 400, html: false },
  { name: "download", path: "/downloads/dataset.json", status: 200, html: false },
  { name: "icon", path: "/icon.svg", status: 200, html: false },
];

/** The search page, in any language: rendered per request, with a nonce. */
const isSearch = (path: string) => /^\/((az|ru)\/)?search(\?|$)/.test(path);

const EXPECTED_HEADERS: Record<string, RegExp> = {
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
  "x-frame-options": /^DENY$/,
  "content-security-policy": /frame-ancestors 'none'/,
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("security headers", () => {
  test("every kind of response carries them, the static assets too", async () => {
    const assetPaths = await (async () => {
      const html = await (await fetch(`${base()}/`)).text();
      const srcs = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] as string);
      assert.ok(srcs.some((s) => s.endsWith(".js")) && srcs.some((s) => s.endsWith(".css")), "the overview links a script and a stylesheet");
      return [srcs.find((s) => s.endsWith(".js")), srcs.find((s) => s.endsWith(".css"))] as string[];
    })();
    const all = [...RESPONSES, ...assetPaths.map((path) => ({ name: `asset ${path}`, path, status: 200, html: false }))];
    for (const { name, path, status } of all) {
      const res = await fetch(`${base()}${path}`, { redirect: "manual" });
      assert.equal(res.status, status, `${name} (${path}) status`);
      for (const [header, pattern] of Object.entries(EXPECTED_HEADERS)) {
        assert.match(res.headers.get(header) ?? "(missing)", pattern, `${name} (${path}): ${header}`);
      }
      assert.equal(res.headers.get("x-powered-by"), null, `${name} (${path}) does not name the server`);
    }
  });

  test("no policy allows inline script or eval; data responses allow nothing at all", async () => {
    for (const { name, path, html } of RESPONSES) {
      const policy = (await fetch(`${base()}${path}`)).headers.get("content-security-policy") ?? "";
      const d = directives(policy);
      const scripts = d.get("script-src") ?? d.get("default-src") ?? [];
      assert.ok(scripts.length > 0, `${name} (${path}) restricts scripts`);
      assert.ok(!scripts.includes("'unsafe-inline'"), `${name} (${path}): no 'unsafe-inline' in ${scripts.join(" ")}`);
      assert.ok(!scripts.includes("'unsafe-eval'"), `${name} (${path}): no 'unsafe-eval'`);
      assert.deepEqual(d.get("object-src") ?? d.get("default-src"), ["'none'"], `${name} (${path}): object-src 'none'`);
      assert.ok(d.get("base-uri")?.[0] === "'none'", `${name} (${path}): base-uri 'none'`);
      if (path.startsWith("/api/")) assert.deepEqual(d.get("default-src"), ["'none'"], `${name} (${path}): default-src 'none'`);
      if (html) assert.deepEqual(d.get("style-src"), ["'self'"], `${name} (${path}): styles only from this origin`);
    }
  });

  test("Google's CSP Evaluator finds no high or medium severity problem in any policy", async () => {
    for (const { name, path } of RESPONSES) {
      const policy = (await fetch(`${base()}${path}`)).headers.get("content-security-policy") ?? "";
      const findings = new CspEvaluator(new CspParser(policy).csp).evaluate();
      const serious = findings
        .filter((f) => f.severity === Severity.HIGH || f.severity === Severity.MEDIUM || f.severity === Severity.SYNTAX)
        .map((f) => `${f.directive}: ${f.description}`);
      assert.deepEqual(serious, [], `${name} (${path})`);
    }
  });

  test("each page's policy allows exactly its inline scripts: by hash when prerendered, by nonce when rendered per request", async () => {
    for (const { name, path, html } of RESPONSES.filter((r) => r.html)) {
      const res = await fetch(`${base()}${path}`);
      const policy = res.headers.get("content-security-policy") ?? "";
      const allowed = new Set(directives(policy).get("script-src"));
      const nonce = [...allowed].find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
      const scripts = inlineScripts(parseHtml(await res.text()));
      assert.ok(html && scripts.length > 0, `${name} (${path}) has inline scripts to check`);
      for (const script of scripts) {
        const ok = allowed.has(sha256(script.text)) || (nonce !== undefined && script.nonce === nonce);
        assert.ok(ok, `${name} (${path}): inline script not allowed by its policy: ${script.text.slice(0, 80)}…`);
      }
      if (isSearch(path)) {
        assert.ok(nonce, "the search page, rendered per request, gets a nonce");
        const second = (await fetch(`${base()}${path}`)).headers.get("content-security-policy") ?? "";
        assert.notEqual(second, policy, "a fresh nonce on every request");
      } else if (RESPONSES.find((r) => r.path === path)?.status === 200) {
        assert.equal(nonce, undefined, `${name} (${path}): a prerendered page needs no nonce`);
      }
    }
  });
});

describe("no code of ours per request where none is needed", () => {
  test("the proxy runs for the search page alone: prerendered pages, not-found, the API and assets are answered without it", async () => {
    // The build's record of where proxy.ts runs (Next.js 16: functions-config-manifest.json).
    const file = join(webDir, ".next", "server", "functions-config-manifest.json");
    const manifest = JSON.parse(readFileSync(file, "utf8")) as { functions: Record<string, { matchers?: { regexp: string }[] }> };
    const matchers = (manifest.functions["/_middleware"]?.matchers ?? []).map((m) => new RegExp(m.regexp));
    assert.ok(matchers.length > 0, `${file} lists where the proxy runs`);
    const runsFor = (path: string) => matchers.some((m) => m.test(new URL(path, "http://x").pathname));
    for (const path of ["/search?q=Drmbon", "/az/search?q=Drmbon", "/ru/search"]) assert.ok(runsFor(path), `the proxy runs for the search page ${path} (its nonce)`);
    const html = await (await fetch(`${base()}/`)).text();
    const asset = /(?:src|href)="(\/_next\/static\/[^"]+)"/.exec(html)?.[1];
    assert.ok(asset, "the overview links an asset");
    const elsewhere = ["/statistics", "/regions/kalbajar", "/timeline", "/az", "/az/regions/kalbajar", "/ru/statistics", "/az/no/such/page", "/ru/searches", "/sitemap.xml", asset];
    for (const path of [...RESPONSES.map((r) => r.path).filter((p) => !isSearch(p)), ...elsewhere]) {
      assert.ok(!runsFor(path), `the proxy does not run for ${path}`);
    }
  });

  test("a prerendered page is sent as the build's bytes, from the store after the first request", async () => {
    // server/main.ts keeps Next.js's answer and sends it again with a Content-Length (server.test.ts
    // checks the store against next start, and next start's page cache).
    for (const [path, file] of [["/", "index.html"], ["/deposits/gyzylbulag", "deposits/gyzylbulag.html"]] as const) {
      await fetch(`${base()}${path}`); // the first request fills the store
      const res = await fetch(`${base()}${path}`);
      assert.equal(res.headers.get("x-nextjs-cache"), "HIT", `${path} comes from the build`);
      const body = Buffer.from(await res.arrayBuffer());
      assert.ok(body.equals(readFileSync(join(webDir, ".next", "server", "app", file))), `${path}: the bytes the build wrote`);
    }
  });
});

describe("security in Chromium", () => {
  test("the pages run with no policy violation, and a script injected into a page is refused", async () => {
    await site.inContext({}, async (context) => {
      for (const path of ["/", "/deposits/gyzylbulag", "/search?q=Drmbon", "/deposits/no-such-deposit"]) {
        const page = await context.newPage();
        const problems = recordPageErrors(page);
        await gotoHydrated(page, `${base()}${path}`);
        // Hydrated: React has attached to the theme toggle, so Next's scripts ran under the policy.
        assert.ok(await themeToggleResponds(page), `${path} is hydrated: the theme toggle responds`);
        const outcome = await injectInlineScript(page);
        assert.deepEqual(outcome, { ran: false, violated: "script-src-elem" }, `${path}: an injected inline script is refused`);
        assert.deepEqual(
          problems.filter(
            (p) =>
              !/Executing inline script violates/.test(p) &&
              // The not-found page's own status, which Chromium reports as a failed load.
              !(path.includes("no-such") && /status of 404/.test(p)),
          ),
          [],
          `${path}: no console error besides the refused injection`,
        );
        await page.close();
      }
    });
  });

  test("no page can be framed by another page", async () => {
    await site.inContext({}, async (context) => {
      const page = await context.newPage();
      const refusals: string[] = [];
      page.on("console", (m) => {
        if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
      });
      await page.setContent(`<iframe src="${base()}/deposits/gyzylbulag" title="framed"></iframe>`);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, "the iframe exists");
      const title = await frame.evaluate(() => document.title).catch(() => "");
      assert.doesNotMatch(title, /Karabakh Atlas/, "the framed page is not shown");
      assert.ok(refusals.length > 0, "Chromium refused the frame because of frame-ancestors");
    });
  });
});
