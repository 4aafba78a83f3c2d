import type { Dataset } from "@karabakh-atlas/domain/vocabulary";
import raw from "../generated/dataset.json";
import { createAtlas } from "./atlas.js";

/** Every record of the atlas, validated at build time. */
export const dataset: Dataset = raw as unknown as Dataset;

/** The query API over the bundled dataset. */
export const atlas = createAtlas(dataset);

export * from "./core.js";
