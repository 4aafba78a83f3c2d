/**
 * Provenance as the visitor reads it, in every page `next build` prerendered: a summary (the
 * compiler's words) is never inside quotation marks and always labelled; every citation's
 * words appear on its source's page; and no workshop text (reference fact ids, seed file
 * names, field paths) reaches a page.
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, test } from "node:test";
import { dataset } from "@karabakh-atlas/data";
import { MESSAGES, type Lang } from "@karabakh-atlas/domain/i18n";

/**
 * The label a summary is shown with, in the page's language (the domain's SUMMARY_LABEL in
 * English, `label.summary` of the message files in the others).
 */
const SUMMARY_LABELS: Record<Lang, string> = { en: MESSAGES.en["label.summary"]!, az: MESSAGES.az["label.summary"]!, ru: MESSAGES.ru["label.summary"]! };
const summaryLabelOf = (route: string): string => SUMMARY_LABELS[langOfRoute(route)];
function langOfRoute(route: string): Lang {
  const first = route.split("/")[0];
  return first === "az" || first === "ru" ? first : "en";
}

interface Citation {
  source: string;
  excerpt?: string;
  summary?: string;
}
import { attr, elements, parseHtml, textOf, type HtmlNode } from "./html.ts";
import { webDir } from "./harness.ts";

const appDir = join(webDir, ".next", "server", "app");

/** Every prerendered page: route and parsed document. */
function pages(): { route: string; document: HtmlNode }[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".html"))
    .map((f) => ({ route: f.split(sep).join("/").replace(/\.html$/, ""), document: parseHtml(readFileSync(join(appDir, f), "utf8")) }));
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();

function hasClass(node: HtmlNode, name: string): boolean {
  return (attr(node, "class") ?? "").split(/\s+/).includes(name);
}

function citations(): { source: string; citation: Citation }[] {
  const out: { source: string; citation: Citation }[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === "citations" || key.endsWith("Citations")) && Array.isArray(child)) child.forEach((c: Citation) => out.push({ source: c.source, citation: c }));
      else walk(child);
    }
  };
  for (const [kind, list] of Object.entries(dataset)) if (kind !== "meta") walk(list);
  return out;
}

const all = pages();
const cited = citations();
const summaries = new Set(cited.flatMap(({ citation }) => (citation.summary === undefined ? [] : [fold(citation.summary)])));
const excerpts = new Set(cited.flatMap(({ citation }) => (citation.excerpt === undefined ? [] : [fold(citation.excerpt)])));

describe("citations on every prerendered page", () => {
  test("the build prerendered the pages and the data has summaries to look for", () => {
    assert.ok(all.length > 100, `only ${all.length} prerendered pages under ${appDir}: run the web build first`);
    assert.ok(summaries.size > 0);
  });

  test("no summary is shown in quotation marks, and every one shown is labelled", () => {
    const quoted: string[] = [];
    const unlabelled: string[] = [];
    for (const { route, document } of all) {
      for (const el of elements(document)) {
        if (el.nodeName === "q") {
          const text = fold(textOf(el));
          if (summaries.has(text) && !excerpts.has(text)) quoted.push(`${route}: “${text}”`);
        }
        if (hasClass(el, "cite-summary")) {
          const text = fold(textOf(el));
          if (!text.startsWith(`${summaryLabelOf(route)}:`)) unlabelled.push(`${route}: ${text}`);
        }
      }
    }
    assert.deepEqual(quoted, []);
    assert.deepEqual(unlabelled, []);
  });

  test("every citation's words are on its source's page: a quote in <q>, a summary labelled outside quotation marks", () => {
    const byRoute = new Map(all.map((p) => [p.route, p.document]));
    const missing: string[] = [];
    for (const { source, citation } of cited) {
      const document = byRoute.get(`sources/${source}`);
      if (!document) {
        missing.push(`no page for source ${source}`);
        continue;
      }
      const els = [...elements(document)];
      if (citation.excerpt !== undefined && !els.some((el) => el.nodeName === "q" && fold(textOf(el)) === fold(citation.excerpt!))) {
        missing.push(`sources/${source}: quote “${citation.excerpt}”`);
      }
      if (citation.summary !== undefined && !els.some((el) => hasClass(el, "cite-summary") && fold(textOf(el)) === `${SUMMARY_LABELS.en}: ${fold(citation.summary!)}`)) {
        missing.push(`sources/${source}: summary ${citation.summary}`);
      }
    }
    assert.deepEqual(missing.slice(0, 20), []);
  });

  test("no workshop text reaches a page: reference fact ids, seed file names, field paths", () => {
    const found: string[] = [];
    const WORKSHOP = [/\breference (fact|note)\b/i, /\bfact F\d{3}\b/, /\bseed (copy|file)\b/i, /\b\d{3}_[0-9a-f]{16}\.txt\b/, /\b[a-z]+\[\d+\]\.citations\[\d+\]/];
    for (const { route, document } of all) {
      const text = fold(textOf(document));
      for (const pattern of WORKSHOP) {
        const match = pattern.exec(text);
        if (match) found.push(`${route}: …${text.slice(Math.max(0, match.index - 60), match.index + 60)}…`);
      }
    }
    assert.deepEqual(found.slice(0, 20), []);
  });
});
