import type { Dataset, ReadonlyDataset } from "@karabakh-atlas/domain/vocabulary";
// The records are read from the package's one copy of the dataset, `generated/dataset.json`, as a
// JSON module at run time (left out of the bundle: tsup.config.ts), not inlined into each build.
import raw from "../generated/dataset.json" with { type: "json" };
import { createAtlas } from "./atlas.js";
import { deepFreeze } from "./freeze.js";

/**
 * Every record of the atlas, validated at build time. Frozen, all the way down, and typed
 * `ReadonlyDataset`: a program that changes a record by mistake gets a compile error or a
 * TypeError (in strict mode) instead of a different answer from `atlas`; to edit, work on a copy
 * (`structuredClone(dataset) as Dataset`).
 */
export const dataset: ReadonlyDataset = deepFreeze(raw as unknown as Dataset);

/** The query API over the bundled dataset. */
export const atlas = createAtlas(dataset);

export * from "./core.js";
