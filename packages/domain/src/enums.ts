/**
 * Every closed vocabulary of the atlas, each an `as const` tuple with its labels beside it.
 * Spelling (the slug stored in records) and display (the label) are decided here and only here.
 */

export type LabelMap<T extends readonly string[]> = { readonly [K in T[number]]: string };

function labelled<const T extends readonly string[]>(values: T, labels: LabelMap<T>) {
  return { values, labels } as const;
}

export const PUBLISHER_TYPE = labelled(
  ["government", "un", "intergovernmental", "ngo", "media", "company", "academic", "encyclopedia", "other"] as const,
  {
    government: "Government",
    un: "United Nations",
    intergovernmental: "Intergovernmental organisation",
    ngo: "Non-governmental organisation",
    media: "Media",
    company: "Company",
    academic: "Academic",
    encyclopedia: "Encyclopedia",
    other: "Other (individual, code repository)",
  },
);

export const SOURCE_KIND = labelled(
  [
    "un-document",
    "official-statement",
    "press-release",
    "news-article",
    "report",
    "dataset",
    "legal-text",
    "encyclopedia-article",
    "web-page",
  ] as const,
  {
    "un-document": "UN document",
    "official-statement": "Official statement",
    "press-release": "Press release",
    "news-article": "News article",
    report: "Report",
    dataset: "Dataset",
    "legal-text": "Legal text",
    "encyclopedia-article": "Encyclopedia article",
    "web-page": "Web page",
  },
);

export const QUALIFIER = labelled(
  ["exact", "about", "more-than", "at-least", "up-to", "less-than", "dozens", "hundreds", "thousands"] as const,
  {
    exact: "exactly",
    about: "about",
    "more-than": "more than",
    "at-least": "at least",
    "up-to": "up to",
    "less-than": "less than",
    dozens: "dozens",
    hundreds: "hundreds",
    thousands: "thousands",
  },
);

/** Units of a figure: `one` and `other` are the singular and plural display forms. */
export const UNIT = {
  values: [
    "person",
    "village",
    "settlement",
    "school",
    "library",
    "kindergarten",
    "hospital",
    "museum",
    "monument",
    "mass-grave",
    "deposit",
    "mine",
    "employee",
    "document",
    "country",
    "vote",
    "item",
    "percent",
    "km2",
    "ha",
    "km",
    "m",
    "tonne",
    "kilotonne",
    "megatonne",
    "kg",
    "troy-ounce",
    "g-per-tonne",
    "m3",
    "thousand-m3",
    "million-m3",
    "m3-per-day",
    "litre-per-day",
    "g-per-litre",
    "usd",
    "azn",
    "amd",
    "year",
  ] as const,
  labels: {
    person: { one: "person", other: "people", symbol: "" },
    village: { one: "village", other: "villages", symbol: "" },
    settlement: { one: "settlement", other: "settlements", symbol: "" },
    school: { one: "school", other: "schools", symbol: "" },
    library: { one: "library", other: "libraries", symbol: "" },
    kindergarten: { one: "kindergarten", other: "kindergartens", symbol: "" },
    hospital: { one: "hospital", other: "hospitals", symbol: "" },
    museum: { one: "museum", other: "museums", symbol: "" },
    monument: { one: "monument", other: "monuments", symbol: "" },
    "mass-grave": { one: "mass grave", other: "mass graves", symbol: "" },
    deposit: { one: "deposit", other: "deposits", symbol: "" },
    mine: { one: "mine", other: "mines", symbol: "" },
    employee: { one: "employee", other: "employees", symbol: "" },
    document: { one: "document", other: "documents", symbol: "" },
    country: { one: "country", other: "countries", symbol: "" },
    vote: { one: "vote", other: "votes", symbol: "" },
    item: { one: "item", other: "items", symbol: "" },
    percent: { one: "per cent", other: "per cent", symbol: "%" },
    km2: { one: "square kilometre", other: "square kilometres", symbol: "km²" },
    ha: { one: "hectare", other: "hectares", symbol: "ha" },
    km: { one: "kilometre", other: "kilometres", symbol: "km" },
    m: { one: "metre", other: "metres", symbol: "m" },
    tonne: { one: "tonne", other: "tonnes", symbol: "t" },
    kilotonne: { one: "thousand tonnes", other: "thousand tonnes", symbol: "kt" },
    megatonne: { one: "million tonnes", other: "million tonnes", symbol: "Mt" },
    kg: { one: "kilogram", other: "kilograms", symbol: "kg" },
    "troy-ounce": { one: "troy ounce", other: "troy ounces", symbol: "oz" },
    "g-per-tonne": { one: "gram per tonne", other: "grams per tonne", symbol: "g/t" },
    m3: { one: "cubic metre", other: "cubic metres", symbol: "m³" },
    "thousand-m3": { one: "thousand cubic metres", other: "thousand cubic metres", symbol: "thousand m³" },
    "million-m3": { one: "million cubic metres", other: "million cubic metres", symbol: "million m³" },
    "m3-per-day": { one: "cubic metre per day", other: "cubic metres per day", symbol: "m³/day" },
    "litre-per-day": { one: "litre per day", other: "litres per day", symbol: "l/day" },
    "g-per-litre": { one: "gram per litre", other: "grams per litre", symbol: "g/l" },
    usd: { one: "US dollar", other: "US dollars", symbol: "US$" },
    azn: { one: "manat", other: "manat", symbol: "AZN" },
    amd: { one: "dram", other: "drams", symbol: "AMD" },
    year: { one: "year", other: "years", symbol: "" },
  },
} as const;

