/**
 * Converts the vendored boundary file (geo/, geoBoundaries AZE ADM2, CC BY-SA 3.0) into
 * `generated/boundaries.json` (GeoJSON polygons with a label point each) and
 * `generated/boundary-shapes.json` (the shape ids and names, which validation checks
 * `boundary.shapeId` against). Runs before build-dataset.ts, whose validation needs the ids.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import { boundariesFromTopology } from "../src/geo/build.js";
import { BOUNDARY_ATTRIBUTION, BOUNDARY_DATASET, BOUNDARY_LICENCE } from "../src/geo/boundaries.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
export const VENDORED_TOPOLOGY = join(root, "geo", "geoBoundaries-AZE-ADM2_simplified.topojson");

const topology = JSON.parse(readFileSync(VENDORED_TOPOLOGY, "utf8")) as Topology;
const collection = boundariesFromTopology(topology, { dataset: BOUNDARY_DATASET, attribution: BOUNDARY_ATTRIBUTION, licence: BOUNDARY_LICENCE });

function write(name: string, value: unknown): void {
  const out = join(root, "generated", name);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, `${JSON.stringify(value)}\n`);
  renameSync(`${out}.tmp`, out);
}

write("boundaries.json", collection);
write("boundary-shapes.json", {
  dataset: BOUNDARY_DATASET,
  shapes: collection.features.map((f) => ({ shapeId: f.properties.shapeId, shapeName: f.properties.shapeName })),
});
process.stdout.write(`ok: ${collection.features.length} boundaries; wrote generated/boundaries.json, generated/boundary-shapes.json\n`);
