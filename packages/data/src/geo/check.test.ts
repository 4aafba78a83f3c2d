import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, edit, removeCopies } from "../test-support.js";
import { formatProblems, validateDirectory } from "../validate.js";

afterAll(removeCopies);

const messages = (dir: string) => validateDirectory(dir).problems.map((p) => `${p.file} ${p.field}: ${p.message}`);

describe("a region's link to its polygon", () => {
  it("the valid fixture's districts link to shapes of the vendored file", () => {
    expect(formatProblems(validateDirectory(copyFixture()).problems)).toBe("");
  });

  it("rejects a shape id that is not in the vendored file, suggesting the nearest", () => {
    const dir = copyFixture();
    edit(dir, "regions/kalbajar.yaml", "shapeId: AZE-ADM2-54616110B71777131", "shapeId: AZE-ADM2-54616110B71777132");
    expect(messages(dir)).toEqual([
      "regions/kalbajar.yaml boundary.shapeId: shape 'AZE-ADM2-54616110B71777132' is not in the vendored file geoboundaries-aze-adm2 — did you mean 'AZE-ADM2-54616110B71777131'?",
    ]);
  });

  it("rejects an unknown dataset and two regions on one polygon", () => {
    const dir = copyFixture();
    edit(dir, "regions/lachin.yaml", "shapeId: AZE-ADM2-54616110B64627190", "shapeId: AZE-ADM2-54616110B71777131");
    expect(messages(dir).join("\n")).toMatch(/shape 'AZE-ADM2-54616110B71777131' \(Kalbajar District\) is already the boundary of region '(kalbajar|lachin)'/);
    const other = copyFixture();
    edit(other, "regions/agdam.yaml", "dataset: geoboundaries-aze-adm2", "dataset: mining-news");
    expect(messages(other)).toEqual(["regions/agdam.yaml boundary.dataset: unknown boundary dataset 'mining-news': the vendored one is 'geoboundaries-aze-adm2' (packages/data/geo/)"]);
  });

  it("requires a district to have a polygon or a stated reason", () => {
    const dir = copyFixture();
    edit(dir, "regions/agdam.yaml", "boundary:\n  dataset: geoboundaries-aze-adm2\n  shapeId: AZE-ADM2-54616110B74307796\n", "");
    expect(messages(dir)).toEqual([
      "regions/agdam.yaml boundary: a district needs a `boundary` (dataset geoboundaries-aze-adm2 and a shapeId) or a `noBoundary` with the reason it has none",
    ]);
    edit(dir, "regions/agdam.yaml", "parent: azerbaijan\n", "parent: azerbaijan\nnoBoundary:\n  reason: Not drawn by the fixture.\n  parts:\n    - region: kalbajr\n");
    expect(messages(dir).join("\n")).toMatch(/noBoundary\.parts\[0\]\.region: unknown region 'kalbajr' — did you mean 'kalbajar'\?/);
  });
});