export const REGION_KIND = labelled(
  ["country", "economic-region", "autonomous-oblast", "district", "city", "town", "village", "settlement", "area"] as const,
  {
    country: "Country",
    "economic-region": "Economic region",
    "autonomous-oblast": "Autonomous oblast",
    district: "District",
    city: "City",
    town: "Town",
    village: "Village",
    settlement: "Settlement",
    area: "Area",
  },
);

export const LOCATION_PRECISION = labelled(["exact", "approximate", "nearest-settlement", "district"] as const, {
  exact: "Exact",
  approximate: "Approximate",
  "nearest-settlement": "Nearest settlement",
  district: "District",
});

/** What each location precision means, for schemas, exports and legends. */
export const LOCATION_PRECISION_DESCRIPTION: LabelMap<typeof LOCATION_PRECISION.values> = {
  exact: "The point is the place itself, as its source gives it.",
  approximate: "The point is near the place; its source gives it roughly.",
  "nearest-settlement": "The point is the nearest settlement's, not the place's own.",
  district: "Only the district is known: the point stands for the district and the place is drawn as its district.",
};

export const RETURN_MODE = labelled(["military-operation", "trilateral-statement", "operation-2023", "other"] as const, {
  "military-operation": "Retaken in fighting",
  "trilateral-statement": "Returned under the statement of 10 November 2020",
  "operation-2023": "Under Azerbaijani control after the military operation and ceasefire of 19–20 September 2023",
  other: "Other",
});

/**
 * When a district came back under Azerbaijani control, in the three groups the atlas's maps
 * shade (derived from a region's control periods, never stored), and `none` for a region with no
 * return on record.
 */
export const RETURN_GROUP = labelled(["2020-statement", "2020-war", "2023", "other", "none"] as const, {
  "2020-statement": "Returned in 2020 under the statement of 10 November",
  "2020-war": "Retaken in the 2020 war",
  "2023": "Returned in 2023",
  other: "Returned at another time, or sources disagree on the year",
  none: "No return on record",
});

