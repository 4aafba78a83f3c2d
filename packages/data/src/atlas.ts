import {
  ENTITY_KIND_TABLE,
  FIELDS,
  STATISTIC_CATEGORY,
  POPULATION_GROUP,
  citationListsIn,
  compareText,
  comparePartialDates,
  figureDate,
  formatFieldPath,
  referencesIn,
  sortByText,
  partialDateSortKey,
  type Commodity,
  type Company,
  type CurrentStatus,
  type Dataset,
  type Deposit,
  type EntityKind,
  type EntityOf,
  type Event,
  type EventKind,
  type FieldRegistry,
  type Figure,
  type HeritageSite,
  type HeritageStatus,
  type Ownership,
  type PartialDate,
  type PopulationGroup,
  type Programme,
  type Region,
  type RegionKind,
  type Resolution,
  type Source,
  type Statistic,
  type StatisticCategory,
  type StatusClaim,
  type UnBody,
} from "@karabakh-atlas/domain/vocabulary";
import { createSearchIndex, type SearchDocument, type SearchHit, type SearchIndex, type SearchOptions } from "./search.js";
import { nearest } from "./suggest.js";

export type AnyRecord = { [K in EntityKind]: { kind: K; record: EntityOf<K> } }[EntityKind];

/** A place in the dataset that cites a source. */
export interface SourceUse {
  kind: EntityKind;
  id: string;
  title: string;
  /** Field path of the citation, e.g. `observations[0].citations[0]`. */
  field: string;
  locator: string;
  excerpt: string;
}

/** Which deposits a list covers: those in the territories the atlas is about (the default), the others, or all. */
export type DepositScope = "territories" | "elsewhere" | "all";
export const DEPOSIT_SCOPES: readonly DepositScope[] = ["territories", "elsewhere", "all"];

export interface DepositFilter {
  commodity?: Commodity;
  /** A district, economic region or country: deposits inside it. */
  region?: string;
  /** Deposits the company (or a subsidiary of it) worked, owned or licensed. */
  company?: string;
  /**
   * The latest status the sources give. A deposit whose sources disagree on the latest date is
   * found under each status they give, and under `disputed`.
   */
  status?: CurrentStatus;
  /** `territories` (default): deposits in the territories the atlas is about; `elsewhere`; `all`. */
  scope?: DepositScope;
}

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

export interface StatisticFilter {
  /** A region: statistics about it and the regions inside it. */
  region?: string;
  category?: StatisticCategory;
  population?: PopulationGroup;
}

export interface EventFilter {
  from?: PartialDate;
  to?: PartialDate;
  region?: string;
  kind?: EventKind;
}

export interface ResolutionFilter {
  region?: string;
  body?: UnBody;
}

export interface RegionFilter {
  kind?: RegionKind;
  parent?: string;
}

