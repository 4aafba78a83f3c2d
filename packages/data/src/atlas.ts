import {
  ENTITY_KIND_TABLE,
  FIELDS,
  STATISTIC_CATEGORY,
  citationListsIn,
  statisticTitle,
  TITLE_LANGUAGES,
  compareText,
  comparePartialDates,
  figureDate,
  formatFieldPath,
  referencesIn,
  sortByText,
  partialDateSortKey,
  type Company,
  type CurrentStatus,
  type ReadonlyDataset,
  type Deposit,
  type EntityKind,
  type EntityOf,
  type Event,
  vocabularyOf,
  type FieldRegistry,
  type Figure,
  type HeritageSite,
  type Ownership,
  type PartialDate,
  type Programme,
  type Region,
  type Resolution,
  type Source,
  type Statistic,
  type StatusClaim,
  countryName,
} from "@karabakh-atlas/domain/vocabulary";
import { createSearchIndex, type SearchDocument, type SearchHit, type SearchIndex, type SearchOptions } from "./search.js";
import { nearest } from "./suggest.js";
import { checkFilter, filterSpecs, type DepositScope, type FilterOf } from "./filters.js";

export { DEPOSIT_SCOPES, type DepositScope } from "./filters.js";
import { comparisons, type Comparison } from "./statistics.js";

export type AnyRecord = { [K in EntityKind]: { kind: K; record: EntityOf<K> } }[EntityKind];

/** A place in the dataset that cites a source. */
export interface SourceUse {
  kind: EntityKind;
  id: string;
  title: string;
  /** Field path of the citation, e.g. `observations[0].citations[0]` (for data files and exports; readers see `fieldLabel`). */
  field: string;
  locator: string;
  /** The source's own words, verbatim. */
  excerpt?: string;
  /** The compiler's summary of what the source says, where its words were not found. */
  summary?: string;
}


/** Deposits: a commodity, a region (and the regions inside it), a company (and its subsidiaries), the latest status. */
export type DepositFilter = FilterOf<"deposit">;
/** Statistics: a region (and the regions inside it), a category, a population group. */
export type StatisticFilter = FilterOf<"statistic">;
/** Events: a region (and the regions inside it), a kind, a date range (`from`, `to`). */
export type EventFilter = FilterOf<"event">;
/** UN documents: a body, a kind, a region they name (and the regions inside it). */
export type ResolutionFilter = FilterOf<"resolution">;
/** Regions: a kind, the enclosing region. */
export type RegionFilter = FilterOf<"region">;
/** Heritage sites: a kind, a status a source gives, a region (and the regions inside it). */
export type HeritageFilter = FilterOf<"heritage-site">;
export type CompanyFilter = FilterOf<"company">;
export type SourceFilter = FilterOf<"source">;

/** Per district: how many deposits the atlas lists against the counts the sources give. */
export interface DistrictDepositCount {
  region: Region;
  /** Deposits the atlas lists in the district (by `region`, in the territories). */
  listed: number;
  /** Deposits that some source (but not the filing) places in the district. */
  alsoClaimed: number;
  /** The counts the sources give for the district, each with its citations and date. */
  stated: Figure[];
  /** The statistics the counts come from. */
  statistics: string[];
}