export const COMMODITY = labelled(
  [
    "gold",
    "silver",
    "copper",
    "molybdenum",
    "mercury",
    "zinc",
    "lead",
    "iron",
    "chromite",
    "cobalt",
    "antimony",
    "tungsten",
    "perlite",
    "marble",
    "limestone",
    "building-stone",
    "mineral-water",
    "non-ferrous-metals",
    "nickel",
    "coal",
    "chromium",
    "tuff",
    "clay",
    "sand",
    "sand-gravel",
    "pumice",
    "gypsum",
    "volcanic-ash",
    "obsidian",
    "listvenite",
    "nephroid",
    "onyx",
    "jasper",
    "chalcedony",
    "agate",
    "gabbro",
    "facing-stone",
    "sawn-stone",
    "cement-raw-material",
    "unspecified",
  ] as const,
  {
    gold: "Gold",
    silver: "Silver",
    copper: "Copper",
    molybdenum: "Molybdenum",
    mercury: "Mercury",
    zinc: "Zinc",
    lead: "Lead",
    iron: "Iron",
    chromite: "Chromite",
    cobalt: "Cobalt",
    antimony: "Antimony",
    tungsten: "Tungsten",
    perlite: "Perlite",
    marble: "Marble",
    limestone: "Limestone",
    "building-stone": "Building stone",
    "mineral-water": "Mineral water",
    "non-ferrous-metals": "Non-ferrous metals (unspecified)",
    nickel: "Nickel",
    coal: "Coal",
    chromium: "Chromium",
    tuff: "Tuff",
    clay: "Clay",
    sand: "Building sand",
    "sand-gravel": "Sand and gravel",
    pumice: "Pumice",
    gypsum: "Gypsum",
    "volcanic-ash": "Volcanic ash",
    obsidian: "Obsidian",
    listvenite: "Listvenite",
    nephroid: "Nephroid (as the source names it)",
    onyx: "Onyx marble",
    jasper: "Jasper",
    chalcedony: "Chalcedony",
    agate: "Agate",
    gabbro: "Gabbro",
    "facing-stone": "Facing stone",
    "sawn-stone": "Sawn stone",
    "cement-raw-material": "Cement raw material",
    unspecified: "Ore (commodity not stated by the source)",
  },
);

/** Groups of commodities, one map symbol each. */
export const COMMODITY_GROUP = labelled(["precious", "base", "ferrous", "industrial", "water", "other"] as const, {
  precious: "Precious metals",
  base: "Base and other non-ferrous metals",
  ferrous: "Ferrous and alloy metals",
  industrial: "Industrial minerals, stone and coal",
  water: "Mineral water",
  other: "Unspecified",
});

/** The group each commodity is drawn in. */
export const COMMODITY_GROUP_OF: { readonly [K in (typeof COMMODITY.values)[number]]: (typeof COMMODITY_GROUP.values)[number] } = {
  gold: "precious",
  silver: "precious",
  copper: "base",
  molybdenum: "base",
  mercury: "base",
  zinc: "base",
  lead: "base",
  antimony: "base",
  "non-ferrous-metals": "base",
  iron: "ferrous",
  chromite: "ferrous",
  cobalt: "ferrous",
  tungsten: "ferrous",
  nickel: "ferrous",
  chromium: "ferrous",
  perlite: "industrial",
  coal: "industrial",
  tuff: "industrial",
  clay: "industrial",
  sand: "industrial",
  "sand-gravel": "industrial",
  pumice: "industrial",
  gypsum: "industrial",
  "volcanic-ash": "industrial",
  obsidian: "industrial",
  listvenite: "industrial",
  nephroid: "industrial",
  onyx: "industrial",
  jasper: "industrial",
  chalcedony: "industrial",
  agate: "industrial",
  gabbro: "industrial",
  "facing-stone": "industrial",
  "sawn-stone": "industrial",
  "cement-raw-material": "industrial",
  marble: "industrial",
  limestone: "industrial",
  "building-stone": "industrial",
  "mineral-water": "water",
  unspecified: "other",
};

