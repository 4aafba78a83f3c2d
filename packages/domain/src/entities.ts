import { z } from "zod";
import {
  COMMODITY,
  COMPANY_KIND,
  COMPANY_METRIC,
  DEPOSIT_MILESTONE,
  DEPOSIT_STATUS,
  DOCUMENT_KIND,
  EVENT_KIND,
  HERITAGE_KIND,
  HERITAGE_STATUS,
  MINING_TYPE,
  OPERATION_ROLE,
  OWNERSHIP_RELATION,
  POPULATION_GROUP,
  PROGRAMME_KIND,
  PUBLISHER_TYPE,
  REGION_KIND,
  RESOURCE_CATEGORY,
  RETURN_MODE,
  SOURCE_KIND,
  SOURCE_RELIABILITY,
  STATISTIC_CATEGORY,
  STATISTIC_WAR,
  UN_BODY,
} from "./enums.js";
import {
  AliasSchema,
  CitationsSchema,
  ClaimSchema,
  DateClaimSchema,
  FigureSchema,
  IdSchema,
  LocationSchema,
  NamedFields,
  PartialDateSchema,
  PeriodSchema,
  SubsetInSchema,
  TitlesSchema,
  WebAddressSchema,
} from "./primitives.js";
import { FIELD_ANNOTATIONS, linkTo, reference } from "./fields.js";

const BCP47 = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: "expected a BCP 47 language tag such as 'en' or 'az-Latn'" });

// ---------------------------------------------------------------------------------------------
// Source

export const AgendaItemSchema = z
  .object({ number: z.string().min(1), title: z.string().min(1) })
  .strict()
  .meta({ description: "An agenda item under which a UN document is circulated." });

export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).meta({ description: "Title as published." }),
    titleNote: z
      .string()
      .optional()
      .meta({ description: "Caveat on the title, e.g. that it was supplied by the compiler because the page showed none." }),
    publisher: z
      .string()
      .min(1)
      .meta({ description: "Who published or circulated it (e.g. the United Nations, for a member state's letter it circulated)." }),
    publisherType: z.enum(PUBLISHER_TYPE.values),
    kind: z.enum(SOURCE_KIND.values),
    date: PartialDateSchema.optional().meta({ description: "Publication date, at the precision known." }),
    dateNote: z.string().optional().meta({ description: "Why the date is missing or approximate." }),
    url: WebAddressSchema.optional().meta({ description: "Web address of the document (http or https): the publisher's own where known." }),
    symbol: z.string().optional().meta({ description: "Document symbol, e.g. `A/72/841–S/2018/360`." }),
    language: BCP47.meta({ description: "Main language of the text used (BCP 47)." }),
    otherLanguages: z.array(BCP47).default([]).meta({ description: "Other languages present in the document." }),
    author: z
      .string()
      .optional()
      .meta({
        description:
          "Who says it: the person or body whose words the document carries (e.g. the Ministry of Foreign Affairs of Azerbaijan), shown wherever the atlas says what the source says. Absent when the publisher speaks for itself.",
      }),
    sender: z
      .string()
      .optional()
      .meta({ description: "Who signed or transmitted it when not its author (e.g. a Permanent Representative sending a ministry's statement)." }),
    addressee: z.string().optional().meta({ description: "Addressee of a letter." }),
    documentDate: PartialDateSchema.optional().meta({ description: "Date the document itself bears (e.g. a letter's date)." }),
    sessions: z.array(z.string()).default([]).meta({ description: "UN sessions or years under which it is circulated." }),
    agendaItems: z.array(AgendaItemSchema).default([]),
    seedFile: z
      .string()
      .optional()
      .meta({ description: "File name in the project's seed documents, when this source is one of them." }),
    description: z.string().optional().meta({ description: "Plain description of what the document is." }),
    alsoAt: z
      .array(WebAddressSchema)
      .default([])
      .meta({ description: "Other copies of the document (mirrors, reposts, translations); `url` is the publisher's own address where known." }),
    noAddressReason: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "Why the source has neither a web address nor a document symbol (required then)." }),
    compilerNote: z
      .string()
      .optional()
      .meta({ description: "The compiler's working note (e.g. which reference fact named the source); kept in the data and exports, not shown to readers." }),
    citedIn: reference("source").optional().meta({
      description:
        "Id of the source through which this one is known, when it was not consulted directly (e.g. a figure another article attributes to it).",
    }),
    reliability: z.enum(SOURCE_RELIABILITY.values).optional().meta({
      description:
        "What kind of copy the page is, when it is not the original: a mirror of an encyclopedia article (plain or machine-translated), a user-contributed page, or another outlet's article republished; `primary` for the body that made the statement itself.",
    }),
    mirrorOf: z.string().min(1).optional().meta({
      description: "The original the page copies, as named (e.g. `English Wikipedia, 'Zod gold mine'`), for mirrors and republications.",
    }),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (!source.url && !source.symbol && !source.noAddressReason) {
      ctx.addIssue({
        code: "custom",
        path: ["url"],
        message: "a source needs a `url` or a document `symbol`, or a `noAddressReason` saying why it has neither",
      });
    }
    if (source.addressee && !source.author) {
      ctx.addIssue({
        code: "custom",
        path: ["author"],
        message: "a letter (it has an `addressee`) needs its `author`: who says what it says, e.g. `Ministry of Foreign Affairs of Azerbaijan`",
      });
    }
    const copy = source.reliability && source.reliability !== "primary" && source.reliability !== "user-contributed";
    if (copy && !source.mirrorOf) {
      ctx.addIssue({
        code: "custom",
        path: ["mirrorOf"],
        message: `a source marked '${source.reliability}' needs \`mirrorOf\`: the original it copies (e.g. "English Wikipedia, 'Zod gold mine'")`,
      });
    }
    if (source.mirrorOf && (!source.reliability || source.reliability === "primary")) {
      ctx.addIssue({
        code: "custom",
        path: ["reliability"],
        message: "a source with `mirrorOf` is a copy: set `reliability` to encyclopedia-mirror, machine-translated-mirror or republished",
      });
    }
  })
  .meta({ title: "Source", description: "A document that records cite." });