/** A facet of a list: a filter with the values that the listed records take, each with its label. */
export interface Facet {
  key: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface OwnershipNode {
  company: Company;
  children: OwnershipNode[];
}

/** One ownership link above a company: the child, its parent, and the link as the record states it. */
export interface OwnershipStep {
  child: Company;
  parent: Company;
  link: Ownership;
}

/** A reference to a record from another: which record, in which field, and what the link means. */
export interface Backlink {
  kind: EntityKind;
  id: string;
  /** Field path of the reference in the referring record, e.g. `operations[0].company`. */
  field: string;
  relation: string;
}

export interface AtlasOptions {
  /**
   * The field registry the atlas reads records with (which fields reference which kind, hold
   * citations, …): the domain's `FIELDS` unless given.
   */
  fields?: FieldRegistry;
}

/** Records in the atlas's order of names (the domain's `compareText`). */
function byName<T extends { names: { en: string } }>(records: readonly T[]): T[] {
  return sortByText(records, (r) => r.names.en);
}

function byDate(a: PartialDate | undefined, b: PartialDate | undefined): number {
  const left = partialDateSortKey(a);
  const right = partialDateSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The first date the sources give for a document (erroneous dates excluded). */
export function resolutionDate(resolution: Resolution): PartialDate | undefined {
  const dates = resolution.adoptedOn.filter((d) => d.assessment !== "erroneous");
  return (dates.find((d) => d.preferred) ?? dates[0])?.date;
}

/** A statistic's observations that have a date and a number, in the record's order: a series when there are two or more. */
export function datedObservations(statistic: Statistic): Figure[] {
  return statistic.observations.filter((o) => figureDate(o) !== undefined && (o.value ?? o.upper ?? o.lower) !== undefined);
}

/**
 * The status claims of the latest date the sources give for a deposit: one claim, or several
 * when sources give statuses for the same date. Claims without a date count only when no claim
 * has one. In file order; nothing is dropped.
 */
export function currentStatusClaims(deposit: Deposit): StatusClaim[] {
  if (deposit.status.length === 0) return [];
  const latest = deposit.status.reduce((max, claim) => (byDate(claim.asOf, max) > 0 ? claim.asOf : max), deposit.status[0]?.asOf);
  return deposit.status.filter((claim) => byDate(claim.asOf, latest) === 0);
}

/**
 * The latest status the sources give for a deposit, or `disputed` when the claims of that date
 * give different statuses (see `currentStatusClaims` for each of them). No rule picks a winner:
 * file order never decides.
 */
export function currentStatus(deposit: Deposit): CurrentStatus | undefined {
  const statuses = new Set(currentStatusClaims(deposit).map((c) => c.status));
  if (statuses.size === 0) return undefined;
  return statuses.size === 1 ? ([...statuses][0] as CurrentStatus) : "disputed";
}

/** Every status a deposit is listed under: its current status, and when that is `disputed`, each status of the latest claims too. */
export function currentStatusValues(deposit: Deposit): CurrentStatus[] {
  const current = currentStatus(deposit);
  if (current === undefined) return [];
  return current === "disputed" ? ["disputed", ...new Set(currentStatusClaims(deposit).map((c) => c.status))] : [current];
}

/** True when the deposit's current status is `status`, or `status` is one of disputed latest claims. */
export function hasCurrentStatus(deposit: Deposit, status: CurrentStatus): boolean {
  return currentStatusValues(deposit).includes(status);
}

/** The scopes a deposit is listed in: `all`, and `territories` or `elsewhere`. */
function depositScopes(deposit: Deposit): DepositScope[] {
  return [deposit.inTerritories ? "territories" : "elsewhere", "all"];
}

/** True when a deposit is in the scope a list asks for (`territories` by default). */
export function inDepositScope(deposit: Deposit, scope: DepositScope = "territories"): boolean {
  return depositScopes(deposit).includes(scope);
}

const EXPECTED_DATASET =
  "expected a validated dataset: `dataset` from @karabakh-atlas/data, `validateDirectory(dir).dataset` from @karabakh-atlas/data/validate, or `datasetFromParts(read)`";

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "string" ? `the string ${JSON.stringify(value.slice(0, 40))}` : String(value);
}

/**
 * What `createAtlas` checks of its argument before anything else: an object with `meta` and a
 * property for every kind (`regions`, `deposits`, …). The properties are only looked for, not
 * read, so that a dataset read by parts stays lazy; each kind's list is checked when first read.
 * A wrong argument is a TypeError saying what is missing and what would be right.
 */
function checkDataset(dataset: unknown): void {
  if (dataset === null || typeof dataset !== "object" || Array.isArray(dataset)) {
    throw new TypeError(`createAtlas: the argument is ${describeValue(dataset)}, not a dataset; ${EXPECTED_DATASET}`);
  }
  const missing = ["meta", ...ENTITY_KIND_TABLE.map((k) => k.dir)].filter((key) => !(key in dataset));
  if (missing.length > 0) {
    throw new TypeError(`createAtlas: the dataset has no ${missing.join(", ")}; ${EXPECTED_DATASET}`);
  }
}

/**
 * The query API over one validated dataset. `atlas` (the package's default export) is built
 * over the bundled records; call `createAtlas` for another dataset (a fork, a test fixture).
 */
export function createAtlas(dataset: ReadonlyDataset, options: AtlasOptions = {}): Atlas {
  return buildAtlas(dataset, options);
}

/**
 * The query API (see `createAtlas`); its type is named `Atlas`, so that an editor shows
 * `atlas: Atlas` and each method's own signature, not the whole object spelled out.
 */
export interface Atlas extends ReturnType<typeof buildAtlas> {}

function buildAtlas(dataset: ReadonlyDataset, options: AtlasOptions) {
  const fields = options.fields ?? FIELDS;
  checkDataset(dataset);
  // Every index is built on first use, one kind at a time, and reads only that kind's records:
  // over a dataset whose kinds are loaded on demand (`datasetFromParts`), a command that lists
  // deposits never reads the sources.
  const kindIndexes = new Map<EntityKind, Map<string, AnyRecord>>();
  function kindIndex(kind: EntityKind): Map<string, AnyRecord> {
    let index = kindIndexes.get(kind);
    if (!index) {
      index = new Map();
      for (const record of list(kind) as readonly { id: string }[]) index.set(record.id, { kind, record } as AnyRecord);
      kindIndexes.set(kind, index);
    }
    return index;
  }
  let allById: Map<string, AnyRecord> | undefined;
  /** Every record by id, in the order of the kinds (a later kind's id would win; ids are unique). */
  function byId(): Map<string, AnyRecord> {
    allById ??= new Map(ENTITY_KIND_TABLE.flatMap(({ kind }) => [...kindIndex(kind)]));
    return allById;
  }

  const regionName = (id: string) => get("region", id)?.names.en ?? id;

  /** A statistic's title (the domain's `statisticTitle`, with its place's name and its event's title). */
  function statisticTitleOf(statistic: Statistic): string {
    const event = statistic.event ? get("event", statistic.event)?.title : undefined;
    return statisticTitle(statistic, { place: regionName(statistic.subject), event });
  }

  function get<K extends EntityKind>(kind: K, id: string): EntityOf<K> | undefined {
    return kindIndex(kind).get(id)?.record as EntityOf<K> | undefined;
  }

  function list<K extends EntityKind>(kind: K): readonly EntityOf<K>[] {
    const dir = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir;
    if (!dir) return [];
    const records = dataset[dir] as unknown;
    // Checked on first use: a dataset read by parts reads a kind only when it is asked for.
    if (!Array.isArray(records)) throw new TypeError(`createAtlas: dataset.${dir} is ${describeValue(records)}, not an array of records; ${EXPECTED_DATASET}`);
    return records as EntityOf<K>[];
  }

  /** A record's display title: its English name, its own title, or for a statistic what it counts where. */
  function title(entry: AnyRecord): string {
    const own = fields[entry.kind].fields ?? {};
    const record = entry.record as unknown as Record<string, unknown>;
    if (own.names) return (record.names as { en: string }).en;
    if (own.title) return String(record.title);
    if (entry.kind === "statistic") {
      return statisticTitleOf(entry.record);
    }
    return String(record.id);
  }

  // ---- regions -------------------------------------------------------------------------------

  function regionChildren(id: string): Region[] {
    return byName(dataset.regions.filter((r) => r.parent === id));
  }

  function regionAncestors(id: string): Region[] {
    const out: Region[] = [];
    const seen = new Set<string>([id]);
    let current = get("region", id)?.parent;
    while (current && !seen.has(current)) {
      seen.add(current);
      const region = get("region", current);
      if (!region) break;
      out.push(region);
      current = region.parent;
    }
    return out;
  }

  /** The region and everything inside it, by parent links and economic-region membership. */
  function regionScope(id: string): Set<string> {
    const scope = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.shift() as string;
      for (const r of dataset.regions) {
        const inside = r.parent === current || r.economicRegions.some((e) => e.id === current);
        if (inside && !scope.has(r.id)) {
          scope.add(r.id);
          queue.push(r.id);
        }
      }
    }
    return scope;
  }