export const MINING_TYPE = labelled(["underground", "open-pit", "underground-and-open-pit", "placer", "unknown"] as const, {
  underground: "Underground",
  "open-pit": "Open pit",
  "underground-and-open-pit": "Underground and open pit",
  placer: "Placer",
  unknown: "Unknown",
});

export const DEPOSIT_STATUS = labelled(
  ["undeveloped", "exploration", "development", "mining", "suspended", "depleted", "unknown"] as const,
  {
    undeveloped: "Undeveloped",
    exploration: "Exploration",
    development: "Development",
    mining: "Mining",
    suspended: "Suspended",
    depleted: "Depleted",
    unknown: "Unknown",
  },
);

/**
 * What `currentStatus` answers: a status a source gives, or `disputed` when sources give
 * different statuses for the same latest date (never a status of a record itself).
 */
export const CURRENT_STATUS = labelled([...DEPOSIT_STATUS.values, "disputed"] as const, {
  ...DEPOSIT_STATUS.labels,
  disputed: "Disputed (different statuses for the same date)",
});

export const DEPOSIT_MILESTONE = labelled(
  [
    "discovered",
    "explored",
    "reserves-calculated",
    "production-started",
    "plant-built",
    "plant-opened",
    "production-halted",
    "licence-granted",
    "contract-signed",
    "prospecting-started",
    "control-changed",
  ] as const,
  {
    discovered: "Discovered",
    explored: "Explored",
    "reserves-calculated": "Reserves calculated",
    "production-started": "Production started",
    "plant-built": "Plant built",
    "plant-opened": "Plant opened",
    "production-halted": "Production halted",
    "licence-granted": "Licence granted",
    "contract-signed": "Contract signed",
    "prospecting-started": "Prospecting started",
    "control-changed": "Came under another side's control",
  },
);

/** How a source relates to the original text it carries, when it is not the original. */
export const SOURCE_RELIABILITY = labelled(
  ["primary", "encyclopedia-mirror", "machine-translated-mirror", "user-contributed", "republished"] as const,
  {
    primary: "Primary source (the body that made the statement or holds the document)",
    "encyclopedia-mirror": "Copy of an encyclopedia article on another site",
    "machine-translated-mirror": "Machine translation of an encyclopedia article on another site",
    "user-contributed": "User-contributed page (anyone may edit it)",
    republished: "Republication of another outlet's article",
  },
);

export const RESOURCE_CATEGORY = labelled(
  ["reserve", "resource", "ore", "grade", "production", "share-across-border", "area"] as const,
  {
    reserve: "Reserve",
    resource: "Resource",
    ore: "Ore",
    grade: "Grade",
    production: "Production",
    "share-across-border": "Share across the border",
    area: "Area",
  },
);

export const OPERATION_ROLE = labelled(["operator", "owner", "licensee", "explorer", "contractor", "buyer"] as const, {
  operator: "Operator",
  owner: "Owner",
  licensee: "Licensee",
  explorer: "Explorer",
  contractor: "Contractor",
  buyer: "Buyer",
});

export const COMPANY_KIND = labelled(["state-owned", "private", "listed"] as const, {
  "state-owned": "State-owned",
  private: "Private",
  listed: "Listed",
});

export const OWNERSHIP_RELATION = labelled(["wholly-owned-subsidiary", "subsidiary", "shareholder", "affiliate"] as const, {
  "wholly-owned-subsidiary": "Wholly owned subsidiary",
  subsidiary: "Subsidiary",
  shareholder: "Shareholder",
  affiliate: "Affiliate",
});

export const COMPANY_METRIC = labelled(
  ["employees", "employees-from-regions-share", "revenue", "production", "other"] as const,
  {
    employees: "Employees",
    "employees-from-regions-share": "Employees from the regions",
    revenue: "Revenue",
    production: "Production",
    other: "Other",
  },
);

