import { describe, expect, it } from "vitest";
import { STATISTIC_CATEGORY, STATISTIC_THEME } from "./enums.js";
import { STATISTIC_THEME_OF, statisticAsOf, statisticTitle } from "./statistics.js";

const figure = (asOf?: string) => ({ asOf });

describe("statisticTitle", () => {
  it("names category, population, subset, place and war", () => {
    expect(
      statisticTitle({ category: "missing", population: "military", war: "first-karabakh-war", observations: [figure("2007"), figure("2023")] }, { place: "Azerbaijan" }),
    ).toBe("Missing, military — Azerbaijan, First Karabakh War");
    expect(
      statisticTitle({ category: "deposits-counted", population: "all", subset: "copper", observations: [figure("1993")] }, { place: "Kalbajar District" }),
    ).toBe("Deposits counted (copper) — Kalbajar District, as of 1993");
  });

  it("gives the period instead of an as-of date when the statistic counts over one", () => {
    expect(
      statisticTitle(
        { category: "mine-victims", population: "children", period: { start: "1991" }, observations: [{ period: { start: "1991", end: "2024-11" } }] },
        { place: "Azerbaijan" },
      ),
    ).toBe("Mine victims, children — Azerbaijan, since 1991");
  });

  it("falls back on the event's title, and dates only a single-date statistic", () => {
    const fields = { category: "killed", population: "all", observations: [figure(), figure()] } as const;
    expect(statisticTitle(fields, { place: "Khojaly", event: "Khojaly massacre" })).toBe("Killed — Khojaly, Khojaly massacre");
    expect(statisticTitle(fields, { place: "Khojaly" })).toBe("Killed — Khojaly");
    expect(statisticAsOf({ observations: [figure("2020"), figure("2021")] })).toBeUndefined();
    expect(statisticAsOf({ observations: [figure("2020-03"), figure("2020-03")] })).toBe("2020-03");
    expect(statisticAsOf({ observations: [figure("1993"), figure()] })).toBe("1993");
  });

  it("puts every category in a theme", () => {
    for (const category of STATISTIC_CATEGORY.values) expect(STATISTIC_THEME.values).toContain(STATISTIC_THEME_OF[category]);
  });
});