  // ---- companies -----------------------------------------------------------------------------

  function companyParents(id: string): Company[] {
    return (get("company", id)?.ownership ?? [])
      .map((o) => get("company", o.parent))
      .filter((c): c is Company => c !== undefined);
  }

  function companySubsidiaries(id: string): Company[] {
    return byName(dataset.companies.filter((c) => c.ownership.some((o) => o.parent === id)));
  }

  /** Every ownership link above a company (its parents' links, their parents'…), nearest first. */
  function ownershipStepsUp(id: string): OwnershipStep[] {
    const out: OwnershipStep[] = [];
    const seen = new Set<string>();
    const queue = [id];
    while (queue.length > 0) {
      const childId = queue.shift() as string;
      const child = get("company", childId);
      if (!child || seen.has(childId)) continue;
      seen.add(childId);
      for (const link of child.ownership) {
        const parent = get("company", link.parent);
        if (!parent) continue;
        out.push({ child, parent, link });
        queue.push(parent.id);
      }
    }
    return out;
  }

  /** Parents, grandparents and so on, nearest first, each once. */
  function ownershipChainUp(id: string): Company[] {
    const out = new Map<string, Company>();
    for (const step of ownershipStepsUp(id)) if (step.parent.id !== id && !out.has(step.parent.id)) out.set(step.parent.id, step.parent);
    return [...out.values()];
  }

