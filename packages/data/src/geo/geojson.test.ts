import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { check } from "@placemarkio/check-geojson";
import { describe, expect, it } from "vitest";
import { dataset } from "../index.js";
import { boundaries, BOUNDARY_LICENCE } from "./index.js";
import { GEO_LAYERS, toGeoJSON, withoutCoordinates } from "./geojson.js";

const exportsDir = new URL("../../generated/exports/", import.meta.url);
const geojsonFiles = readdirSync(exportsDir).filter((f) => f.endsWith(".geojson"));

function hasOgrinfo(): boolean {
  try {
    execFileSync("ogrinfo", ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}
const ogrinfo = hasOgrinfo();
if (!ogrinfo && process.env.CI) throw new Error("ogrinfo (Debian gdal-bin) is required in CI: .ci/run installs it");
if (!ogrinfo) console.warn("skipped: the ogrinfo checks of the GeoJSON exports (install Debian's gdal-bin)");

/** The feature count GDAL reads from a file. */
function ogrCount(file: string): number {
  const out = execFileSync("ogrinfo", ["-ro", "-so", "-al", file], { encoding: "utf8" });
  const match = /Feature Count: (\d+)/.exec(out);
  if (!match) throw new Error(`ogrinfo printed no feature count for ${file}:\n${out}`);
  return Number(match[1]);
}

describe("GeoJSON layers", () => {
  it("regions: a polygon for every district and city with a boundary, with its label point, ids, names, precision and licence", () => {
    const { features } = toGeoJSON(dataset, "regions", boundaries);
    const bounded = dataset.regions.filter((r) => r.boundary);
    expect(features.map((f) => f.id).sort()).toEqual(bounded.map((r) => r.id).sort());
    for (const f of features) {
      expect(["Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      expect(f.properties).toMatchObject({ id: f.id, kind: "region", precision: "boundary", licence: BOUNDARY_LICENCE });
      expect(typeof f.properties.name).toBe("string");
      expect(typeof f.properties.label_lon).toBe("number");
    }
    expect(withoutCoordinates(dataset, "regions", boundaries)).toEqual(expect.arrayContaining(["aghdara", "nagorno-karabakh-autonomous-oblast"]));
  });

  it("deposits: every located deposit, for any number of them, none invented", () => {
    expect(toGeoJSON(dataset, "deposits").features).toHaveLength(dataset.deposits.filter((d) => d.location).length);
    const placed = structuredClone(dataset);
    placed.deposits.forEach((d, i) => {
      d.location = { lat: 40 + i / 100, lon: 46 + i / 100, precision: i % 2 ? "approximate" : "exact", citations: [{ source: "s", locator: "l", excerpt: "e" }] };
    });
    const { features } = toGeoJSON(placed, "deposits");
    expect(features).toHaveLength(placed.deposits.length);
    for (const f of features) expect(f.properties).toMatchObject({ kind: "deposit", licence: "CC-BY-4.0", precision: expect.stringMatching(/^(exact|approximate)$/) });
  });

  it("the regions layer says it needs the boundaries", () => {
    expect(() => toGeoJSON(dataset, "regions")).toThrow(/needs the boundaries/);
  });
});

describe("the GeoJSON export files", () => {
  it("are one per layer", () => {
    expect(geojsonFiles.sort()).toEqual(GEO_LAYERS.map((l) => `${l}.geojson`).sort());
  });

  it.each(geojsonFiles)("%s passes @placemarkio/check-geojson", (file) => {
    const text = readFileSync(new URL(file, exportsDir), "utf8");
    expect(() => check(text)).not.toThrow();
  });

  it.skipIf(!ogrinfo).each(geojsonFiles)("%s opens in GDAL's ogrinfo with every feature", (file) => {
    const path = new URL(file, exportsDir).pathname;
    const features = (JSON.parse(readFileSync(path, "utf8")) as { features: unknown[] }).features.length;
    if (features > 0) expect(ogrCount(path)).toBe(features);
    else expect(() => ogrCount(path)).not.toThrow();
  });

  it.skipIf(!ogrinfo)("ogrinfo fails on a broken file (the check can fail)", () => {
    const dir = mkdtempSync(join(tmpdir(), "atlas-ogr-"));
    try {
      writeFileSync(join(dir, "broken.geojson"), '{"type":"FeatureCollection","features":[{"type":"Feature"');
      expect(() => ogrCount(join(dir, "broken.geojson"))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