export const UN_BODY = labelled(
  [
    "security-council",
    "security-council-president",
    "general-assembly",
    "secretary-general",
    "member-state",
    "csce-minsk-conference",
    "osce",
  ] as const,
  {
    "security-council": "UN Security Council",
    "security-council-president": "President of the UN Security Council",
    "general-assembly": "UN General Assembly",
    "secretary-general": "UN Secretary-General",
    "member-state": "Member state",
    "csce-minsk-conference": "CSCE Minsk Conference",
    osce: "OSCE",
  },
);

export const DOCUMENT_KIND = labelled(["resolution", "presidential-statement", "letter", "report", "statement"] as const, {
  resolution: "Resolution",
  "presidential-statement": "Presidential statement",
  letter: "Letter",
  report: "Report",
  statement: "Statement",
});

export const STATISTIC_CATEGORY = labelled(
  [
    "killed",
    "wounded",
    "missing",
    "hostage-or-missing",
    "hostages",
    "expelled",
    "displaced",
    "idps",
    "refugees",
    "mass-graves-found",
    "remains-identified",
    "missing-identified",
    "mine-victims",
    "mine-victims-killed",
    "mine-victims-injured",
    "mines-cleared",
    "area-contaminated",
    "area-cleared",
    "villages-destroyed",
    "schools-destroyed",
    "libraries-destroyed",
    "kindergartens-destroyed",
    "kindergartens-and-hospitals-destroyed",
    "hospitals-destroyed",
    "museums-destroyed",
    "monuments-destroyed",
    "deposits-counted",
    "ore-deposits-counted",
    "mineral-water-deposits-counted",
    "non-metallic-deposits-counted",
    "deposits-returned",
    "deposits-monitored",
    "gold-reserves",
    "silver-reserves",
    "copper-reserves",
    "population",
    "area-occupied",
    "disabled",
    "children-lost-parents",
    "remains-found",
    "mines-estimated",
    "killed-or-missing",
  ] as const,
  {
    killed: "Killed",
    wounded: "Wounded",
    missing: "Missing",
    "hostage-or-missing": "Taken hostage or missing",
    hostages: "Taken hostage",
    expelled: "Expelled",
    displaced: "Displaced",
    idps: "Internally displaced persons",
    refugees: "Refugees",
    "mass-graves-found": "Mass graves found",
    "remains-identified": "Remains identified",
    "missing-identified": "Missing persons identified",
    "mine-victims": "Mine victims",
    "mine-victims-killed": "Mine victims killed",
    "mine-victims-injured": "Mine victims injured",
    "mines-cleared": "Mines and ordnance cleared",
    "area-contaminated": "Area contaminated by mines",
    "area-cleared": "Area cleared of mines",
    "villages-destroyed": "Villages destroyed",
    "schools-destroyed": "Schools destroyed",
    "libraries-destroyed": "Libraries destroyed",
    "kindergartens-destroyed": "Kindergartens destroyed",
    "kindergartens-and-hospitals-destroyed": "Kindergartens and hospitals destroyed",
    "hospitals-destroyed": "Hospitals destroyed",
    "museums-destroyed": "Museums destroyed",
    "monuments-destroyed": "Monuments destroyed",
    "deposits-counted": "Deposits counted",
    "ore-deposits-counted": "Ore deposits counted",
    "mineral-water-deposits-counted": "Mineral and thermal water deposits counted",
    "non-metallic-deposits-counted": "Non-metallic and building-material deposits counted",
    "deposits-returned": "Deposits returned to Azerbaijani control",
    "deposits-monitored": "Deposits monitored",
    "gold-reserves": "Gold reserves",
    "silver-reserves": "Silver reserves",
    "copper-reserves": "Copper reserves",
    population: "Population",
    "area-occupied": "Area occupied",
    disabled: "Disabled",
    "children-lost-parents": "Children who lost a parent",
    "remains-found": "Remains found",
    "mines-estimated": "Mines and ordnance estimated in the ground",
    "killed-or-missing": "Killed or missing",
  },
);

