// The dashboard in Azerbaijani and Russian beside English: each language's pages (html lang, the
// shell in that language, links that stay in it, axe), the language switch, search from each
// language and the not-found page of each. One server and one browser for the file (useWebSite);
// axe runs once per page, in the light scheme (web.test.ts runs the dark scheme's colour rules on
// the English pages, whose stylesheet is the same).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { dataset } from "@karabakh-atlas/data";
import { armenianNameLang } from "@karabakh-atlas/domain";
import { attr, elements, parseHtml, type HtmlNode } from "./html.ts";
import { axeViolations, COLOUR_RULES, useWebSite } from "./harness.ts";

const site = useWebSite();
const base = site.base;

/** A page of each kind in each language with a prefix (different records and lists in each, so more kinds are seen). */
const PAGES: { lang: "az" | "ru"; name: string; path: string }[] = [
  { lang: "az", name: "overview", path: "/az" },
  { lang: "az", name: "region list", path: "/az/regions" },
  { lang: "az", name: "region", path: "/az/regions/kalbajar" },
  { lang: "az", name: "statistics", path: "/az/statistics" },
  { lang: "az", name: "timeline", path: "/az/timeline" },
  { lang: "az", name: "search", path: "/az/search?q=K%C9%99lb%C9%99c%C9%99r" },
  { lang: "az", name: "downloads", path: "/az/downloads" },
  { lang: "az", name: "not found", path: "/az/no/such/page" },
  { lang: "ru", name: "overview", path: "/ru" },
  { lang: "ru", name: "deposit list", path: "/ru/deposits" },
  { lang: "ru", name: "deposit", path: "/ru/deposits/gyzylbulag" },
  { lang: "ru", name: "source", path: "/ru/sources/seed-un-letter-2018-04-17-kalbajar" },
  { lang: "ru", name: "search", path: "/ru/search?q=%D0%9A%D0%B5%D0%BB%D1%8C%D0%B1%D0%B0%D0%B4%D0%B6%D0%B0%D1%80" },
  { lang: "ru", name: "about", path: "/ru/about" },
  { lang: "ru", name: "downloads", path: "/ru/downloads" },
  { lang: "ru", name: "not found", path: "/ru/regions/no-such-region" },
];

/** A page's document as the server sends it (status 200), parsed. */
async function documentAt(path: string): Promise<HtmlNode> {
  const res = await fetch(`${base()}${path}`);
  assert.equal(res.status, 200, `${path} status`);
  return parseHtml(await res.text());
}

/** Every element of a page (documentAt). */
const page = async (path: string): Promise<HtmlNode[]> => [...elements(await documentAt(path))];

