import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import {
  atlas as bundledAtlas,
  createAtlas,
  currentStatus,
  datedObservations,
  resolutionDate,
  type AnyRecord,
  type DepositFilter,
  type Atlas,
  type Facet,
  type OwnershipNode,
  type OwnershipStep,
  type SourceUse,
} from "@karabakh-atlas/data";
import { formatProblems, validateDirectory } from "@karabakh-atlas/data/validate";
import {
  ENTITY_KINDS,
  type Citation,
  type EntityKind,
  type EntityOf,
  type Source,
  type Statistic,
} from "@karabakh-atlas/domain";
import { SEARCH_LIMIT } from "./search";

/**
 * The only door from the web app to the dataset. Pages call these named functions; none of
 * them reaches into the raw records.
 */

export type { AnyRecord, Facet, OwnershipNode, OwnershipStep, SourceUse };

/**
 * The dataset the site shows: the data package's, or — for tests only — the records folder named
 * by `KARABAKH_ATLAS_DATASET` (e.g. tests/hostile/records), read and checked by the data package's
 * validator. Set it for `next build` and `next start` alike; the build then goes to its own
 * `distDir` (next.config.ts), so the real `.next` is never overwritten.
 */
function chooseAtlas(): Atlas {
  const dir = process.env.KARABAKH_ATLAS_DATASET;
  if (!dir) return bundledAtlas;
  const result = validateDirectory(dir);
  if (!result.dataset) {
    throw new Error(`KARABAKH_ATLAS_DATASET=${dir}: the records do not validate\n${formatProblems(result.problems, `${dir}/`)}`);
  }
  return createAtlas(result.dataset);
}

export const atlas: Atlas = chooseAtlas();

export const meta = () => atlas.meta;

export function counts(): { kind: EntityKind; label: string; plural: string; dir: string; count: number }[] {
  return ENTITY_KINDS.map(({ kind, label, plural, dir }) => ({ kind, label, plural, dir, count: atlas.list(kind).length }));
}

export const titleOf = (kind: EntityKind, id: string): string => {
  const entry = findRecord(kind, id);
  return entry ? atlas.title(entry) : id;
};

export function findRecord(kind: EntityKind, id: string): AnyRecord | undefined {
  const record = atlas.get(kind, id);
  return record ? ({ kind, record } as AnyRecord) : undefined;
}

export function ids(kind: EntityKind): string[] {
  return atlas.list(kind).map((r) => (r as { id: string }).id);
}

export function listOf<K extends EntityKind>(kind: K): readonly EntityOf<K>[] {
  return atlas.list(kind);
}

// ---- sources ----------------------------------------------------------------------------------

export const getSource = (id: string): Source | undefined => atlas.source(id);
export const listSources = () => atlas.sources();
export const sourceUses = (id: string) => atlas.sourceUses(id);
export const sourceSupports = (id: string) => atlas.sourceSupports(id);

// ---- regions ----------------------------------------------------------------------------------

export const listRegions = () => atlas.regions();
export const getRegion = (id: string) => atlas.region(id);
export const regionName = (id: string) => atlas.region(id)?.names.en ?? id;

export function regionContext(id: string) {
  return {
    ancestors: atlas.regionAncestors(id),
    children: atlas.regionChildren(id),
    deposits: atlas.regionDeposits(id),
    statistics: atlas.regionStatistics(id),
    events: atlas.regionEvents(id),
    resolutions: atlas.regionResolutions(id),
    heritageSites: atlas.regionHeritageSites(id),
  };
}

// ---- deposits ---------------------------------------------------------------------------------

export const listDeposits = (filter?: DepositFilter) => atlas.deposits(filter);
export const getDeposit = (id: string) => atlas.deposit(id);
export const depositStatus = currentStatus;

// ---- companies --------------------------------------------------------------------------------

export const listCompanies = () => atlas.companies();
export const getCompany = (id: string) => atlas.company(id);
export const companyDeposits = (id: string) => atlas.companyDeposits(id);

/** Every ownership link above a company (parents, their parents…), nearest first. */
export const ownershipUp = (id: string): OwnershipStep[] => atlas.ownershipStepsUp(id);

