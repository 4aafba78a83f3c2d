import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { dataset } from "../index.js";
import { boundaries, checkGeography, containsPoint, GEOGRAPHY_EXCEPTIONS, regionBoundary, regionLabelPoint, returnGroup } from "./index.js";
import { boundariesFromTopology } from "./build.js";

const regions = new Map(dataset.regions.map((r) => [r.id, r]));

describe("geography: every located record lies inside its region's polygon", () => {
  const { misses, tested } = checkGeography(dataset, boundaries);
  const declared = new Map(GEOGRAPHY_EXCEPTIONS.map((e) => [`${e.kind}:${e.id}`, e]));

  it("tests the located records of the territories", () => {
    expect(tested.length).toBeGreaterThanOrEqual(10);
    expect(tested.map((t) => t.id)).toContain("kalbajar-town");
  });

  it("has no point outside its polygon without a declared exception", () => {
    const undeclared = misses.filter((m) => !declared.has(`${m.kind}:${m.id}`));
    expect(undeclared.map((m) => `${m.kind} ${m.id}: ${m.point.join(", ")} is ${m.distanceKm.toFixed(2)} km outside the polygon of ${m.region}`)).toEqual([]);
  });

  it("has no stale exception: a declared record with a point does lie outside its polygon, and every exception gives a reason", () => {
    const missed = new Set(misses.map((m) => `${m.kind}:${m.id}`));
    const testedKeys = new Set(tested.map((t) => `${t.kind}:${t.id}`));
    for (const [key, e] of declared) {
      expect(e.reason.length, key).toBeGreaterThan(20);
      if (testedKeys.has(key)) expect(missed.has(key), `${key} lies inside its polygon: remove its exception`).toBe(true);
    }
  });

  it("a coarse-outline exception is only a few hundred metres out", () => {
    const shusha = misses.find((m) => m.id === "shusha-city");
    expect(shusha?.distanceKm).toBeLessThan(0.5);
  });

  it("detects a point moved outside its district", () => {
    const moved = structuredClone(dataset);
    const town = moved.regions.find((r) => r.id === "kalbajar-town")!;
    town.centre = { ...town.centre!, lat: 39.35, lon: 46.6 }; // in Zangilan, not Kalbajar
    const { misses: after } = checkGeography(moved, boundaries);
    expect(after.find((m) => m.id === "kalbajar-town")?.region).toBe("kalbajar");
  });
});

describe("district boundaries", () => {
  it("the shipped GeoJSON is the vendored TopoJSON converted (79 polygons)", () => {
    const topology = JSON.parse(readFileSync(new URL("../../geo/geoBoundaries-AZE-ADM2_simplified.topojson", import.meta.url), "utf8")) as Topology;
    const rebuilt = boundariesFromTopology(topology, { dataset: boundaries.dataset, attribution: boundaries.attribution, licence: boundaries.licence });
    expect(rebuilt.features).toHaveLength(79);
    expect(JSON.parse(JSON.stringify(rebuilt))).toEqual(boundaries);
  });

  it("every district and city of the territories has a polygon or a stated reason", () => {
    for (const r of dataset.regions) {
      if (!["district", "city", "autonomous-oblast"].includes(r.kind)) continue;
      if (r.boundary) expect(regionBoundary(boundaries, r), r.id).toBeDefined();
      else expect(r.noBoundary?.reason, r.id).toMatch(/\w{5}/);
    }
    expect(regions.get("aghdara")?.noBoundary?.parts.map((p) => p.region).sort()).toEqual(["kalbajar", "tartar"]);
    expect(regions.get("nagorno-karabakh-autonomous-oblast")?.noBoundary).toBeDefined();
  });

  it("a district's label point lies inside its polygon and is not its town's point", () => {
    for (const r of dataset.regions.filter((x) => x.boundary)) {
      const shape = regionBoundary(boundaries, r)!;
      const label = regionLabelPoint(boundaries, r)!;
      expect(containsPoint(shape, label), r.id).toBe(true);
      expect(r.kind === "district" ? r.centre : undefined, r.id).toBeUndefined();
      const town = r.adminCentre ? regions.get(r.adminCentre)?.centre : undefined;
      if (town) expect(label, r.id).not.toEqual([town.lon, town.lat]);
    }
  });

  it("shades districts by when they returned, from their control records", () => {
    expect(returnGroup(regions.get("kalbajar")!)).toBe("2020-statement");
    expect(returnGroup(regions.get("zangilan")!)).toBe("2020-war");
    expect(returnGroup(regions.get("khojaly")!)).toBe("2023");
    expect(returnGroup(regions.get("barda")!)).toBe("none");
    const disputed = structuredClone(regions.get("kalbajar")!);
    disputed.control[0]!.returnedOn.push({ date: "2021-01-01", citations: disputed.control[0]!.returnedOn[0]!.citations });
    expect(returnGroup(disputed)).toBe("other");
  });
});
