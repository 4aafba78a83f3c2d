import { ENTITY_KIND_TABLE, type Dataset, type ReadonlyDataset, type EntityDir } from "@karabakh-atlas/domain/vocabulary";

/** One part of a dataset split by kind: its `meta`, or the records of one kind's folder. */
export type DatasetPart = "meta" | EntityDir;

/** Every part, in the dataset's order: `meta`, then the kinds' folders. */
export const DATASET_PARTS: readonly DatasetPart[] = ["meta", ...ENTITY_KIND_TABLE.map((k) => k.dir)];

/**
 * A dataset whose parts are read on first access, each once: `read("deposits")` is called
 * when something first asks for `dataset.deposits`. The parts are the dataset's own properties
 * (enumerable, in order), so `JSON.stringify` and `Object.keys` see the whole dataset. Meant for
 * a dataset split into one file per kind (as the CLI ships it), read by a short-lived process
 * that needs only a few kinds; `read` must return what the validated dataset holds.
 */
export function datasetFromParts(read: (part: DatasetPart) => unknown): Dataset {
  const dataset = {} as Record<DatasetPart, unknown>;
  for (const part of DATASET_PARTS) {
    let value: unknown;
    let loaded = false;
    Object.defineProperty(dataset, part, {
      enumerable: true,
      get() {
        if (!loaded) {
          value = read(part);
          loaded = true;
        }
        return value;
      },
    });
  }
  return dataset as unknown as Dataset;
}

/** The dataset cut into its parts, e.g. to write one file per part (`datasetFromParts` reads them back). */
export function datasetParts(dataset: ReadonlyDataset): [DatasetPart, unknown][] {
  return DATASET_PARTS.map((part) => [part, (dataset as unknown as Record<DatasetPart, unknown>)[part]]);
}