// ---------------------------------------------------------------------------------------------
// Region

export const ControlPeriodSchema = z
  .object({
    occupiedOn: z.array(DateClaimSchema).default([]).meta({ description: "Date(s) of occupation, one per disagreeing source." }),
    returnedOn: z.array(DateClaimSchema).default([]).meta({ description: "Date(s) of return, one per disagreeing source." }),
    returnMode: z.enum(RETURN_MODE.values).optional(),
    returnModeCitations: CitationsSchema.optional(),
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "A period outside Azerbaijani control: occupied on, returned on and how." });

export const EconomicRegionLinkSchema = linkTo("region", { only: "economic-region", relation: "economic-region" }).extend({
  from: PartialDateSchema.optional(),
  to: PartialDateSchema.optional(),
})
  .strict()
  .meta({ description: "Membership of an economic region, with its period." });

export const BoundarySchema = z
  .object({
    dataset: reference("source", {
      description: "Id of the Source record of the boundary dataset (the vendored file in packages/data/geo/, e.g. `geoboundaries-aze-adm2`).",
      relation: "boundary-dataset",
    }),
    shapeId: z.string().min(1).meta({ description: "The polygon's id in that dataset (its `shapeID`); it must exist in the vendored file." }),
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "The region's polygon in a vendored boundary dataset. Its label point is computed from the polygon." });

export const BoundaryPartSchema = z
  .object({
    region: reference("region", { description: "Id of a present-day district (or city) that holds part or all of the former territory.", relation: "boundary-part" }),
    citations: CitationsSchema.optional().meta({ description: "Sources that describe this part; absent where none in the atlas does." }),
    note: z.string().optional().meta({ description: "Which part, as the sources describe it." }),
  })
  .strict()
  .meta({ description: "A present-day district that holds part of a region without its own polygon." });