export const POPULATION_GROUP = labelled(["all", "civilians", "military", "residents", "children", "women", "elderly"] as const, {
  all: "All",
  civilians: "Civilians",
  military: "Military",
  residents: "Residents",
  children: "Children",
  women: "Women",
  elderly: "Elderly people",
});

/** Which war a statistic counts in: part of its title, since the same category and place recur across wars. */
export const STATISTIC_WAR = labelled(["first-karabakh-war", "second-karabakh-war", "both-wars", "conflict"] as const, {
  "first-karabakh-war": "First Karabakh War",
  "second-karabakh-war": "2020 war",
  "both-wars": "First Karabakh War and 2020 war",
  conflict: "the conflict as a whole",
});

/** The themes /statistics groups its charts by; every category belongs to one. */
export const STATISTIC_THEME = labelled(["war-dead", "missing", "displaced", "mines", "destruction", "deposits", "other"] as const, {
  "war-dead": "War dead and wounded",
  missing: "Missing, hostages and the identified",
  displaced: "Displaced and expelled",
  mines: "Mines",
  destruction: "Destruction",
  deposits: "Deposits and reserves",
  other: "Land and population",
});

export const HERITAGE_KIND = labelled(
  [
    "museum",
    "castle",
    "bridge",
    "cloister",
    "church",
    "mosque",
    "cemetery",
    "monument",
    "cultural-centre",
    "sanatorium",
    "mausoleum",
    "other",
  ] as const,
  {
    museum: "Museum",
    castle: "Castle",
    bridge: "Bridge",
    cloister: "Cloister",
    church: "Church",
    mosque: "Mosque",
    cemetery: "Cemetery",
    monument: "Monument",
    "cultural-centre": "Cultural centre",
    sanatorium: "Sanatorium",
    mausoleum: "Mausoleum",
    other: "Other",
  },
);

export const HERITAGE_STATUS = labelled(["destroyed", "damaged", "altered", "looted", "restored", "intact"] as const, {
  destroyed: "Destroyed",
  damaged: "Damaged",
  altered: "Altered",
  looted: "Looted",
  restored: "Restored",
  intact: "Intact",
});

export const EVENT_KIND = labelled(
  [
    "occupation",
    "return",
    "escalation",
    "war",
    "massacre",
    "military-operation",
    "ceasefire",
    "explosion",
    "blockade",
    "displacement",
    "decree",
    "detention",
    "trial",
    "court-order",
    "flag-raising",
    "mission",
    "resolution-adopted",
    "statement",
    "letter",
    "report",
    "investigation-opened",
    "conference",
    "programme",
    "mining",
    "other",
  ] as const,
  {
    occupation: "Occupation",
    return: "Return",
    escalation: "Escalation",
    war: "War",
    massacre: "Massacre",
    "military-operation": "Military operation",
    ceasefire: "Ceasefire",
    explosion: "Explosion",
    blockade: "Blockade",
    displacement: "Displacement of population",
    decree: "Decree",
    detention: "Detention",
    trial: "Trial",
    "court-order": "Court order",
    "flag-raising": "Flag raising",
    mission: "Mission",
    "resolution-adopted": "Resolution adopted",
    statement: "Statement",
    letter: "Letter",
    report: "Report",
    "investigation-opened": "Investigation opened",
    conference: "Conference",
    programme: "Programme",
    mining: "Mining",
    other: "Other",
  },
);

export const PROGRAMME_KIND = labelled(["state-programme", "national-priorities", "concept", "other"] as const, {
  "state-programme": "State programme",
  "national-priorities": "National priorities",
  concept: "Concept",
  other: "Other",
});

