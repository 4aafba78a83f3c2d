import { z } from "zod";
import {
  CompanySchema,
  DepositSchema,
  EventSchema,
  HeritageSiteSchema,
  ProgrammeSchema,
  RegionSchema,
  ResolutionSchema,
  SourceSchema,
  StatisticSchema,
  type Company,
  type Deposit,
  type Event,
  type HeritageSite,
  type Programme,
  type Region,
  type Resolution,
  type Source,
  type Statistic,
} from "./entities.js";
import { PartialDateSchema } from "./primitives.js";
import { ENTITY_KIND_TABLE, type EntityKind } from "./kinds.js";

export { ENTITY_KIND_VALUES } from "./kinds.js";
export type { EntityDir, EntityKind } from "./kinds.js";

export const SCHEMAS = {
  region: RegionSchema,
  deposit: DepositSchema,
  company: CompanySchema,
  resolution: ResolutionSchema,
  statistic: StatisticSchema,
  "heritage-site": HeritageSiteSchema,
  event: EventSchema,
  programme: ProgrammeSchema,
  source: SourceSchema,
} as const satisfies Record<EntityKind, unknown>;

type WithSchemas<T extends readonly unknown[]> = {
  readonly [I in keyof T]: T[I] extends { kind: infer K extends EntityKind } ? T[I] & { readonly schema: (typeof SCHEMAS)[K] } : never;
};

/**
 * The kinds of record (`ENTITY_KIND_TABLE`: kind, folder, label, plural), each with its schema.
 * `dir` is the folder that holds one file per record and the key of the kind in a dataset.
 */
export const ENTITY_KINDS = ENTITY_KIND_TABLE.map((row) => ({ ...row, schema: SCHEMAS[row.kind] })) as unknown as WithSchemas<
  typeof ENTITY_KIND_TABLE
>;

export type EntityKindInfo = (typeof ENTITY_KINDS)[number];

export function entityKindInfo(kind: EntityKind): EntityKindInfo {
  const info = ENTITY_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown entity kind '${kind}'`);
  return info;
}

export function entityKindByDir(dir: string): EntityKindInfo | undefined {
  return ENTITY_KINDS.find((k) => k.dir === dir);
}

export const DatasetMetaSchema = z
  .object({
    name: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: "expected a semantic version such as 1.2.0" }),
    updated: PartialDateSchema.meta({ description: "Date of the last change to the records." }),
    licence: z.string().min(1),
    citation: z.string().min(1).meta({ description: "How to cite the dataset." }),
  })
  .strict()
  .meta({ title: "DatasetMeta", description: "Name, version and licence of the dataset." });

export const DatasetSchema = z
  .object({
    meta: DatasetMetaSchema,
    regions: z.array(RegionSchema),
    deposits: z.array(DepositSchema),
    companies: z.array(CompanySchema),
    resolutions: z.array(ResolutionSchema),
    statistics: z.array(StatisticSchema),
    "heritage-sites": z.array(HeritageSiteSchema),
    events: z.array(EventSchema),
    programmes: z.array(ProgrammeSchema),
    sources: z.array(SourceSchema),
  })
  .strict()
  .meta({ title: "Dataset", description: "Every record of the Karabakh Atlas, validated." });

// Interfaces, not aliases of `z.infer`: an editor shows `Region[]` and `Dataset` by name instead of
// expanding every field. Each extends what its schema infers, so a field that differs from the
// schema's fails to compile.
export interface DatasetMeta extends z.infer<typeof DatasetMetaSchema> {}
/** Every record of the atlas, by kind (folder name). */
export interface Dataset extends z.infer<typeof DatasetSchema> {
  meta: DatasetMeta;
  regions: Region[];
  deposits: Deposit[];
  companies: Company[];
  resolutions: Resolution[];
  statistics: Statistic[];
  "heritage-sites": HeritageSite[];
  events: Event[];
  programmes: Programme[];
  sources: Source[];
}
/**
 * A dataset that is only read: the type of the package's frozen `dataset` (`dataset.deposits.pop()`
 * does not compile, and throws at run time). A `Dataset` can be passed wherever one is asked for.
 */
export interface ReadonlyDataset {
  readonly meta: Readonly<DatasetMeta>;
  readonly regions: readonly Region[];
  readonly deposits: readonly Deposit[];
  readonly companies: readonly Company[];
  readonly resolutions: readonly Resolution[];
  readonly statistics: readonly Statistic[];
  readonly "heritage-sites": readonly HeritageSite[];
  readonly events: readonly Event[];
  readonly programmes: readonly Programme[];
  readonly sources: readonly Source[];
}
/** The record type of each kind. */
export interface EntityTypes {
  region: Region;
  deposit: Deposit;
  company: Company;
  resolution: Resolution;
  statistic: Statistic;
  "heritage-site": HeritageSite;
  event: Event;
  programme: Programme;
  source: Source;
}
export type EntityOf<K extends EntityKind> = EntityTypes[K];
export type AnyEntity = EntityOf<EntityKind>;