  /** The company and its subsidiaries, recursively. */
  function ownershipTreeDown(id: string, seen = new Set<string>()): OwnershipNode | undefined {
    const company = get("company", id);
    if (!company || seen.has(id)) return undefined;
    seen.add(id);
    const children = companySubsidiaries(id)
      .map((c) => ownershipTreeDown(c.id, seen))
      .filter((n): n is OwnershipNode => n !== undefined);
    return { company, children };
  }

  // ---- deposits ------------------------------------------------------------------------------

  /**
   * For each district some source counts deposits in, or the atlas lists deposits in: how many
   * the atlas lists (in the territories) against every count the sources give ("Lachin: 12 of 40
   * named in the sources"). Counts are the `deposits-counted` statistics about the district.
   */
  function depositCountsByDistrict(): DistrictDepositCount[] {
    const counted = dataset.statistics.filter((s) => s.category === "deposits-counted");
    const inTerritories = dataset.deposits.filter((d) => d.inTerritories);
    const districts = new Set<string>([...counted.map((s) => s.subject), ...inTerritories.map((d) => d.region)]);
    const out: DistrictDepositCount[] = [];
    for (const id of districts) {
      const region = get("region", id);
      if (!region || region.kind !== "district") continue;
      const statistics = counted.filter((s) => s.subject === id);
      out.push({
        region,
        listed: inTerritories.filter((d) => d.region === id).length,
        alsoClaimed: inTerritories.filter((d) => d.region !== id && d.regionClaims.some((c) => c.region === id)).length,
        stated: statistics.flatMap((s) => s.observations),
        statistics: statistics.map((s) => s.id),
      });
    }
    return sortByText(out, (c) => c.region.names.en);
  }

  function depositCompanies(id: string): Company[] {
    const deposit = get("deposit", id);
    const ids = new Set(deposit?.operations.map((o) => o.company) ?? []);
    return [...ids].map((c) => get("company", c)).filter((c): c is Company => c !== undefined);
  }