export const ASSESSMENT = labelled(["accepted", "disputed", "erroneous", "superseded"] as const, {
  accepted: "Accepted",
  disputed: "Disputed",
  erroneous: "Erroneous",
  superseded: "Superseded",
});

export type PublisherType = (typeof PUBLISHER_TYPE.values)[number];
export type SourceKind = (typeof SOURCE_KIND.values)[number];
export type Qualifier = (typeof QUALIFIER.values)[number];
export type Unit = (typeof UNIT.values)[number];
export type RegionKind = (typeof REGION_KIND.values)[number];
export type LocationPrecision = (typeof LOCATION_PRECISION.values)[number];
export type ReturnMode = (typeof RETURN_MODE.values)[number];
export type ReturnGroup = (typeof RETURN_GROUP.values)[number];
export type CommodityGroup = (typeof COMMODITY_GROUP.values)[number];
export type Commodity = (typeof COMMODITY.values)[number];
export type MiningType = (typeof MINING_TYPE.values)[number];
export type DepositStatus = (typeof DEPOSIT_STATUS.values)[number];
export type CurrentStatus = (typeof CURRENT_STATUS.values)[number];
export type DepositMilestone = (typeof DEPOSIT_MILESTONE.values)[number];
export type SourceReliability = (typeof SOURCE_RELIABILITY.values)[number];
export type ResourceCategory = (typeof RESOURCE_CATEGORY.values)[number];
export type OperationRole = (typeof OPERATION_ROLE.values)[number];
export type CompanyKind = (typeof COMPANY_KIND.values)[number];
export type OwnershipRelation = (typeof OWNERSHIP_RELATION.values)[number];
export type CompanyMetric = (typeof COMPANY_METRIC.values)[number];
export type UnBody = (typeof UN_BODY.values)[number];
export type DocumentKind = (typeof DOCUMENT_KIND.values)[number];
export type StatisticCategory = (typeof STATISTIC_CATEGORY.values)[number];
export type PopulationGroup = (typeof POPULATION_GROUP.values)[number];
export type StatisticWar = (typeof STATISTIC_WAR.values)[number];
export type StatisticTheme = (typeof STATISTIC_THEME.values)[number];
export type HeritageKind = (typeof HERITAGE_KIND.values)[number];
export type HeritageStatus = (typeof HERITAGE_STATUS.values)[number];
export type EventKind = (typeof EVENT_KIND.values)[number];
export type ProgrammeKind = (typeof PROGRAMME_KIND.values)[number];
export type Assessment = (typeof ASSESSMENT.values)[number];

/**
 * Every vocabulary by name: the field registry (`fields.ts`) names the vocabulary of each enum
 * field, and consumers look its values and labels up here. A schema's enum whose values match no
 * vocabulary here is an error when the registry is derived.
 */
export const VOCABULARIES = {
  PUBLISHER_TYPE,
  SOURCE_KIND,
  QUALIFIER,
  UNIT,
  REGION_KIND,
  LOCATION_PRECISION,
  RETURN_MODE,
  COMMODITY,
  MINING_TYPE,
  DEPOSIT_STATUS,
  CURRENT_STATUS,
  DEPOSIT_MILESTONE,
  SOURCE_RELIABILITY,
  RESOURCE_CATEGORY,
  OPERATION_ROLE,
  COMPANY_KIND,
  OWNERSHIP_RELATION,
  COMPANY_METRIC,
  UN_BODY,
  DOCUMENT_KIND,
  STATISTIC_CATEGORY,
  POPULATION_GROUP,
  STATISTIC_WAR,
  STATISTIC_THEME,
  HERITAGE_KIND,
  HERITAGE_STATUS,
  EVENT_KIND,
  PROGRAMME_KIND,
  ASSESSMENT,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
/** A vocabulary's values, and their display labels where it has them (units have forms instead). */
export interface Vocabulary {
  readonly values: readonly string[];
  readonly labels?: Readonly<Record<string, string>>;
}
