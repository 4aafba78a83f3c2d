/**
 * Checks of the regions' links to the vendored boundaries, run with the other integrity checks:
 * a `boundary` names the vendored dataset and one of its shape ids (the ids come from
 * `generated/boundary-shapes.json`, written by scripts/build-geo.ts from the vendored file), no
 * two regions share a polygon, and every district, city and autonomous oblast has a polygon or
 * a stated reason why not.
 */
import type { ReadonlyDataset } from "@karabakh-atlas/domain/vocabulary";
import shapes from "../../generated/boundary-shapes.json";
import type { RecordProblem } from "../integrity.js";
import { didYouMean } from "../suggest.js";
import { BOUNDED_KINDS } from "./boundaries.js";


const shapeIds = shapes.shapes.map((s) => s.shapeId);
const shapeNames = new Map(shapes.shapes.map((s) => [s.shapeId, s.shapeName]));

export function checkBoundaries(dataset: ReadonlyDataset): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const usedBy = new Map<string, string>();
  dataset.regions.forEach((region, index) => {
    const report = (path: (string | number)[], message: string) => problems.push({ kind: "region", id: region.id, index, path, message });
    const { boundary, noBoundary } = region;
    if (boundary) {
      if (boundary.dataset !== shapes.dataset) {
        report(["boundary", "dataset"], `unknown boundary dataset '${boundary.dataset}': the vendored one is '${shapes.dataset}' (packages/data/geo/)`);
      } else if (!shapeNames.has(boundary.shapeId)) {
        report(["boundary", "shapeId"], `shape '${boundary.shapeId}' is not in the vendored file ${shapes.dataset}${didYouMean(boundary.shapeId, shapeIds)}`);
      } else {
        const other = usedBy.get(boundary.shapeId);
        if (other !== undefined) report(["boundary", "shapeId"], `shape '${boundary.shapeId}' (${shapeNames.get(boundary.shapeId)}) is already the boundary of region '${other}'`);
        else usedBy.set(boundary.shapeId, region.id);
      }
    } else if (!noBoundary && BOUNDED_KINDS.includes(region.kind)) {
      report(["boundary"], `a ${region.kind} needs a \`boundary\` (dataset ${shapes.dataset} and a shapeId) or a \`noBoundary\` with the reason it has none`);
    }
  });
  return problems;
}