  // ---- statistics, events, documents ---------------------------------------------------------

  // ---- filters: one specification (filters.ts), matched here ---------------------------------

  const containers = new Map<string, Set<string>>();
  /** A region and every region it lies in (by `parent` and economic-region membership): the inverse of `regionScope`. */
  function regionContainers(id: string): Set<string> {
    let out = containers.get(id);
    if (out) return out;
    out = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      const region = get("region", queue.shift() as string);
      if (!region) continue;
      for (const next of [...(region.parent ? [region.parent] : []), ...region.economicRegions.map((e) => e.id)]) {
        if (out.has(next)) continue;
        out.add(next);
        queue.push(next);
      }
    }
    containers.set(id, out);
    return out;
  }
  const inRegions = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => [...regionContainers(id)]))];
  /** A company and every company that owns it, directly or through others. */
  const owners = (ids: readonly string[]) => [...new Set(ids.flatMap((id) => [id, ...ownershipChainUp(id).map((c) => c.id)]))];
  const one = (value: string | undefined) => (value === undefined ? [] : [value]);

  type Matcher<R> = { values: (record: R) => readonly string[] } | { match: (record: R, value: string) => boolean };
  /** How each filter of the specification selects records: by the values a record takes, or a test. */
  const MATCHERS: { [K in EntityKind]: { [F in keyof FilterOf<K>]-?: Matcher<EntityOf<K>> } } = {
    region: { kind: { values: (r) => [r.kind] }, parent: { values: (r) => one(r.parent) } },
    deposit: {
      commodity: { values: (d) => d.commodities },
      region: { values: (d) => inRegions([d.region]) },
      // A deposit whose sources disagree on the latest date is found under each status they give, and under `disputed`.
      status: { values: currentStatusValues },
      scope: { values: depositScopes },
      company: { values: (d) => owners(d.operations.map((o) => o.company)) },
    },
    company: { kind: { values: (c) => [c.kind] }, jurisdiction: { values: (c) => c.jurisdictions.map((j) => j.country) } },
    resolution: { body: { values: (r) => [r.body] }, kind: { values: (r) => [r.kind] }, region: { values: (r) => inRegions(r.regions.map((l) => l.id)) } },
    statistic: { category: { values: (s) => [s.category] }, region: { values: (s) => inRegions([s.subject]) }, population: { values: (s) => [s.population] } },
    "heritage-site": { kind: { values: (h) => [h.kind] }, status: { values: (h) => h.statuses.map((s) => s.status) }, region: { values: (h) => inRegions([h.region]) } },
    event: {
      region: { values: (e) => inRegions(e.regions) },
      kind: { values: (e) => [e.kind] },
      from: { match: (e, from) => e.date !== undefined && comparePartialDates(e.endDate ?? e.date, from) >= 0 },
      to: { match: (e, to) => e.date !== undefined && comparePartialDates(e.date, to) <= 0 },
    },
    programme: {},
    source: { publisherType: { values: (s) => [s.publisherType] }, kind: { values: (s) => [s.kind] } },
  };

  const byResolutionDate = (a: Resolution, b: Resolution) => byDate(resolutionDate(a), resolutionDate(b)) || compareText(a.id, b.id);
  /** The order of each kind's lists. */
  const ORDER: { [K in EntityKind]: (records: EntityOf<K>[]) => EntityOf<K>[] } = {
    region: byName,
    deposit: byName,
    company: byName,
    resolution: (records) => records.sort(byResolutionDate),
    statistic: (records) =>
      records.sort(
        (a, b) =>
          compareText(regionName(a.subject), regionName(b.subject)) ||
          STATISTIC_CATEGORY.values.indexOf(a.category) - STATISTIC_CATEGORY.values.indexOf(b.category) ||
          compareText(a.id, b.id),
      ),
    "heritage-site": byName,
    event: (records) => records.sort((a, b) => byDate(a.date, b.date) || compareText(a.id, b.id)),
    programme: byName,
    source: (records) => sortByText(records, (s) => s.title),
  };

  const idsOf = (kind: EntityKind): readonly string[] => [...kindIndex(kind).keys()];

  function matcher<K extends EntityKind>(kind: K, key: string): Matcher<EntityOf<K>> {
    return (MATCHERS[kind] as Record<string, Matcher<EntityOf<K>>>)[key] as Matcher<EntityOf<K>>;
  }

  /**
   * The records of a kind that pass a filter, in the kind's order. The filter is checked against
   * the kind's specification (`FILTER_SPECS`): an unknown key, a value outside its vocabulary or
   * an id that is no record throws a `FilterError` naming the nearest valid value.
   */
  function query<K extends EntityKind>(kind: K, filter?: FilterOf<K>): EntityOf<K>[] {
    const checked = checkFilter(kind, filter, idsOf);
    // A filter with a default (the deposits' `scope`) applies it when not given.
    for (const spec of filterSpecs(kind)) if (spec.default !== undefined && !(spec.key in checked)) checked[spec.key] = spec.default;
    const given = Object.entries(checked);
    const records = list(kind).filter((record) =>
      given.every(([key, value]) => {
        const m = matcher(kind, key);
        return "match" in m ? m.match(record, value) : m.values(record).includes(value);
      }),
    );
    return ORDER[kind](records);
  }

  /** The values a record takes for each of its kind's facets (not the date ranges or the deposits' scope): `query` selects it for any of them. */
  function filterValues<K extends EntityKind>(kind: K, record: EntityOf<K>): Record<string, readonly string[]> {
    const out: Record<string, readonly string[]> = {};
    for (const spec of filterSpecs(kind)) {
      const m = matcher(kind, spec.key);
      if ("values" in m && spec.facet !== false) out[spec.key] = m.values(record);
    }
    return out;
  }

  /**
   * The facets of a list of records (all of a kind by default): each filter the kind takes but
   * the date ranges, with the values the records take — a vocabulary's in its order, records'
   * by title, countries by code.
   */
  function facets<K extends EntityKind>(kind: K, records: readonly EntityOf<K>[] = list(kind)): Facet[] {
    const out: Facet[] = [];
    for (const spec of filterSpecs(kind)) {
      const m = matcher(kind, spec.key);
      if (!("values" in m) || spec.facet === false) continue;
      const present = new Set(records.flatMap((r) => m.values(r)));
      const value = spec.value;
      let options: { value: string; label: string }[];
      if (value.type === "vocabulary") {
        const vocabulary = vocabularyOf(value.vocabulary);
        options = vocabulary.values.filter((v) => present.has(v)).map((v) => ({ value: v, label: vocabulary.labels?.[v] ?? v }));
      } else if (value.type === "record") {
        const target = value.kind;
        options = sortByText(
          [...present].map((id) => {
            const found = get(target, id);
            return { value: id, label: found ? title({ kind: target, record: found } as AnyRecord) : id };
          }),
          (o) => o.label,
        );
      } else if (value.type === "country") {
        options = [...present].sort().map((v) => ({ value: v, label: countryName(v) }));
      } else {
        options = [...present].sort().map((v) => ({ value: v, label: v }));
      }
      out.push({ key: spec.key, label: spec.label, options });
    }
    return out;
  }

  const regions = (filter?: RegionFilter): Region[] => query("region", filter);
  const companies = (filter?: CompanyFilter): Company[] => query("company", filter);
  const deposits = (filter?: DepositFilter): Deposit[] => query("deposit", filter);
  const statistics = (filter?: StatisticFilter): Statistic[] => query("statistic", filter);
  const events = (filter?: EventFilter): Event[] => query("event", filter);
  const resolutions = (filter?: ResolutionFilter): Resolution[] => query("resolution", filter);
  const heritageSites = (filter?: HeritageFilter): HeritageSite[] => query("heritage-site", filter);
  const sources = (filter?: SourceFilter): Source[] => query("source", filter);

  // ---- provenance ----------------------------------------------------------------------------

  // Built on first use: start-up of a script that never asks about sources stays cheap.
  let usesBySource: Map<string, SourceUse[]> | undefined;
  function citationIndex(): Map<string, SourceUse[]> {
    if (usesBySource) return usesBySource;
    const index = new Map<string, SourceUse[]>();
    for (const entry of byId().values()) {
      for (const list of citationListsIn(entry.record, fields[entry.kind])) {
        const at = formatFieldPath(list.path);
        list.citations.forEach((c, i) => {
          const uses = index.get(c.source) ?? [];
          const use: SourceUse = { kind: entry.kind, id: entry.record.id, title: title(entry), field: `${at}[${i}]`, locator: c.locator };
          if (c.excerpt !== undefined) use.excerpt = c.excerpt;
          if (c.summary !== undefined) use.summary = c.summary;
          uses.push(use);
          index.set(c.source, uses);
        });
      }
    }
    usesBySource = index;
    return index;
  }

  // Built on first use, like the citation index.
  let linksByTarget: Map<string, Backlink[]> | undefined;
  /** Every record that references a record, by any reference field of the registry, in the order of the kinds. */
  function backlinks(id: string): Backlink[] {
    if (!linksByTarget) {
      const index = new Map<string, Backlink[]>();
      for (const entry of byId().values()) {
        for (const ref of referencesIn(entry.record, fields[entry.kind])) {
          const links = index.get(ref.id) ?? [];
          links.push({ kind: entry.kind, id: entry.record.id, field: formatFieldPath(ref.path), relation: ref.ref.relation });
          index.set(ref.id, links);
        }
      }
      linksByTarget = index;
    }
    return linksByTarget.get(id) ?? [];
  }

  /** Every place in the dataset that cites the source. */
  function sourceUses(id: string): SourceUse[] {
    return citationIndex().get(id) ?? [];
  }

  /** The distinct records a source supports. */
  function sourceSupports(id: string): AnyRecord[] {
    const seen = new Set<string>();
    const out: AnyRecord[] = [];
    for (const use of sourceUses(id)) {
      const key = `${use.kind}:${use.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = kindIndex(use.kind).get(use.id);
      if (entry) out.push(entry);
    }
    return out;
  }

  // ---- search --------------------------------------------------------------------------------

  let searchDocumentList: readonly SearchDocument[] | undefined;
  /** What the search index holds, one document per record: the input of `createSearchIndex`. */
  function searchDocuments(): readonly SearchDocument[] {
    if (searchDocumentList) return searchDocumentList;
    const documents: SearchDocument[] = [];
    for (const entry of byId().values()) {
      const record = entry.record as Record<string, unknown>;
      // A statistic's title names its place ("… — Kalbajar District, Occupation of Kalbajar District"):
      // as a name it would outrank the places themselves, so it is searched as text only.
      // An event is searched by its title in every language it gives (`titles`), as a place by its names.
      const names = record.names
        ? Object.values(record.names as Record<string, string>)
        : entry.kind === "statistic"
          ? []
          : entry.kind === "event"
            ? [title(entry), ...TITLE_LANGUAGES.flatMap((lang) => entry.record.titles?.[lang] ?? [])]
            : [title(entry)];
      const aliases = ((record.aliases as { name: string }[] | undefined) ?? []).map((a) => a.name);
      const text: string[] = [];
      if (entry.kind === "resolution") text.push(entry.record.symbol ?? "", entry.record.number ?? "", entry.record.title);
      if (entry.kind === "source") text.push(entry.record.publisher, entry.record.symbol ?? "");
      if (entry.kind === "statistic") text.push(title(entry));
      // A district is also found, below its town, by the town's names: Russian names a district
      // by its adjective (Шушинский район), so "Шуша" would find the town alone.
      if (entry.kind === "region" && entry.record.adminCentre) {
        const centre = byId().get(entry.record.adminCentre);
        if (centre?.kind === "region") text.push(...Object.values(centre.record.names));
      }
      documents.push({
        key: `${entry.kind}:${entry.record.id}`,
        kind: entry.kind,
        id: entry.record.id,
        title: title(entry),
        names: names.join(" · "),
        aliases: aliases.join(" · "),
        text: text.filter(Boolean).join(" · "),
      });
    }
    searchDocumentList = documents;
    return documents;
  }

  let searchIndex: SearchIndex | undefined;
  function index(): SearchIndex {
    searchIndex ??= createSearchIndex(searchDocuments());
    return searchIndex;
  }

  function search(query: string, options?: SearchOptions): SearchHit[] {
    return index().search(query, options);
  }

  /** The nearest existing id, of a kind or of any kind, for "did you mean" messages. */
  function suggestId(id: string, kind?: EntityKind): string | undefined {
    const candidates = kind ? list(kind).map((r) => (r as { id: string }).id) : [...byId().keys()];
    return nearest(id, candidates);
  }

  /** Statistics about a country or an economic region (the whole area), those with the most observations first. */
  function headlineStatistics(limit = 8): Statistic[] {
    const all = statistics();
    const topLevel = all.filter((s) => {
      const subject = get("region", s.subject);
      return subject?.kind === "country" || subject?.kind === "economic-region";
    });
    const chosen = topLevel.length > 0 ? topLevel : all;
    return [...chosen].sort((a, b) => b.observations.length - a.observations.length || compareText(a.id, b.id)).slice(0, limit);
  }

  return {
    dataset,
    meta: dataset.meta,
    /** The field registry this atlas reads records with. */
    fields,
    get,
    /** Any record by id, whatever its kind. */
    find: (id: string): AnyRecord | undefined => byId().get(id),
    list,
    title,
    statisticTitle: statisticTitleOf,
    /** Statistics grouped by what may share a chart (`comparisonKey`): all of them, or those given. */
    comparisons: (list: readonly Statistic[] = statistics()): Comparison[] => comparisons(list, (id) => get("event", id)?.title),
    suggestId,
    region: (id: string) => get("region", id),
    deposit: (id: string) => get("deposit", id),
    company: (id: string) => get("company", id),
    resolution: (id: string) => get("resolution", id),
    statistic: (id: string) => get("statistic", id),
    heritageSite: (id: string) => get("heritage-site", id),
    event: (id: string) => get("event", id),
    programme: (id: string): Programme | undefined => get("programme", id),
    source: (id: string) => get("source", id),
    regions,
    regionChildren,
    regionAncestors,
    regionScope,
    regionDeposits: (id: string) => deposits({ region: id, scope: "all" }),
    regionStatistics: (id: string) => statistics({ region: id }),
    regionEvents: (id: string) => events({ region: id }),
    regionResolutions: (id: string) => resolutions({ region: id }),
    regionHeritageSites: (id: string) => heritageSites({ region: id }),
    companies,
    companyParents,
    companySubsidiaries,
    companyDeposits: (id: string) => deposits({ company: id, scope: "all" }),
    ownershipChainUp,
    ownershipStepsUp,
    ownershipTreeDown,
    deposits,
    depositCompanies,
    depositCountsByDistrict,
    statistics,
    events,
    resolutions,
    heritageSites,
    programmes: (filter?: FilterOf<"programme">): Programme[] => query("programme", filter),
    sources,
    sourceUses,
    sourceSupports,
    backlinks,
    headlineStatistics,
    query,
    /** A filter checked against the kind's specification, as `query` checks it: throws a `FilterError`. */
    checkFilter: <K extends EntityKind>(kind: K, filter: unknown): FilterOf<K> => checkFilter(kind, filter, idsOf) as FilterOf<K>,
    filterValues,
    facets,
    search,
    searchDocuments,
    searchSuggestions: (query: string, limit?: number) => index().suggest(query, limit),
  };
}