export const NoBoundarySchema = z
  .object({
    reason: z.string().min(1).meta({ description: "Why the region has no polygon (e.g. abolished before the boundary dataset's division)." }),
    parts: z.array(BoundaryPartSchema).default([]).meta({ description: "Today's districts that hold its territory, with citations where sources describe them." }),
  })
  .strict()
  .meta({ description: "A stated reason why a region has no polygon, and how it relates to today's districts." });

export const RegionSchema = z
  .object({
    ...NamedFields,
    kind: z.enum(REGION_KIND.values),
    parent: reference("region").optional().meta({ description: "Id of the enclosing region." }),
    iso: z.string().regex(/^[A-Z]{2}$/).optional().meta({ description: "ISO 3166-1 alpha-2 code, for countries." }),
    centre: LocationSchema.optional().meta({
      description:
        "The point of a settlement (town, village, city). A district has none: its label point is computed from its `boundary`, and its town's point belongs to the town's record (`adminCentre`).",
    }),
    boundary: BoundarySchema.optional(),
    noBoundary: NoBoundarySchema.optional(),
    adminCentre: reference("region").optional().meta({ description: "Id of the settlement that is the administrative centre." }),
    area: z.array(FigureSchema).default([]).meta({ description: "Area figures, one per source where they disagree." }),
    population: z.array(FigureSchema).default([]).meta({ description: "Population figures with their dates." }),
    control: z.array(ControlPeriodSchema).default([]),
    economicRegions: z.array(EconomicRegionLinkSchema).default([]),
  })
  .strict()
  .superRefine((region, ctx) => {
    if (region.boundary && region.noBoundary) {
      ctx.addIssue({ code: "custom", path: ["noBoundary"], message: "a region has a `boundary` or a `noBoundary` reason, not both" });
    }
    if (region.kind === "district" && region.centre) {
      ctx.addIssue({
        code: "custom",
        path: ["centre"],
        message:
          "a district has no `centre`: its label point is computed from its `boundary`; put the town's coordinates on the town's record and link it with `adminCentre`",
      });
    }
  })
  .meta({ title: "Region", description: "A country, economic region, district, town or village." });

// ---------------------------------------------------------------------------------------------
// Deposit

export const DepositFigureSchema = FigureSchema.safeExtend({
  category: z.enum(RESOURCE_CATEGORY.values),
  commodity: z.enum(COMMODITY.values).optional(),
  label: z.string().optional().meta({ description: "What the figure measures, where category and commodity do not say." }),
}).meta({ description: "A resource, reserve, grade or production figure of a deposit." });

