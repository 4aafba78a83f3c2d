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
} from "./entities.js";
import { PartialDateSchema } from "./primitives.js";

/**
 * The kinds of record, in the order they are listed everywhere. `dir` is the folder that holds
 * one file per record and the key of the kind in a dataset; `path` is its URL segment.
 */
export const ENTITY_KINDS = [
  { kind: "region", dir: "regions", label: "Region", plural: "Regions", schema: RegionSchema },
  { kind: "deposit", dir: "deposits", label: "Deposit", plural: "Deposits", schema: DepositSchema },
  { kind: "company", dir: "companies", label: "Company", plural: "Companies", schema: CompanySchema },
  { kind: "resolution", dir: "resolutions", label: "UN document", plural: "UN documents", schema: ResolutionSchema },
  { kind: "statistic", dir: "statistics", label: "Statistic", plural: "Statistics", schema: StatisticSchema },
  { kind: "heritage-site", dir: "heritage-sites", label: "Heritage site", plural: "Heritage sites", schema: HeritageSiteSchema },
  { kind: "event", dir: "events", label: "Event", plural: "Timeline", schema: EventSchema },
  { kind: "programme", dir: "programmes", label: "Programme", plural: "Programmes", schema: ProgrammeSchema },
  { kind: "source", dir: "sources", label: "Source", plural: "Sources", schema: SourceSchema },
] as const;

export type EntityKindInfo = (typeof ENTITY_KINDS)[number];
export type EntityKind = EntityKindInfo["kind"];
export type EntityDir = EntityKindInfo["dir"];

export const ENTITY_KIND_VALUES = ENTITY_KINDS.map((k) => k.kind) as unknown as readonly [EntityKind, ...EntityKind[]];

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

export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
export type EntityOf<K extends EntityKind> = z.infer<Extract<EntityKindInfo, { kind: K }>["schema"]>;
export type AnyEntity = EntityOf<EntityKind>;
