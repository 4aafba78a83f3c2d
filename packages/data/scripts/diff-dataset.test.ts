import { describe, expect, it } from "vitest";
import raw from "../generated/dataset.json";
import { deltaTotals, diffDatasets, formatChangelogEntry, insertChangelogEntry, main } from "./diff-dataset.js";

import type { Dataset } from "@karabakh-atlas/domain";

const base = (): Dataset => structuredClone(raw) as unknown as Dataset;

describe("diffDatasets", () => {
  it("finds nothing between a dataset and itself, whatever the key order", () => {
    const reordered = base();
    reordered.regions = reordered.regions.map((r) => Object.fromEntries(Object.entries(r).reverse())) as unknown as typeof reordered.regions;
    expect(deltaTotals(diffDatasets(base(), reordered))).toEqual({ added: 0, changed: 0, removed: 0 });
  });

  it("lists ids added, changed (with the fields) and removed, per kind", () => {
    const before = base();
    const after = base();
    after.meta = { ...after.meta, version: "0.2.0", updated: "2026-12-01" };
    const [first] = after.regions;
    if (!first) throw new Error("the dataset has no region");
    first.names = { ...first.names, ru: "changed" };
    after.regions.push({ ...first, id: "zz-new-region" });
    const removed = after.companies.pop();
    const delta = diffDatasets(before, after);
    expect(delta.kinds.regions.added).toEqual(["zz-new-region"]);
    expect(delta.kinds.regions.changed).toEqual([{ id: first.id, fields: ["names"] }]);
    expect(delta.kinds.companies.removed).toEqual([removed?.id]);
    expect(delta.from.version).toBe(raw.meta.version);
    expect(delta.to).toEqual({ version: "0.2.0", updated: "2026-12-01" });
    const entry = formatChangelogEntry(delta);
    expect(entry).toMatch(/^## Dataset 0\.2\.0 \(2026-12-01\)\n/);
    expect(entry).toContain("1 added, 1 changed, 1 removed");
    expect(entry).toContain("- Added: `zz-new-region`");
    expect(entry).toContain(`- Changed: \`${first.id}\` (names)`);
    expect(entry).toContain(`- Removed: \`${removed?.id}\``);
  });

  it("notes records that changed without a version bump", () => {
    const after = base();
    after.sources = [];
    expect(formatChangelogEntry(diffDatasets(base(), after))).toContain("did not");
  });
});

describe("insertChangelogEntry", () => {
  it("puts the entry after the title, above older entries", () => {
    const text = insertChangelogEntry("# @karabakh-atlas/data\n\n## 0.1.0\n\nFirst.\n", "## Dataset 0.2.0 (2026-12-01)\n\nNew.\n");
    expect(text).toBe("# @karabakh-atlas/data\n\n## Dataset 0.2.0 (2026-12-01)\n\nNew.\n\n## 0.1.0\n\nFirst.\n");
  });

  it("starts a missing changelog with a title", () => {
    expect(insertChangelogEntry("", "## Dataset 1.0.0 (2027)\n")).toBe("# @karabakh-atlas/data\n\n## Dataset 1.0.0 (2027)\n");
  });
});

describe("main", () => {
  it("explains a missing file or argument instead of crashing", () => {
    expect(() => main(["missing.json", "other.json"], "/nonexistent")).toThrow(/file not found \(expected a dataset\.json/);
    expect(() => main(["only-one.json"], process.cwd())).toThrow(/expected two files/);
    expect(() => main(["a", "b", "--frobnicate"], process.cwd())).toThrow(/unknown option '--frobnicate'/);
  });
});