/** The company's subsidiaries, recursively, each with the link that ties it to its parent. */
export function ownershipDown(id: string): OwnershipNode | undefined {
  return atlas.ownershipTreeDown(id);
}

// ---- documents, statistics, events ------------------------------------------------------------

export const listResolutions = () => atlas.resolutions();
export const getResolution = (id: string) => atlas.resolution(id);
export const dateOfResolution = resolutionDate;

export const listStatistics = () => atlas.statistics();
/** Statistics grouped by what may share a chart (the data package's rule). */
export const comparisons = () => atlas.comparisons();
export const getStatistic = (id: string) => atlas.statistic(id);

export const listEvents = () => atlas.events();

export const listHeritageSites = () => atlas.heritageSites();
export const getHeritageSite = (id: string) => atlas.heritageSite(id);

export const listProgrammes = () => atlas.programmes();
export const getProgramme = (id: string) => atlas.programme(id);

/** Statistics about the whole area (a country or an economic region), the most observed first: the headline. */
export const headlineStatistics = (limit = 8): Statistic[] => atlas.headlineStatistics(limit);

export { datedObservations };

// ---- filters ----------------------------------------------------------------------------------

/** The facets of a kind's list page, from the data package's filter specification. */
export const facetsOf = <K extends EntityKind>(kind: K, records?: readonly EntityOf<K>[]): Facet[] => atlas.facets(kind, records);

/** The values a record takes for its kind's facets (what the API's filters select it by). */
export const facetValuesOf = <K extends EntityKind>(kind: K, record: EntityOf<K>): Record<string, string[]> =>
  Object.fromEntries(Object.entries(atlas.filterValues(kind, record)).map(([key, values]) => [key, [...values]]));

// ---- search -----------------------------------------------------------------------------------

export function search(query: string, limit = SEARCH_LIMIT) {
  return atlas.search(query, { limit });
}

/** What the search index holds; the static export ships it for the browser to build the same index. */
export const searchDocuments = () => atlas.searchDocuments();

// ---- citations --------------------------------------------------------------------------------

export interface ResolvedCitation extends Citation {
  sourceRecord: Source | undefined;
}

export function resolveCitations(citations: readonly Citation[]): ResolvedCitation[] {
  return citations.map((c) => ({ ...c, sourceRecord: atlas.source(c.source) }));
}

export const dataset = () => atlas.dataset;

/** The installed data package's folder, resolved at run time from the app's folder (a literal specifier would be bundled away). */
function dataPackageDir(): string {
  const specifier = ["@karabakh-atlas", "data", "package.json"].join("/");
  return dirname(createRequire(join(process.cwd(), "package.json")).resolve(specifier));
}

/**
 * The data package's export files (`generated/exports`: CSV tables, GeoJSON, JSON Schemas,
 * datapackage.json, README, zip) as paths relative to that folder, with their full paths. They
 * describe the package's dataset, so a site built over another dataset (tests) has none.
 */
export function dataPackageExports(): { name: string; file: string }[] {
  if (atlas !== bundledAtlas) return [];
  const dir = join(dataPackageDir(), "generated", "exports");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => name.split(sep).join("/"))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => ({ name, file: join(dir, name) }));
}

/**
 * What the data package's reader changelog (`WHATS-NEW.md`, not the developers' CHANGELOG) says
 * about the current version, as plain paragraphs and list items; empty when it has no entry.
 */
export function changesInThisVersion(): string[] {
  try {
    const text = readFileSync(join(dataPackageDir(), "WHATS-NEW.md"), "utf8");
    const version = atlas.meta.version.replace(/\./g, "\\.");
    const section = new RegExp(`^##\\s+${version}\\s*$([\\s\\S]*?)(?=^##\\s|(?![\\s\\S]))`, "m").exec(text)?.[1] ?? "";
    return section
      .split(/\n\s*\n|\n(?=\s*[-*]\s)/)
      .map((block) => block.replace(/^\s*[-*]\s+/, "").replace(/\s+/g, " ").replace(/`/g, "").trim())
      .filter((block) => block.length > 0 && !block.startsWith("#"));
  } catch {
    return [];
  }
}
