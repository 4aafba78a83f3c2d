import { describe, expect, it } from "vitest";
import { atlas } from "./index.js";

describe("search from any spelling", () => {
  const ids = (query: string) => atlas.search(query, { limit: 10 }).map((h) => h.id);

  it("finds Kalbajar town and district from the Azerbaijani spelling", () => {
    expect(ids("Kəlbəcər")).toEqual(expect.arrayContaining(["kalbajar", "kalbajar-town"]));
    expect(ids("kelbecer")[0]).toBe("kalbajar");
  });

  it("finds other districts and towns written in Azerbaijani", () => {
    expect(ids("Laçın")).toContain("lachin");
    expect(ids("Cəbrayıl")).toContain("jabrayil");
    expect(ids("Zəngilan")).toContain("zangilan");
  });
});
