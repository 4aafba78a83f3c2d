/**
 * `@karabakh-atlas/domain/vocabulary`: everything of the domain that is not a schema — the
 * vocabularies with their labels, the kinds of record, ids and partial dates, formatting and
 * text folding — without loading zod. For code that reads validated records and must start fast
 * (the data package's query API, the CLI). Types are the same as the main entry's.
 */
export {
  ASSESSMENT,
  COMMODITY,
  COMMODITY_GROUP,
  COMMODITY_GROUP_OF,
  COMPANY_KIND,
  COMPANY_METRIC,
  CURRENT_STATUS,
  DEPOSIT_MILESTONE,
  DEPOSIT_STATUS,
  DOCUMENT_KIND,
  EVENT_KIND,
  HERITAGE_KIND,
  HERITAGE_STATUS,
  LOCATION_PRECISION,
  LOCATION_PRECISION_DESCRIPTION,
  MINING_TYPE,
  OPERATION_ROLE,
  OWNERSHIP_RELATION,
  POPULATION_GROUP,
  PROGRAMME_KIND,
  PUBLISHER_TYPE,
  QUALIFIER,
  REGION_KIND,
  RESOURCE_CATEGORY,
  RETURN_GROUP,
  RETURN_MODE,
  SOURCE_KIND,
  SOURCE_RELIABILITY,
  STATISTIC_CATEGORY,
  STATISTIC_THEME,
  STATISTIC_WAR,
  UN_BODY,
  UNIT,
  VOCABULARIES,
} from "./enums.js";
export type {
  Assessment,
  Commodity,
  CommodityGroup,
  CompanyKind,
  CompanyMetric,
  CurrentStatus,
  DepositMilestone,
  DepositStatus,
  DocumentKind,
  EventKind,
  HeritageKind,
  HeritageStatus,
  LabelMap,
  LocationPrecision,
  MiningType,
  OperationRole,
  OwnershipRelation,
  PopulationGroup,
  ProgrammeKind,
  PublisherType,
  Qualifier,
  RegionKind,
  ResourceCategory,
  ReturnGroup,
  ReturnMode,
  SourceKind,
  SourceReliability,
  StatisticCategory,
  StatisticTheme,
  StatisticWar,
  UnBody,
  Unit,
  Vocabulary,
  VocabularyName,
} from "./enums.js";

export { FIELDS } from "./generated/fields.js";
export {
  citationListsIn,
  fieldAt,
  fieldLabel,
  formatFieldPath,
  kebabCase,
  listFields,
  referencesIn,
  visitFields,
  vocabularyOf,
} from "./field-tree.js";
export type { CitationListAt, FieldNode, FieldPath, FieldReference, FieldRegistry, FieldShape, ReferenceAt } from "./field-tree.js";
export { ENTITY_KIND_TABLE, ENTITY_KIND_VALUES, entityKindRow } from "./kinds.js";
export type { EntityDir, EntityKind, EntityKindRow } from "./kinds.js";
export { ID_MAX_LENGTH, ID_PATTERN, ID_PATTERN_MESSAGE } from "./ids.js";
export { PARTIAL_DATE_MESSAGE, isPartialDate } from "./dates.js";

export {
  comparePartialDates,
  figureDate,
  figureSpan,
  formatCompetingFigures,
  formatDate,
  formatFigure,
  formatNumber,
  formatPeriod,
  formatUnit,
  titleInUnit,
  LABELLED_VOCABULARIES,
  labelOf,
  partialDateSortKey,
  sortFiguresByDate,
} from "./format.js";
export type { FormatFigureOptions, UnitStyle } from "./format.js";
export { ATLAS_TEXT_LANGUAGE, LANGUAGES, interpolate, isLang, pluralForm } from "./locale.js";
export type { Lang, Locale, PluralForm } from "./locale.js";
export { STATISTIC_THEME_OF, statisticAsOf, statisticTitle, statisticWhat, statisticWhen } from "./statistics.js";
export type { StatisticTitleFields, StatisticTitleNames } from "./statistics.js";
export { TITLE_LANGUAGES, subsetInLanguage, titleInLanguage } from "./titles.js";
export { CONTROL_CHARACTER, REPLACEMENT_CHARACTER, azerbaijaniToEnglish, compareText, foldText, plainText, slugify, sortByText, tokenize } from "./text.js";
export type { PlainTextOptions } from "./text.js";
export { distinctPlaceNames, shortPlaceName } from "./place-names.js";
export { SUMMARY_LABEL, citationWords, citationWordsKind, citedFieldLabel, countryName, formatCitationWords, languageName, sourceAuthor } from "./provenance.js";
export type { CitationWords } from "./provenance.js";
export { PARTISAN_TERMS, partisanTerm, unattributedTerm, unattributedTermMessage } from "./terminology.js";

// Types only: inferred from the schemas, erased at run time.
export type {
  Alias,
  Citation,
  Claim,
  DateClaim,
  Figure,
  FigureInput,
  Id,
  Link,
  Location,
  Names,
  PartialDate,
  Period,
  SubsetIn,
  Titles,
  WebAddress,
} from "./primitives.js";
export type {
  AgendaItem,
  Company,
  CompanyFigure,
  ControlPeriod,
  Demand,
  Deposit,
  DepositFigure,
  EconomicRegionLink,
  Event,
  HeritageSite,
  HeritageStatusClaim,
  JurisdictionClaim,
  LegalArticle,
  Listing,
  Milestone,
  Operation,
  Ownership,
  Participant,
  Programme,
  Region,
  RegionClaim,
  Boundary,
  BoundaryPart,
  NoBoundary,
  Resolution,
  Source,
  Statistic,
  StatusClaim,
  Vote,
} from "./entities.js";
export type { AnyEntity, Dataset, DatasetMeta, EntityOf, EntityTypes, ReadonlyDataset } from "./dataset.js";
