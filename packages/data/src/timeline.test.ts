import { describe, expect, it } from "vitest";
import { atlas } from "./index.js";
import { eventYears, periodOf } from "./timeline.js";

describe("timeline periods", () => {
  it("puts a date in the period it falls in, at any precision", () => {
    expect(periodOf("1993-04-02")).toBe("before-1994");
    expect(periodOf("1994-05-12")).toBe("before-1994");
    expect(periodOf("2016-04")).toBe("1994-2020");
    expect(periodOf("2020-11-10")).toBe("2020-war");
    expect(periodOf("2023")).toBe("after-2020");
    expect(periodOf(undefined)).toBeUndefined();
  });

  it("gives every dated bundled event a period, and its years in order", () => {
    for (const e of atlas.events()) if (e.date) expect(periodOf(e.date), e.date).toBeDefined();
    const years = eventYears(atlas.events());
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(years).toContain(1993);
  });
});