/** The pages of the statistics' themes that a /statistics page (`/az/statistics`…) links to, where the charts are. */
async function themePages(statisticsPath: string): Promise<string[]> {
  const links = (await page(statisticsPath)).flatMap((el) => (el.nodeName === "a" && /\/statistics\/themes\/[^/#]+$/.test(attr(el, "href") ?? "") ? [attr(el, "href") as string] : []));
  const paths = [...new Set(links)];
  assert.ok(paths.length >= 5, `${statisticsPath} links to the themes' pages: ${paths.join(", ")}`);
  return paths;
}

/** The chart titles on the themes' pages of a /statistics page. */
async function chartTitles(statisticsPath: string): Promise<string[]> {
  const titles: string[] = [];
  for (const path of await themePages(statisticsPath)) titles.push(...(await page(path)).filter((el) => el.nodeName === "h3" && attr(el, "class") === "chart-title").map(text));
  return titles;
}

/** The text of a node and everything in it. */
const text = (node: HtmlNode): string => node.value ?? (node.childNodes ?? []).map(text).join("");

/** Addresses that are one file for every language (see localHref in apps/web/lib/langPath.ts). */
const SHARED = /^\/(api\/|downloads\/[^/]+\.[^/]+$|search-index\.json|_next\/|icon\.svg)/;

describe("the pages in Azerbaijani and Russian", () => {
  test("each kind of page has its language on <html>, the shell in that language, links that stay in it, and no axe violation", async (t) => {
    await site.inContext({ colorScheme: "light" }, async (context) => {
      for (const { lang, name, path } of PAGES) {
        await t.test(`${lang} ${name} (${path})`, async () => {
          const { page, errors, status } = await site.visit(context, path);
          const missing = name === "not found";
          assert.equal(status, missing ? 404 : 200, `${path} status`);
          assert.equal(await page.locator("html").getAttribute("lang"), lang, `${path} <html lang>`);
          assert.equal(await page.locator("h1").count(), 1, `${path} has one h1`);
          assert.match(await page.title(), /Karabakh Atlas|Qarabağ|Карабах/, `${path} title`);
          // The shell is in the page's language: the skip link and the menu's first item.
          const skip = await page.locator("a.skip-link").innerText();
          assert.doesNotMatch(skip, /Skip to content/, `${path}: the skip link is translated (${skip})`);
          const switchLinks = page.locator("nav.switch-wide a");
          assert.equal(await switchLinks.count(), 2, `${path}: the switch names the two other languages`);
          for (const link of await switchLinks.all()) {
            const other = await link.getAttribute("hreflang");
            assert.equal(await link.getAttribute("lang"), other, `${path}: a switch link is labelled in its own language`);
            assert.notEqual(other, lang);
          }
          if (!missing) {
            assert.deepEqual(errors, [], `${path} console errors`);
            const hrefs = await page.locator("main a[href^='/'], header a[href^='/']:not([hreflang])").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
            const elsewhere = hrefs.filter((href) => !SHARED.test(href) && !(href === `/${lang}` || href.startsWith(`/${lang}/`) || href.startsWith(`/${lang}?`) || href.startsWith(`/${lang}#`)));
            assert.deepEqual(elsewhere, [], `${path}: every internal link stays in ${lang}`);
          }
          // Every rule but the colour rules, which web.test.ts runs on each kind of page in English in
          // both schemes: a translation changes the text, not the stylesheet or the elements that
          // carry it (the colour rules were two thirds of axe's time on these pages).
          assert.deepEqual(await axeViolations(page, { except: COLOUR_RULES }), [], `${path} axe`);
        });
      }
    });
  });

  test("the menu marks the current section under /az/ and /ru/ too", async () => {
    await site.inContext({}, async (context) => {
      const { page } = await site.open(context, "/az/regions/kalbajar");
      assert.equal(await page.locator('nav.nav-wide a[href="/az/regions"]').getAttribute("aria-current"), "true");
      await page.goto(`${base()}/ru/deposits`, { waitUntil: "networkidle" });
      assert.equal(await page.locator('nav.nav-wide a[href="/ru/deposits"]').getAttribute("aria-current"), "page");
    });
  });

  test("the language switch opens the same page in the other language, with its filters; without JavaScript it still links the page", async () => {
    await site.inContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
      const { page, errors } = await site.open(context, "/regions");
      await page.locator('form.filters select[name="kind"]').selectOption("district");
      await page.waitForURL(/\/regions\?kind=district$/);
      const rows = await page.locator("table.sortable tbody tr").count();
      await Promise.all([page.waitForURL(/\/az\/regions\?kind=district$/), page.locator('nav.switch-wide a[hreflang="az"]').click()]);
      await page.waitForLoadState("networkidle");
      assert.equal(await page.locator("html").getAttribute("lang"), "az");
      assert.equal(await page.locator('form.filters select[name="kind"]').inputValue(), "district", "the filter came along");
      assert.equal(await page.locator("table.sortable tbody tr").count(), rows, "the same rows are shown");
      await Promise.all([page.waitForURL(/\/ru\/regions\?kind=district$/), page.locator('nav.switch-wide a[hreflang="ru"]').click()]);
      await Promise.all([page.waitForURL(/\/regions\?kind=district$/), page.locator('nav.switch-wide a[hreflang="en"]').click()]);
      assert.equal(new URL(page.url()).pathname, "/regions");
      assert.deepEqual(errors, []);
    });
    await site.inContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${base()}/ru/deposits/gyzylbulag`);
      assert.equal(await page.locator('nav.switch-wide a[hreflang="az"]').getAttribute("href"), "/az/deposits/gyzylbulag");
      assert.equal(await page.locator('nav.switch-wide a[hreflang="en"]').getAttribute("href"), "/deposits/gyzylbulag");
    });
  });

  test("search from each language finds every spelling and links into the reader's language", async () => {
    // The server's results, without JavaScript: Azerbaijani, Russian and English spellings of one district.
    for (const [lang, q] of [["az", "Kəlbəcər"], ["ru", "Кельбаджар"], ["az", "Kalbajar"], ["ru", "Kelbecer"]] as const) {
      const res = await fetch(`${base()}/${lang}/search?q=${encodeURIComponent(q)}`);
      assert.equal(res.status, 200);
      const links = [...elements(parseHtml(await res.text()))]
        .filter((el) => el.nodeName === "a" && attr(el, "class") === "title")
        .map((el) => attr(el, "href"));
      assert.ok(links.includes(`/${lang}/regions/kalbajar`), `/${lang}/search?q=${q} links /${lang}/regions/kalbajar: ${links.slice(0, 5).join(" ")}`);
    }
    // The header's suggestions on a Russian page go to the Russian page of what was chosen.
    await site.inContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
      const { page, errors } = await site.open(context, "/ru");
      const box = page.locator("header").getByRole("combobox");
      await box.fill("Кельбаджар");
      // Each suggestion named in Russian where the record has a Russian name, else in English marked so.
      await page.locator("header [role=option]", { hasText: "Кельбаджарский район" }).first().waitFor();
      await page.locator("header [role=option]", { hasText: "Кельбаджар (город)" }).first().waitFor();
      assert.equal(await page.locator("header [role=option]", { hasText: "Kalbajar District" }).count(), 0, "the district is not suggested by its English name");
      await box.fill("Heyvaly");
      await page.locator('header [role=option] span[lang="en"]', { hasText: "Heyvaly" }).first().waitFor();
      await box.fill("Drmbon");
      await page.locator("header [role=option]", { hasText: "Gyzylbulag" }).first().waitFor();
      await box.press("ArrowDown");
      await Promise.all([page.waitForURL(/\/ru\/deposits\/gyzylbulag$/), box.press("Enter")]);
      await box.fill("");
      assert.deepEqual(errors, []);
      // The form without a suggestion chosen goes to this language's search page.
      assert.equal(await page.locator("header form[role=search]").getAttribute("action"), "/ru/search");
    });
  });

  test("the map, the bar charts' titles and the search's titles are in the page's language", async () => {
    for (const [lang, district, returned, missing, byPlace] of [
      ["az", "Kəlbəcər", "Kəlbəcər rayonu — 2020-ci ildə 10 noyabr bəyanatı ilə qaytarılıb", "Mehmana", ", yerlər üzrə"],
      ["ru", "Лачинский", "Кельбаджарский район — Возвращён в 2020 г. по заявлению от 10 ноября", "Vejnali", ", по местам"],
    ] as const) {
      const overview = await page(`/${lang}`);
      // The labels drawn on the map (placed for this language) name the districts in it.
      const labels = overview.filter((el) => el.nodeName === "g" && attr(el, "class") === "map-labels wide").flatMap((g) => (g.childNodes ?? []).filter((c) => c.nodeName === "text"));
      const shown = labels.map(text);
      assert.ok(shown.includes(district), `/${lang}: the map labels ${district}: ${shown.slice(0, 12).join(", ")}`);
      // A record without a name in the language keeps its English one, marked as English.
      const english = labels.find((el) => text(el) === missing);
      assert.equal(english && attr(english, "lang"), "en", `/${lang}: ${missing} is labelled in English with lang="en"`);
      const titles = overview.filter((el) => el.nodeName === "title").map(text);
      assert.ok(titles.includes(returned), `/${lang}: a district's hover title is in ${lang}: ${titles.slice(1, 4).join(" | ")}`);

      // Bar charts on the statistics' theme pages: what they compare, in the language, "by place" in it.
      const charts = await chartTitles(`/${lang}/statistics`);
      assert.ok(charts.some((title) => title.includes(byPlace)), `/${lang}/statistics: a bar chart titled '…${byPlace}'`);
      assert.deepEqual(charts.filter((title) => /by place|Killed|Missing|Displaced/.test(title)), [], `/${lang}/statistics: no chart title in English`);

      // The search's results: the district and its town by their names in the language; a village with no name in it in English, marked.
      const results = (await page(`/${lang}/search?q=Kalbajar`)).filter((el) => el.nodeName === "a" && attr(el, "class") === "title");
      const titleOf = (id: string) => {
        const link = results.find((a) => attr(a, "href") === `/${lang}/regions/${id}`);
        return link && text(link);
      };
      assert.equal(titleOf("kalbajar"), lang === "az" ? "Kəlbəcər rayonu" : "Кельбаджарский район", `/${lang}/search: the district's title`);
      assert.equal(titleOf("kalbajar-town"), lang === "az" ? "Kəlbəcər (şəhər)" : "Кельбаджар (город)", `/${lang}/search: the town's title`);
      const village = (await page(`/${lang}/search?q=Mincivan`))
        .filter((el) => el.nodeName === "a" && attr(el, "class") === "title")
        .flatMap((a) => (a.childNodes ?? []).filter((c) => c.nodeName === "span"))
        .find((span) => text(span) === "Mincivan");
      assert.equal(village && attr(village, "lang"), "en", `/${lang}/search: a village without a name in ${lang} is shown in English, marked`);
    }
    // English pages are as they were: the chart titles, and a district's title in the results.
    const charts = await chartTitles("/statistics");
    assert.ok(charts.some((title) => title.includes(", by place")), "/statistics: a chart titled '…, by place'");
    const results = (await page("/search?q=Kalbajar")).filter((el) => el.nodeName === "a" && attr(el, "class") === "title").map(text);
    assert.ok(results.includes("Kalbajar District"), "/search: Kalbajar District");
  });

  test("a statistic's title holds its event's title in the page's language, and the timeline shows the title in it where the event gives one", async () => {
    // The text of a node as a reader hears it in the page's language: what is marked lang="en" is left out.
    const ownText = (node: HtmlNode): string => (attr(node, "lang") === "en" ? "" : (node.value ?? (node.childNodes ?? []).map(ownText).join("")));
    // The English titles of the events that statistics are counted for (the "when" of their titles).
    const named = new Set(dataset.statistics.flatMap((s) => (s.event ? [s.event] : [])));
    const english = dataset.events.filter((e) => named.has(e.id)).map((e) => e.title);
    assert.ok(english.includes("Second Karabakh War") && english.includes("Khojaly massacre"), `the events statistics name: ${english.join(", ")}`);
    const englishIn = (text: string) => english.filter((title) => text.includes(title));
    for (const [lang, khojaly, war, untranslated] of [
      ["az", "Xocalı qətliamı", "İkinci Qarabağ müharibəsi", "Agdam District handed over"],
      ["ru", "Ходжалинская резня", "Вторая карабахская война", "Agdam District handed over"],
    ] as const) {
      // Statistic titles: the cards of the overview, and on /statistics the contents, the charts' and numbers' titles and the table.
      for (const path of [`/${lang}`, `/${lang}/statistics`]) {
        const titles = (await page(path))
          .filter((el) => (el.nodeName === "a" && /^(\/(az|ru)\/statistics\/|#stat-)/.test(attr(el, "href") ?? "")) || (el.nodeName === "h3" && attr(el, "class") === "chart-title"))
          .map(ownText);
        assert.ok(titles.length > 0, `${path}: statistic titles found`);
        const mixed = titles.filter((title) => englishIn(title).length > 0);
        assert.deepEqual(mixed, [], `${path}: no statistic title holds an English event title outside an element marked lang="en"`);
        if (path.endsWith("/statistics")) {
          assert.ok(titles.some((title) => title.endsWith(`, ${khojaly}`)), `${path}: a statistic titled '… — Xocalı, ${khojaly}'`);
          assert.ok(titles.some((title) => title.includes(war)), `${path}: a statistic titled with '${war}'`);
        }
      }
      // A statistic's own page: its heading, its <title> and the link to its event.
      const stat = await page(`/${lang}/statistics/khojaly-killed-1992`);
      const h1 = stat.find((el) => el.nodeName === "h1");
      assert.ok(h1 && ownText(h1).endsWith(khojaly) && englishIn(ownText(h1)).length === 0, `/${lang}/statistics/khojaly-killed-1992: h1 ${h1 && ownText(h1)}`);
      const head = stat.find((el) => el.nodeName === "title");
      assert.ok(head && ownText(head).includes(khojaly) && englishIn(ownText(head)).length === 0, `/${lang}/statistics/khojaly-killed-1992: <title> ${head && ownText(head)}`);
      assert.ok(
        stat.some((el) => el.nodeName === "a" && attr(el, "href") === `/${lang}/timeline#khojaly-massacre-1992` && ownText(el) === khojaly),
        `/${lang}/statistics/khojaly-killed-1992: the event is linked by its title in ${lang}`,
      );
      // The timeline: an event's title in the language, unmarked, where the event gives it; else English, marked so.
      const timeline = await page(`/${lang}/timeline`);
      const heading = (id: string) => {
        const item = timeline.find((el) => el.nodeName === "li" && attr(el, "id") === id);
        return item && [...elements(item)].find((el) => attr(el, "class") === "event-title");
      };
      const translated = heading("khojaly-massacre-1992");
      assert.ok(translated && ownText(translated).startsWith(khojaly), `/${lang}/timeline: the Khojaly massacre is titled '${khojaly}' (${translated && ownText(translated)})`);
      const other = heading("agdam-return-2020");
      const marked = other && [...elements(other)].find((el) => attr(el, "lang") === "en");
      assert.ok(marked && attr(marked, "class") === "untranslated" && text(marked) === untranslated, `/${lang}/timeline: an event without a title in ${lang} keeps its English title, marked lang="en"`);
      // The search's titles: the event's title in the language, and statistic titles without an English event title.
      const res = await fetch(`${base()}/search-titles/${lang}.json`);
      assert.equal(res.status, 200);
      const { titles } = (await res.json()) as { titles: Record<string, string> };
      assert.equal(titles["event:khojaly-massacre-1992"], khojaly, `/search-titles/${lang}.json: the event's title`);
      assert.equal(titles["event:agdam-return-2020"], undefined, `/search-titles/${lang}.json: no title for an event without one in ${lang}`);
      const mixed = Object.entries(titles).filter(([key, title]) => key.startsWith("statistic:") && englishIn(title).length > 0);
      assert.deepEqual(mixed, [], `/search-titles/${lang}.json: no statistic title holds an English event title`);
    }
    // English pages are as they were: the event's English title in a statistic's title and on the timeline.
    const stat = await page("/statistics/khojaly-killed-1992");
    assert.equal(ownText(stat.find((el) => el.nodeName === "h1")!), "Killed — Khojaly, Khojaly massacre");
  });

  test("the dataset's English-only text on a page in Azerbaijani or Russian is marked with its language wherever it stands", async () => {
    // Text the data gives in one language only, with the languages it may be marked as: event
    // titles (a translated one is shown in the page's language; its English words are English
    // wherever else they stand), statistic subsets and contexts, UN documents' titles (English),
    // and sources' titles (in the source's language).
    const only = new Map<string, Set<string>>();
    const add = (text: string | undefined, lang: string) => {
      if (text) only.set(text, new Set([...(only.get(text) ?? []), lang]));
    };
    for (const e of dataset.events) add(e.title, "en");
    for (const s of dataset.statistics) {
      add(s.subset, "en");
      add(s.context, "en");
    }
    for (const r of dataset.resolutions) add(r.title, "en");
    for (const s of dataset.sources) add(s.title, s.language);
    // Records' English names are not checked here (a place without a name in the language is the
    // map's and the search's test): a source titled as a place ("Khojaly", Wikipedia's) is not
    // looked for, nor are shorter strings inside a name ("Kalbajar-Lachin" in a region's).
    const names = new Set<string>();
    for (const list of [dataset.regions, dataset.deposits, dataset.companies, dataset["heritage-sites"], dataset.programmes]) {
      for (const record of list) names.add(record.names.en);
    }
    // The longest first: a shorter string inside an occurrence of a longer one (a source titled
    // "Shusha" inside one titled "Shusha (Stadt)") is that one's, not an occurrence of its own.
    const strings = [...new Set([...only.keys(), ...names])].sort((a, b) => b.length - a.length);
    const letter = /[\p{L}\p{N}]/u;
    /**
     * The page's visible text as runs, each with the language of its nearest element that has
     * `lang`, whether it is quoted (`<q>`: a source's own words, in its language) and whether an
     * element starts or ends before it (a word ends there, though the text runs on).
     */
    const runs = (document: HtmlNode) => {
      const out: { text: string; lang: string; quoted: boolean; edge: boolean }[] = [];
      let edge = true;
      const walk = (node: HtmlNode, lang: string, quoted: boolean) => {
        if (["script", "style", "noscript", "head", "#comment"].includes(node.nodeName)) return;
        if (node.nodeName === "#text") {
          if (node.value) out.push({ text: node.value, lang, quoted, edge });
          edge = false;
          return;
        }
        const own = attr(node, "lang") ?? lang;
        edge = true;
        for (const child of [...(node.childNodes ?? []), ...(node.content ? [node.content] : [])]) walk(child, own, quoted || node.nodeName === "q");
        edge = true;
      };
      walk(document, "", false);
      return out;
    };
    const pages = async (lang: string) => [
      `/${lang}`,
      `/${lang}/statistics`,
      ...(await themePages(`/${lang}/statistics`)),
      `/${lang}/statistics/khojaly-children-lost-both-parents-1992`,
      `/${lang}/sources/seed-un-letter-2018-04-17-kalbajar`,
      `/${lang}/regions/kalbajar`,
      `/${lang}/timeline`,
    ];
    const unmarked: string[] = [];
    let checked = 0;
    for (const lang of ["az", "ru"] as const) {
      for (const path of await pages(lang)) {
        const parts = runs(await documentAt(path));
        const pageText = parts.map((p) => p.text).join("");
        // For each character of the text: its language, whether it is quoted, whether a word may end before it.
        const langs = parts.flatMap((p) => Array.from({ length: p.text.length }, () => p.lang));
        const quoted = parts.flatMap((p) => Array.from({ length: p.text.length }, () => p.quoted));
        const edges = [...parts.flatMap((p) => Array.from({ length: p.text.length }, (_, i) => i === 0 && p.edge)), true];
        const taken = new Uint8Array(pageText.length);
        for (const english of strings) {
          for (let at = pageText.indexOf(english); at >= 0; at = pageText.indexOf(english, at + 1)) {
            const end = at + english.length;
            // Whole words only ("gold" is not in "golden"), and not inside a longer string already seen.
            if ((!edges[at] && letter.test(pageText[at - 1] ?? "")) || (!edges[end] && letter.test(pageText[end] ?? ""))) continue;
            if (taken.subarray(at, end).every(Boolean)) continue;
            taken.fill(1, at, end);
            const allowed = only.get(english);
            if (!allowed || names.has(english) || quoted[at]) continue;
            checked++;
            const wrong = [...new Set(langs.slice(at, end))].filter((l) => !allowed.has(l));
            if (wrong.length > 0) {
              unmarked.push(`${path}: '${english}' in lang="${wrong.join('", "')}" (expected ${[...allowed].join(" or ")}): …${pageText.slice(Math.max(0, at - 40), end + 40).replace(/\s+/g, " ")}…`);
            }
          }
        }
      }
    }
    assert.ok(checked > 300, `English-only text found on the pages: ${checked} occurrences`);
    assert.deepEqual(unmarked.slice(0, 40), [], `${unmarked.length} occurrences of the dataset's English-only text outside an element marked with its language`);
  });

  test("an unknown address answers 404 with the not-found page of its language", async () => {
    for (const [path, lang, heading] of [
      ["/az/no/such/page", "az", "Tapılmadı"],
      ["/az/regions/no-such-region", "az", "Tapılmadı"],
      ["/ru/no-such-page", "ru", "Не найдено"],
      ["/ru/deposits/no-such-deposit", "ru", "Не найдено"],
      ["/no/such/page", "en", "Not found"],
      ["/fr/regions", "en", "Not found"],
    ] as const) {
      const res = await fetch(`${base()}${path}`);
      assert.equal(res.status, 404, `${path} status`);
      const html = await res.text();
      assert.match(html, new RegExp(`<html lang="${lang}"`), `${path} is in ${lang}`);
      assert.match(html, new RegExp(`<h1>${heading}</h1>`), `${path} says ${heading}`);
      assert.match(res.headers.get("content-security-policy") ?? "", /script-src/, `${path} has its page's policy`);
    }
  });

  test("a name used on the Armenian side is marked hy in Armenian letters and hy-Latn in a Latin transliteration, on every page that shows it", async () => {
    const named = [
      ...dataset.regions.map((r) => ({ path: `/regions/${r.id}`, record: r })),
      ...dataset.deposits.map((r) => ({ path: `/deposits/${r.id}`, record: r })),
      ...dataset.companies.map((r) => ({ path: `/companies/${r.id}`, record: r })),
      ...dataset["heritage-sites"].map((r) => ({ path: `/heritage-sites/${r.id}`, record: r })),
    ].filter(({ record }) => record.names.hy !== undefined);
    const latin = named.filter(({ record }) => armenianNameLang(record.names.hy as string) === "hy-Latn");
    assert.ok(latin.length > 0 && latin.length < named.length, "the data has names of both scripts");
    for (const { path: own, record } of named) {
      const name = record.names.hy as string;
      const expected = armenianNameLang(name);
      for (const prefix of ["", "/az", "/ru"]) {
        const path = `${prefix}${own}`;
        const marks = (await page(path)).filter((el) => el.nodeName === "span" && text(el) === name).map((el) => attr(el, "lang"));
        assert.ok(marks.length > 0, `${path} shows the Armenian-used name ${name}`);
        assert.deepEqual([...new Set(marks)], [expected], `${path}: ${name} is marked lang="${expected}"`);
      }
    }
    // An alias carries its own tag, which the data's validator holds to the name's script.
    const marks = (await page("/regions/jabrayil-town")).filter((el) => el.nodeName === "span" && text(el) === "Djrakan").map((el) => attr(el, "lang"));
    assert.deepEqual(marks, ["hy-Latn"], "/regions/jabrayil-town: the alias Djrakan is marked as a Latin transliteration");
  });
});
