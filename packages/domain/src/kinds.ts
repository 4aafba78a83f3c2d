/**
 * The kinds of record, in the order they are listed everywhere, without their schemas (the main
 * entry's `ENTITY_KINDS` adds them). `dir` is the folder that holds one file per record and the
 * key of the kind in a dataset.
 */
export const ENTITY_KIND_TABLE = [
  { kind: "region", dir: "regions", label: "Region", plural: "Regions" },
  { kind: "deposit", dir: "deposits", label: "Deposit", plural: "Deposits" },
  { kind: "company", dir: "companies", label: "Company", plural: "Companies" },
  { kind: "resolution", dir: "resolutions", label: "UN document", plural: "UN documents" },
  { kind: "statistic", dir: "statistics", label: "Statistic", plural: "Statistics" },
  { kind: "heritage-site", dir: "heritage-sites", label: "Heritage site", plural: "Heritage sites" },
  { kind: "event", dir: "events", label: "Event", plural: "Timeline" },
  { kind: "programme", dir: "programmes", label: "Programme", plural: "Programmes" },
  { kind: "source", dir: "sources", label: "Source", plural: "Sources" },
] as const;

export type EntityKindRow = (typeof ENTITY_KIND_TABLE)[number];
export type EntityKind = EntityKindRow["kind"];
export type EntityDir = EntityKindRow["dir"];

export const ENTITY_KIND_VALUES = ENTITY_KIND_TABLE.map((k) => k.kind) as unknown as readonly [EntityKind, ...EntityKind[]];

/** The kind, folder, label and plural of a kind of record. */
export function entityKindRow(kind: EntityKind): EntityKindRow {
  const row = ENTITY_KIND_TABLE.find((k) => k.kind === kind);
  if (!row) throw new Error(`unknown entity kind '${kind}'`);
  return row;
}