export const StatusClaimSchema = z
  .object({
    status: z.enum(DEPOSIT_STATUS.values),
    asOf: PartialDateSchema.optional(),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .register(FIELD_ANNOTATIONS, { shape: "status" });

export const RegionClaimSchema = z
  .object({
    region: reference("region", { description: "Id of the district (or other region) a source places the deposit in.", relation: "region-claim" }),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "Which district one or more sources place a deposit in, where sources disagree." });

export const MilestoneSchema = z
  .object({
    kind: z.enum(DEPOSIT_MILESTONE.values),
    date: PartialDateSchema.optional().meta({ description: "Date at the source's precision; absent when the source gives none." }),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "A dated step in a deposit's history (discovery, start of production, licence), as one source gives it." })
  .register(FIELD_ANNOTATIONS, { shape: "milestone" });

export const OperationSchema = z
  .object({
    company: reference("company", { description: "Id of the company.", relation: "operation", role: "role" }),
    role: z.enum(OPERATION_ROLE.values),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "Which company did what at a deposit, from when to when, as whose claim." });

export const DepositSchema = z
  .object({
    ...NamedFields,
    region: reference("region", { description: "Id of the district the deposit lies in (where sources disagree, one of `regionClaims`)." }),
    regionCitations: CitationsSchema.optional(),
    regionClaims: z.array(RegionClaimSchema).default([]).meta({
      description:
        "Every district the sources place the deposit in, each with its citations, where they disagree (e.g. Kalbajar, Aghdara or Agdam). `region` is one of them, chosen for filing; the others are kept, not dropped.",
    }),
    inTerritories: z.boolean().meta({
      description:
        "True when the deposit lies in the territories the atlas is about (the districts occupied in 1992–1994 and the former autonomous oblast); false for deposits elsewhere in Azerbaijan (e.g. AzerGold's Gedabek and Chovdar), kept for their companies' histories.",
    }),
    nearestSettlement: reference("region").optional().meta({ description: "Id of the nearest settlement." }),
    location: LocationSchema.optional(),
    commodities: z.array(z.enum(COMMODITY.values)).min(1),
    commodityCitations: CitationsSchema.optional(),
    depositType: z.string().optional().meta({ description: "Geological type as the source names it (e.g. `copper-gold`)." }),
    miningType: z.enum(MINING_TYPE.values).default("unknown"),
    status: z.array(StatusClaimSchema).default([]),
    figures: z.array(DepositFigureSchema).default([]),
    operations: z.array(OperationSchema).default([]),
    milestones: z.array(MilestoneSchema).default([]).meta({ description: "Discovery, start of production and other dated steps, one per source where they disagree." }),
    crossBorder: z.boolean().default(false).meta({ description: "True when the deposit extends across a state border." }),
  })
  .strict()
  .meta({ title: "Deposit", description: "A mineral deposit or mine." });

// ---------------------------------------------------------------------------------------------
// Company

export const OwnershipSchema = z
  .object({
    parent: reference("company", { description: "Id of the parent company.", relation: "ownership", role: "relation" }),
    relation: z.enum(OWNERSHIP_RELATION.values),
    share: FigureSchema.optional().meta({ description: "Share held, as a percent figure." }),
    from: PartialDateSchema.optional(),
    to: PartialDateSchema.optional(),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict()
  .meta({ description: "An ownership link to a parent company." });

export const JurisdictionClaimSchema = z
  .object({
    country: z.string().regex(/^[A-Z]{2}$/, { message: "expected an ISO 3166-1 alpha-2 code such as 'AM' or 'LI'" }),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict();

export const CompanyFigureSchema = FigureSchema.safeExtend({
  metric: z.enum(COMPANY_METRIC.values),
  label: z.string().optional(),
});

export const ListingSchema = z
  .object({ exchange: z.string().min(1), ticker: z.string().min(1), citations: CitationsSchema })
  .strict();

export const CompanySchema = z
  .object({
    ...NamedFields,
    kind: z.enum(COMPANY_KIND.values),
    legalForm: z.string().optional().meta({ description: "Legal form as named (CJSC, LLC, plc, …)." }),
    jurisdictions: z.array(JurisdictionClaimSchema).default([]).meta({ description: "Country of registration, per source." }),
    founded: z.array(DateClaimSchema).default([]),
    foundingAct: z.string().optional().meta({ description: "Act that created the company, e.g. a presidential decree." }),
    ownership: z.array(OwnershipSchema).default([]),
    listings: z.array(ListingSchema).default([]),
    figures: z.array(CompanyFigureSchema).default([]),
    website: WebAddressSchema.optional().meta({ description: "The company's website (http or https)." }),
  })
  .strict()
  .meta({ title: "Company", description: "A company that worked, owned or licensed a deposit." });

// ---------------------------------------------------------------------------------------------
// Resolution and other UN/OSCE documents

export const VoteSchema = z
  .object({
    inFavour: z.number().int().min(0),
    against: z.number().int().min(0),
    abstaining: z.number().int().min(0),
    absent: z.number().int().min(0).optional(),
    againstStates: z.array(z.string()).default([]).meta({ description: "States voting against, by name." }),
    citations: CitationsSchema,
    note: z.string().optional(),
  })
  .strict();

export const DemandSchema = z
  .object({
    text: z.string().min(1).meta({ description: "The demand, paraphrased plainly." }),
    citations: CitationsSchema,
  })
  .strict()
  .register(FIELD_ANNOTATIONS, { shape: "demand" });

export const ResolutionSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).meta({ description: "Plain title, e.g. `Security Council resolution 822 (1993)`." }),
    body: z.enum(UN_BODY.values),
    kind: z.enum(DOCUMENT_KIND.values),
    number: z.string().optional().meta({ description: "Number, e.g. `822` or `62/243`." }),
    symbol: z.string().optional().meta({ description: "Document symbol, e.g. `S/RES/822 (1993)`." }),
    adoptedOn: z.array(DateClaimSchema).default([]).meta({ description: "Adoption or issue date, per source." }),
    meeting: z.string().optional().meta({ description: "Meeting number." }),
    meetingCitations: CitationsSchema.optional(),
    votes: z.array(VoteSchema).default([]),
    regions: z.array(linkTo("region", { relation: "names-region" })).default([]).meta({ description: "Regions the document names." }),
    demands: z.array(DemandSchema).default([]),
    related: z.array(linkTo("resolution", { relation: "related" })).default([]).meta({ description: "Related documents (ids of other resolutions)." }),
    sourceDocument: reference("source").optional().meta({ description: "Id of the Source record that is this document's text." }),
    citations: CitationsSchema.meta({ description: "Citations for the document's existence and description." }),
    claims: z.array(ClaimSchema).default([]),
    aliases: z.array(AliasSchema).default([]),
  })
  .strict()
  .meta({ title: "Resolution", description: "A UN or OSCE document: resolution, presidential statement, letter or report." });

// ---------------------------------------------------------------------------------------------
// Statistic

export const StatisticSchema = z
  .object({
    id: IdSchema,
    subject: reference("region", { description: "Id of the region or country the statistic is about." }),
    category: z.enum(STATISTIC_CATEGORY.values),
    population: z.enum(POPULATION_GROUP.values).default("all"),
    subset: z
      .string()
      .min(1)
      .max(48)
      .optional()
      .meta({ description: "The part of the category counted, in a few words, when it is not all of it (e.g. `copper`, `anti-personnel`, `lost both parents`). Part of the title." }),
    subsetIn: SubsetInSchema.optional().meta({
      description: "The subset in Azerbaijani and Russian (`az`, `ru`), with the English subset's meaning and words; required of a statistic with a subset, which is part of its title.",
    }),
    war: z.enum(STATISTIC_WAR.values).optional().meta({ description: "The war the figure counts in, when the source says. Part of the title." }),
    period: PeriodSchema.optional().meta({ description: "The span the figures count over (e.g. since 10 November 2020). Part of the title." }),
    context: z.string().optional().meta({ description: "What the figure is counted in relation to (e.g. the 1993 occupation): the subtitle, with the source's scope." }),
    event: reference("event").optional().meta({ description: "Id of the event the statistic belongs to." }),
    observations: z.array(FigureSchema).min(1).meta({ description: "Figures, one per source and date." }),
  })
  .strict()
  .meta({ title: "Statistic", description: "A casualty or humanitarian figure for a region, with every source's value." });

// ---------------------------------------------------------------------------------------------
// Heritage site

export const HeritageStatusClaimSchema = z
  .object({
    status: z.enum(HERITAGE_STATUS.values),
    asOf: PartialDateSchema.optional(),
    citations: CitationsSchema,
  })
  .strict()
  .register(FIELD_ANNOTATIONS, { shape: "status" });

export const HeritageSiteSchema = z
  .object({
    ...NamedFields,
    kind: z.enum(HERITAGE_KIND.values),
    region: reference("region"),
    settlement: reference("region").optional(),
    location: LocationSchema.optional(),
    statuses: z.array(HeritageStatusClaimSchema).default([]),
  })
  .strict()
  .meta({ title: "HeritageSite", description: "A named monument, museum, castle, bridge, cloister or mosque." });

// ---------------------------------------------------------------------------------------------
// Programme

export const ProgrammeSchema = z
  .object({
    ...NamedFields,
    kind: z.enum(PROGRAMME_KIND.values),
    initiatedBy: z.string().optional(),
    adopted: z.array(DateClaimSchema).default([]),
    citations: CitationsSchema,
  })
  .strict()
  .meta({ title: "Programme", description: "A state programme or policy named in the sources." });

// ---------------------------------------------------------------------------------------------
// Event

export const LegalArticleSchema = z
  .object({
    code: z.string().min(1).meta({ description: "The code or law, e.g. `Criminal Code of the Republic of Azerbaijan`." }),
    article: z.string().min(1).meta({ description: "Article number, e.g. `192.2.3`." }),
    title: z.string().optional().meta({ description: "What the article covers, as the source names it." }),
    citations: CitationsSchema,
  })
  .strict();

export const ParticipantSchema = z
  .object({ name: z.string().min(1), role: z.string().optional() })
  .strict();

export const EventSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1).meta({ description: "Plain, factual title." }),
    titles: TitlesSchema.optional().meta({
      description: "The title in Azerbaijani and Russian (`az`, `ru`), with the English title's meaning and words; required for an event a statistic names, whose title is part of the statistic's.",
    }),
    kind: z.enum(EVENT_KIND.values),
    date: PartialDateSchema.optional().meta({ description: "Date at the source's precision." }),
    endDate: PartialDateSchema.optional(),
    dateNote: z.string().optional().meta({ description: "Why the date is missing or how it was read." }),
    regions: z.array(reference("region", { relation: "region" })).default([]),
    resolutions: z.array(reference("resolution", { relation: "resolution" })).default([]),
    companies: z.array(reference("company", { relation: "company" })).default([]),
    deposits: z.array(reference("deposit", { relation: "deposit" })).default([]),
    programmes: z.array(reference("programme", { relation: "programme" })).default([]),
    actors: z.array(z.string()).default([]).meta({ description: "Bodies and people who acted, as named." }),
    participants: z.array(ParticipantSchema).default([]),
    legalArticles: z.array(LegalArticleSchema).default([]),
    citations: CitationsSchema,
    claims: z.array(ClaimSchema).default([]),
  })
  .strict()
  .meta({ title: "Event", description: "A dated event for the timeline." });

