/**
 * A synthetic dataset N times the size of a real one: copy 0 is the real dataset unchanged;
 * copies 1…N−1 clone every record with a new id (`<id>-s<copy>`), names and titles with an
 * invented word appended (so that names stay unique within a kind), and every reference and
 * citation remapped to the same copy's records (a region's polygon stays with the original: a
 * copy gets a `noBoundary` reason instead, since no two regions may share a shape). The result passes the same integrity check as
 * the real dataset, so it exercises the query and search code the way a bigger atlas would.
 */
import { ENTITY_KINDS, type Dataset, type EntityKind, type ReadonlyDataset } from "@karabakh-atlas/domain";

type Json = Record<string, unknown>;

const SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ven", "dor", "sil", "bek", "nar", "zo", "gil", "pa", "hu", "sen", "tar"];

/** A made-up word for copy `n` (distinct for every n ≥ 1): `Lokami`, `Tudorsil`, … */
export function copyWord(n: number): string {
  let rest = n;
  let word = "";
  do {
    word += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  } while (rest > 0);
  word += SYLLABLES[(n * 7 + 3) % SYLLABLES.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function isCitationsField(key: string): boolean {
  return key === "citations" || key.endsWith("Citations");
}

/** Remaps `source` in every citation list under `value`, in place. */
function remapCitations(value: unknown, remap: (id: string) => string): void {
  if (Array.isArray(value)) {
    for (const item of value) remapCitations(item, remap);
    return;
  }
  if (!value || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value as Json)) {
    if (isCitationsField(key) && Array.isArray(child)) {
      for (const citation of child as Json[]) citation.source = remap(String(citation.source));
    } else {
      remapCitations(child, remap);
    }
  }
}

function remapField(record: Json, field: string, remap: (id: string) => string): void {
  if (typeof record[field] === "string") record[field] = remap(record[field]);
}

function remapList(record: Json, field: string, remap: (id: string) => string, key?: string): void {
  const list = record[field];
  if (!Array.isArray(list)) return;
  record[field] = list.map((item: unknown) => {
    if (key === undefined) return typeof item === "string" ? remap(item) : item;
    const object = item as Json;
    return { ...object, [key]: remap(String(object[key])) };
  });
}

/** The references of each kind of record, as the integrity check knows them. */
function remapReferences(kind: EntityKind, record: Json, remap: (id: string) => string): void {
  switch (kind) {
    case "region":
      remapField(record, "parent", remap);
      remapField(record, "adminCentre", remap);
      remapList(record, "economicRegions", remap, "id");
      if (record.noBoundary) remapList(record.noBoundary as Json, "parts", remap, "region");
      break;
    case "deposit":
      remapField(record, "region", remap);
      remapField(record, "nearestSettlement", remap);
      remapList(record, "regionClaims", remap, "region");
      remapList(record, "operations", remap, "company");
      break;
    case "company":
      remapList(record, "ownership", remap, "parent");
      break;
    case "resolution":
      remapList(record, "regions", remap, "id");
      remapList(record, "related", remap, "id");
      remapField(record, "sourceDocument", remap);
      break;
    case "statistic":
      remapField(record, "subject", remap);
      remapField(record, "event", remap);
      break;
    case "heritage-site":
      remapField(record, "region", remap);
      remapField(record, "settlement", remap);
      break;
    case "event":
      for (const field of ["regions", "resolutions", "companies", "deposits", "programmes"]) remapList(record, field, remap);
      break;
    case "source":
      remapField(record, "citedIn", remap);
      break;
    case "programme":
      break;
  }
}

function rename(record: Json, word: string): void {
  const names = record.names as Record<string, string> | undefined;
  if (names) for (const lang of Object.keys(names)) names[lang] = `${names[lang]} ${word}`;
  const aliases = record.aliases as { name: string }[] | undefined;
  if (aliases) for (const alias of aliases) alias.name = `${alias.name} ${word}`;
  if (typeof record.title === "string") record.title = `${record.title} ${word}`;
}

/** One copy of a record for copy number `n` (≥ 1). */
export function cloneRecord<T>(kind: EntityKind, record: T, n: number): T {
  const copy = structuredClone(record) as Json;
  const remap = (id: string) => `${id}-s${n}`;
  copy.id = remap(String(copy.id));
  remapReferences(kind, copy, remap);
  remapCitations(copy, remap);
  if (kind === "region" && copy.boundary) {
    // A polygon is the boundary of one region only, so a copy states why it has none instead.
    delete copy.boundary;
    copy.noBoundary = { reason: `Synthetic copy of '${String((record as Json).id)}': the polygon stays with the original.`, parts: [] };
  }
  rename(copy, copyWord(n));
  return copy as T;
}

/** The dataset `factor` times over: the real records plus `factor − 1` remapped copies. */
export function syntheticDataset(base: ReadonlyDataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number ≥ 1, got ${factor}`);
  const out = { meta: { ...base.meta, name: `${base.meta.name} (synthetic ×${factor})` } } as Record<string, unknown>;
  for (const { kind, dir } of ENTITY_KINDS) {
    const records = base[dir] as readonly unknown[];
    const all: unknown[] = [...records];
    for (let n = 1; n < factor; n++) for (const record of records) all.push(cloneRecord(kind, record, n));
    out[dir] = all;
  }
  return out as unknown as Dataset;
}

/** How many records a dataset holds, over every kind. */
export function recordCount(dataset: ReadonlyDataset): number {
  return ENTITY_KINDS.reduce((n, { dir }) => n + dataset[dir].length, 0);
}