export interface HeritageFilter {
  region?: string;
  status?: HeritageStatus;
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

/** True when the deposit's current status is `status`, or `status` is one of disputed latest claims. */
export function hasCurrentStatus(deposit: Deposit, status: CurrentStatus): boolean {
  const current = currentStatus(deposit);
  if (current === status) return true;
  return current === "disputed" && currentStatusClaims(deposit).some((c) => c.status === status);
}

/** True when a deposit is in the scope a list asks for (`territories` by default). */
export function inDepositScope(deposit: Deposit, scope: DepositScope = "territories"): boolean {
  if (scope === "all") return true;
  return scope === "territories" ? deposit.inTerritories : !deposit.inTerritories;
}

/**
 * The query API over one validated dataset. `atlas` (the package's default export) is built
 * over the bundled records; call `createAtlas` for another dataset (a fork, a test fixture).
 */
export function createAtlas(dataset: Dataset, options: AtlasOptions = {}) {
  const fields = options.fields ?? FIELDS;
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

  function get<K extends EntityKind>(kind: K, id: string): EntityOf<K> | undefined {
    return kindIndex(kind).get(id)?.record as EntityOf<K> | undefined;
  }

  function list<K extends EntityKind>(kind: K): readonly EntityOf<K>[] {
    const dir = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir;
    return dir ? (dataset[dir] as unknown as EntityOf<K>[]) : [];
  }

  /** A record's display title: its English name, its own title, or for a statistic what it counts where. */
  function title(entry: AnyRecord): string {
    const own = fields[entry.kind].fields ?? {};
    const record = entry.record as unknown as Record<string, unknown>;
    if (own.names) return (record.names as { en: string }).en;
    if (own.title) return String(record.title);
    if (entry.kind === "statistic") {
      const s = entry.record;
      const population = s.population === "all" ? "" : `, ${POPULATION_GROUP.labels[s.population].toLowerCase()}`;
      return `${STATISTIC_CATEGORY.labels[s.category]}${population} — ${regionName(s.subject)}`;
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

  function regions(filter: RegionFilter = {}): Region[] {
    return byName(
      dataset.regions
        .filter((r) => (filter.kind ? r.kind === filter.kind : true))
        .filter((r) => (filter.parent ? r.parent === filter.parent : true)),
    );
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

  function companyGroup(id: string): Set<string> {
    const group = new Set<string>();
    const walk = (node: OwnershipNode | undefined) => {
      if (!node) return;
      group.add(node.company.id);
      node.children.forEach(walk);
    };
    walk(ownershipTreeDown(id));
    return group;
  }

  function companies(filter: { kind?: Company["kind"]; jurisdiction?: string } = {}): Company[] {
    return byName(
      dataset.companies
        .filter((c) => (filter.kind ? c.kind === filter.kind : true))
        .filter((c) => (filter.jurisdiction ? c.jurisdictions.some((j) => j.country === filter.jurisdiction) : true)),
    );
  }

  // ---- deposits ------------------------------------------------------------------------------

  function deposits(filter: DepositFilter = {}): Deposit[] {
    const scope = filter.region ? regionScope(filter.region) : undefined;
    const group = filter.company ? companyGroup(filter.company) : undefined;
    return byName(
      dataset.deposits
        .filter((d) => inDepositScope(d, filter.scope))
        .filter((d) => (filter.commodity ? d.commodities.includes(filter.commodity) : true))
        .filter((d) => (scope ? scope.has(d.region) : true))
        .filter((d) => (group ? d.operations.some((o) => group.has(o.company)) : true))
        .filter((d) => (filter.status ? hasCurrentStatus(d, filter.status) : true)),
    );
  }

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

  function statistics(filter: StatisticFilter = {}): Statistic[] {
    const scope = filter.region ? regionScope(filter.region) : undefined;
    return dataset.statistics
      .filter((s) => (scope ? scope.has(s.subject) : true))
      .filter((s) => (filter.category ? s.category === filter.category : true))
      .filter((s) => (filter.population ? s.population === filter.population : true))
      .sort(
        (a, b) =>
          compareText(regionName(a.subject), regionName(b.subject)) ||
          STATISTIC_CATEGORY.values.indexOf(a.category) - STATISTIC_CATEGORY.values.indexOf(b.category) ||
          compareText(a.id, b.id),
      );
  }

  function events(filter: EventFilter = {}): Event[] {
    const scope = filter.region ? regionScope(filter.region) : undefined;
    return dataset.events
      .filter((e) => (filter.kind ? e.kind === filter.kind : true))
      .filter((e) => (filter.from ? e.date !== undefined && comparePartialDates(e.endDate ?? e.date, filter.from) >= 0 : true))
      .filter((e) => (filter.to ? e.date !== undefined && comparePartialDates(e.date, filter.to) <= 0 : true))
      .filter((e) => (scope ? e.regions.some((r) => scope.has(r)) : true))
      .sort((a, b) => byDate(a.date, b.date) || compareText(a.id, b.id));
  }

  function resolutions(filter: ResolutionFilter = {}): Resolution[] {
    const scope = filter.region ? regionScope(filter.region) : undefined;
    return dataset.resolutions
      .filter((r) => (filter.body ? r.body === filter.body : true))
      .filter((r) => (scope ? r.regions.some((link) => scope.has(link.id)) : true))
      .sort((a, b) => byDate(resolutionDate(a), resolutionDate(b)) || compareText(a.id, b.id));
  }

  function heritageSites(filter: HeritageFilter = {}): HeritageSite[] {
    const scope = filter.region ? regionScope(filter.region) : undefined;
    return byName(
      dataset["heritage-sites"]
        .filter((h) => (scope ? scope.has(h.region) : true))
        .filter((h) => (filter.status ? h.statuses.some((s) => s.status === filter.status) : true)),
    );
  }

  function sources(filter: { publisherType?: Source["publisherType"]; kind?: Source["kind"] } = {}): Source[] {
    return sortByText(
      dataset.sources
        .filter((s) => (filter.publisherType ? s.publisherType === filter.publisherType : true))
        .filter((s) => (filter.kind ? s.kind === filter.kind : true)),
      (s) => s.title,
    );
  }

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
          uses.push({ kind: entry.kind, id: entry.record.id, title: title(entry), field: `${at}[${i}]`, locator: c.locator, excerpt: c.excerpt });
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
      const names = record.names ? Object.values(record.names as Record<string, string>) : [title(entry)];
      const aliases = ((record.aliases as { name: string }[] | undefined) ?? []).map((a) => a.name);
      const text: string[] = [];
      if (entry.kind === "resolution") text.push(entry.record.symbol ?? "", entry.record.number ?? "", entry.record.title);
      if (entry.kind === "source") text.push(entry.record.publisher, entry.record.symbol ?? "");
      if (entry.kind === "statistic") text.push(title(entry));
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
    programmes: (): Programme[] => byName(dataset.programmes),
    sources,
    sourceUses,
    sourceSupports,
    backlinks,
    headlineStatistics,
    search,
    searchDocuments,
    searchSuggestions: (query: string, limit?: number) => index().suggest(query, limit),
  };
}

export type Atlas = ReturnType<typeof createAtlas>;