export interface AgendaItem extends z.infer<typeof AgendaItemSchema> {}
export interface Source extends z.infer<typeof SourceSchema> {}
export interface ControlPeriod extends z.infer<typeof ControlPeriodSchema> {}
export interface EconomicRegionLink extends z.infer<typeof EconomicRegionLinkSchema> {}
export interface Region extends z.infer<typeof RegionSchema> {}
export interface Boundary extends z.infer<typeof BoundarySchema> {}
export interface BoundaryPart extends z.infer<typeof BoundaryPartSchema> {}
export interface NoBoundary extends z.infer<typeof NoBoundarySchema> {}
export interface DepositFigure extends z.infer<typeof DepositFigureSchema> {}
export interface StatusClaim extends z.infer<typeof StatusClaimSchema> {}
export interface Operation extends z.infer<typeof OperationSchema> {}
export interface RegionClaim extends z.infer<typeof RegionClaimSchema> {}
export interface Milestone extends z.infer<typeof MilestoneSchema> {}
export interface Deposit extends z.infer<typeof DepositSchema> {}
export interface Ownership extends z.infer<typeof OwnershipSchema> {}
export interface JurisdictionClaim extends z.infer<typeof JurisdictionClaimSchema> {}
export interface CompanyFigure extends z.infer<typeof CompanyFigureSchema> {}
export interface Listing extends z.infer<typeof ListingSchema> {}
export interface Company extends z.infer<typeof CompanySchema> {}
export interface Vote extends z.infer<typeof VoteSchema> {}
export interface Demand extends z.infer<typeof DemandSchema> {}
export interface Resolution extends z.infer<typeof ResolutionSchema> {}
export interface Statistic extends z.infer<typeof StatisticSchema> {}
export interface HeritageStatusClaim extends z.infer<typeof HeritageStatusClaimSchema> {}
export interface HeritageSite extends z.infer<typeof HeritageSiteSchema> {}
export interface Programme extends z.infer<typeof ProgrammeSchema> {}
export interface LegalArticle extends z.infer<typeof LegalArticleSchema> {}
export interface Participant extends z.infer<typeof ParticipantSchema> {}
export interface Event extends z.infer<typeof EventSchema> {}
