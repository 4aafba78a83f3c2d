/**
 * Everything a command needs once it runs, in one module: the option parsers, the bundled
 * dataset, the text, CSV and GeoJSON writers. `main.ts` loads it with one dynamic import (not for
 * the top-level help), so that a command's start-up reads a few files, not a dozen small chunks:
 * each ES module costs its resolution, a package scope lookup and a cache check.
 */
export * from "./options.js";
export { bundledAtlas, bundledBoundaries } from "./dataset.js";
export { Describer, chartLines } from "./describe.js";
export { exportSqlite, geoJson, recordsCsv, tableCsv } from "./export.js";
export { paint } from "./output.js";
export { stringify as csvStringify } from "csv-stringify/sync";
export { createAtlas, filterSpecs, statedInSeveralUnits } from "@karabakh-atlas/data/core";
export { formatCompetingFigures, formatDate, titleInUnit } from "@karabakh-atlas/domain/vocabulary";
export { DEPOSIT_SORTS, formatTable, listColumns, sortDeposits } from "./table.js";
export { candidatesText, lookup } from "./lookup.js";
export { recordJson } from "./related.js";
export { comparisonText, statisticTitleIn, titleIn } from "./names.js";
export { listShowsAtlasText as hasAtlasText } from "./table.js";
