/**
 * The fixture is what the other tests assume: a dataset the validator accepts, every payload in
 * it, and hostile text in every kind of field that reaches a screen. And the one payload the
 * schema keeps out, a `javascript:` web address, is rejected with a clear message.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ENTITY_KINDS } from "@karabakh-atlas/domain";
import { validateDirectory } from "@karabakh-atlas/data/validate";
import { FIXTURE_DIR, HTML_PAYLOADS, TERMINAL_PAYLOADS, URL_PAYLOADS, loadFixture, mutatedCopy, strings } from "./fixture.ts";

const dataset = loadFixture();
const all = strings(dataset);

describe("the hostile fixture", () => {
  test("passes the data package's validator, with records of every kind", () => {
    const result = validateDirectory(FIXTURE_DIR);
    assert.deepEqual(result.problems, []);
    for (const { dir } of ENTITY_KINDS) assert.ok((dataset[dir] as unknown[]).length > 0, `no ${dir} in the fixture`);
  });

  test("carries every payload", () => {
    for (const [name, payload] of Object.entries({ ...HTML_PAYLOADS, ...TERMINAL_PAYLOADS })) {
      assert.ok(
        all.some((s) => s.text.includes(payload)),
        `no record text holds the ${name} payload ${JSON.stringify(payload)}`,
      );
    }
    assert.equal(dataset.sources.find((s) => s.id === "hostile-html")?.url, URL_PAYLOADS.sourceUrl);
    assert.equal(dataset.companies.find((c) => c.id === "hostile-corp")?.website, URL_PAYLOADS.companyWebsite);
  });

  test("has hostile text in every kind of field that reaches a screen", () => {
    const payloads = [...Object.values(HTML_PAYLOADS), ...Object.values(TERMINAL_PAYLOADS)];
    const hostile = all.filter((s) => payloads.some((p) => s.text.includes(p))).map((s) => s.path);
    const fields: [string, RegExp][] = [
      ["names", /\.names\.(en|az|ru|hy)$/],
      ["aliases", /\.aliases\[\d+\]\.name$/],
      ["alias notes", /\.aliases\[\d+\]\.note$/],
      ["claims", /\.claims\[\d+\]\.statement$/],
      ["citation excerpts", /\.citations\[\d+\]\.excerpt$/],
      ["citation locators", /\.citations\[\d+\]\.locator$/],
      ["citation notes", /\.citations\[\d+\]\.note$/],
      ["notes", /\.note$/],
      ["assessment reasons", /\.assessmentReason$/],
      ["source titles", /^sources\[\d+\]\.title$/],
      ["source publishers", /^sources\[\d+\]\.publisher$/],
      ["source descriptions", /^sources\[\d+\]\.description$/],
      ["document and event titles", /^(resolutions|events)\[\d+\]\.title$/],
      ["event titles in Azerbaijani and Russian", /^events\[\d+\]\.titles\.(az|ru)$/],
      ["demands", /^resolutions\[\d+\]\.demands\[\d+\]\.text$/],
      ["figure labels", /\.figures\[\d+\]\.label$/],
      ["statistic contexts", /^statistics\[\d+\]\.context$/],
      ["statistic subsets", /^statistics\[\d+\]\.subset$/],
      ["statistic subsets in Azerbaijani and Russian", /^statistics\[\d+\]\.subsetIn\.(az|ru)$/],
      ["the dataset's licence and citation", /^meta\.(licence|citation)$/],
    ];
    for (const [what, pattern] of fields) assert.ok(hostile.some((p) => pattern.test(p)), `no hostile text in ${what}`);
    for (const { dir } of ENTITY_KINDS) {
      assert.ok(hostile.some((p) => p.startsWith(`${dir}[`)), `no hostile text in any ${dir} record`);
    }
  });

  test("cannot carry a javascript: web address: the validator rejects it, naming file, field and what is allowed", () => {
    for (const [file, field, from] of [
      ["sources/hostile-html.yaml", "url", `url: "${URL_PAYLOADS.sourceUrl.replaceAll('"', '\\"')}"`],
      ["companies/hostile-corp.yaml", "website", `website: "${URL_PAYLOADS.companyWebsite.replaceAll('"', '\\"')}"`],
    ] as const) {
      const copy = mutatedCopy(file, from, `${field}: "javascript:alert('hostile:url')"`);
      try {
        const result = validateDirectory(copy.dir);
        assert.equal(result.dataset, undefined);
        assert.deepEqual(
          result.problems.map((p) => ({ file: p.file, field: p.field, message: p.message })),
          [
            {
              file,
              field,
              message: "'javascript:' addresses are not allowed: a URL must be a web address starting with http:// or https://, e.g. https://www.un.org/",
            },
          ],
        );
        assert.ok(result.problems[0]?.line, "the problem has a line");
      } finally {
        copy.remove();
      }
    }
  });
});
