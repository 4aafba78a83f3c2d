/**
 * The bundled dataset as the CLI ships it: one JSON file per part (`meta`, `regions`,
 * `deposits`, …) in `dist/data/`, written at build from the data package's validated
 * `dataset.json`. A command reads only the parts it asks for: `list deposits --json` parses the
 * deposits, not the sources or the statistics.
 */
import { readFileSync } from "node:fs";
import { createAtlas, datasetFromParts, type Atlas, type BoundaryCollection, type DatasetPart } from "@karabakh-atlas/data/core";

/** Where the parts are, next to the bundled code. */
const DATA_DIR = new URL("./data/", import.meta.url);

export function bundledAtlas(): Atlas {
  return createAtlas(datasetFromParts((part: DatasetPart) => JSON.parse(readFileSync(new URL(`${part}.json`, DATA_DIR), "utf8")) as unknown));
}

/** The district boundaries (the data package's `boundaries.json`, CC BY-SA 3.0), read only by the commands that draw or export them. */
export function bundledBoundaries(): BoundaryCollection {
  return JSON.parse(readFileSync(new URL("boundaries.json", DATA_DIR), "utf8")) as BoundaryCollection;
}
