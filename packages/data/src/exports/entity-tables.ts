/**
 * One CSV table per kind of record, named after its folder (`regions`, `deposits`, …): a row per
 * record, its own fields as columns; figures, links, claims and citations are in the long tables.
 * Statistics are the exception: `statistics` is long and tidy, a row per observation (each
 * source's figure) with the statistic's fields beside it, ready for a spreadsheet or pandas.
 */
import {
  DEPOSIT_STATUS,
  COMPANY_KIND,
  DOCUMENT_KIND,
  MINING_TYPE,
  PUBLISHER_TYPE,
  REGION_KIND,
  formatFieldPath,
  type Company,
  type Deposit,
  type Event,
  type Figure,
  type HeritageSite,
  type Programme,
  type Region,
  type Resolution,
  type Source,
  type Statistic,
  sourceAuthor,
} from "@karabakh-atlas/domain/vocabulary";
import { createAtlas, currentStatus } from "../atlas.js";
import { anyOf, assessmentColumns, col, dates, figureColumns, figureSourcesColumn, join, listNote, locationColumns, nameColumns, recordTable, str, type ExportTable } from "./columns.js";

const idColumn = <R extends { id: string }>() => str<R>("id", "Stable id of the record.", (r) => r.id);

export const regionsTable = recordTable<Region>(
  "regions",
  "Regions",
  "Countries, economic regions, districts, towns and villages. Area and population figures are in figures.csv.",
  { parent: "regions", admin_centre: "regions" },
  (d) => d.regions,
  [
    ...nameColumns<Region>(),
    str("kind", `Kind of region: ${REGION_KIND.values.join(", ")}.`, (r) => r.kind),
    str("parent", "Id of the enclosing region.", (r) => r.parent),
    str("iso", "ISO 3166-1 alpha-2 code, for countries.", (r) => r.iso),
    str("admin_centre", "Id of the administrative centre.", (r) => r.adminCentre),
    ...locationColumns<Region>("centre", (r) => r.centre),
    str("economic_regions", `Ids of the economic regions it belongs to; ${listNote}.`, (r) => join(r.economicRegions.map((e) => e.id))),
    str("occupied_on", `Occupation date(s), one per source where they disagree; ${listNote}. Details in claims.csv.`, (r) => join(r.control.flatMap((c) => c.occupiedOn.map((d) => d.date)))),
    str("returned_on", `Return date(s); ${listNote}. Details in claims.csv.`, (r) => join(r.control.flatMap((c) => c.returnedOn.map((d) => d.date)))),
    str("return_mode", "How it was returned.", (r) => join(r.control.map((c) => c.returnMode))),
    col("area_figures", "integer", "Number of area figures in figures.csv.", (r) => r.area.length),
    col("population_figures", "integer", "Number of population figures in figures.csv.", (r) => r.population.length),
  ],
);

export const depositsTable = recordTable<Deposit>(
  "deposits",
  "Deposits",
  "Mineral deposits and mines. Operators are in links.csv (relation `operation`), figures in figures.csv.",
  { region: "regions", nearest_settlement: "regions" },
  (d) => d.deposits,
  [
    ...nameColumns<Deposit>(),
    str("region", "Id of the district it lies in.", (r) => r.region),
    str("nearest_settlement", "Id of the nearest settlement.", (r) => r.nearestSettlement),
    ...locationColumns<Deposit>("location", (r) => r.location),
    str("commodities", `Commodities; ${listNote}.`, (r) => join(r.commodities)),
    str("deposit_type", "Geological type as the source names it.", (r) => r.depositType),
    str("mining_type", `${anyOf(MINING_TYPE)}.`, (r) => r.miningType),
    str(
      "status",
      `Latest status the sources give: ${DEPOSIT_STATUS.values.join(", ")}, or disputed when sources give different statuses for the same latest date. All statuses are in claims.csv.`,
      (r) => currentStatus(r),
    ),
    col("in_territories", "boolean", "True when the deposit lies in the territories the atlas is about; false for deposits elsewhere in Azerbaijan.", (r) => r.inTerritories),
    col("cross_border", "boolean", "True when the deposit extends across a state border.", (r) => r.crossBorder),
    str("companies", `Ids of the companies that worked, owned or licensed it; ${listNote}.`, (r) => join([...new Set(r.operations.map((o) => o.company))])),
  ],
);

export const companiesTable = recordTable<Company>(
  "companies",
  "Companies",
  "Companies that worked, owned or licensed a deposit. Ownership is in links.csv (relation `ownership`).",
  {},
  (d) => d.companies,
  [
    ...nameColumns<Company>(),
    str("kind", `${anyOf(COMPANY_KIND)}.`, (r) => r.kind),
    str("legal_form", "Legal form as named.", (r) => r.legalForm),
    str("jurisdictions", `ISO 3166-1 alpha-2 countries of registration, per source; ${listNote}.`, (r) => join(r.jurisdictions.map((j) => j.country))),
    str("founded", `Founding date(s); ${listNote}.`, (r) => dates(r.founded)),
    str("founding_act", "Act that created the company.", (r) => r.foundingAct),
    str("parents", `Ids of parent companies; ${listNote}.`, (r) => join(r.ownership.map((o) => o.parent))),
    str("listings", `Stock listings as exchange:ticker; ${listNote}.`, (r) => join(r.listings.map((l) => `${l.exchange}:${l.ticker}`))),
    str("website", "Website.", (r) => r.website),
  ],
);

export const resolutionsTable = recordTable<Resolution>(
  "resolutions",
  "UN documents",
  "UN and OSCE resolutions, presidential statements, letters and reports. The regions they name are in links.csv.",
  { source_document: "sources" },
  (d) => d.resolutions,
  [
    idColumn(),
    str("title", "Plain title.", (r) => r.title),
    str("body", "UN body or organisation.", (r) => r.body),
    str("kind", `${anyOf(DOCUMENT_KIND)}.`, (r) => r.kind),
    str("number", "Number, e.g. 822.", (r) => r.number),
    str("symbol", "Document symbol.", (r) => r.symbol),
    str("adopted_on", `Adoption date(s), per source; ${listNote}.`, (r) => dates(r.adoptedOn)),
    str("meeting", "Meeting number.", (r) => r.meeting),
    str("votes", `Votes as in favour-against-abstaining, per source; ${listNote}.`, (r) => join(r.votes.map((v) => `${v.inFavour}-${v.against}-${v.abstaining}`))),
    str("regions", `Ids of the regions it names; ${listNote}.`, (r) => join(r.regions.map((l) => l.id))),
    str("related", `Ids of related documents; ${listNote}.`, (r) => join(r.related.map((l) => l.id))),
    str("source_document", "Id of the source that is this document's text.", (r) => r.sourceDocument),
    str("aliases", `Other names; ${listNote}.`, (r) => join(r.aliases.map((a) => a.name))),
  ],
);

/** One observation of a statistic: a figure as one source states it, with the statistic beside it. */
interface ObservationRow {
  statistic: Statistic;
  title: string;
  field: string;
  figure: Figure;
}

export const statisticsTable: ExportTable<ObservationRow> = {
  name: "statistics",
  title: "Statistics",
  description:
    "Casualty and humanitarian statistics, long and tidy: one row per observation (a figure as one source states it), with the statistic's title, category, population and region beside it. Competing figures for one statistic are separate rows; none is merged or preferred silently.",
  primaryKey: "figure_id",
  foreignKeys: [
    { fields: "statistic_id", table: "records", field: "id" },
    { fields: "region", table: "regions", field: "id" },
    { fields: "figure_id", table: "figures", field: "figure_id" },
  ],
  rows: (d) => {
    const atlas = createAtlas(d);
    return d.statistics.flatMap((statistic) => {
      const title = atlas.statisticTitle(statistic);
      return statistic.observations.map((figure, index) => ({ statistic, title, field: formatFieldPath(["observations", index]), figure }));
    });
  },
  columns: [
    str("statistic_id", "Id of the statistic (several rows when several sources give a figure).", (r) => r.statistic.id),
    str("title", "Title made from the statistic's fields (category, population, subset, place, war or period, as-of date); one per statistic.", (r) => r.title),
    str("category", "What is counted.", (r) => r.statistic.category),
    str("population", "Population group counted.", (r) => r.statistic.population),
    str("region", "Id of the region or country the statistic is about.", (r) => r.statistic.subject),
    ...figureColumns<ObservationRow>((r) => r.figure),
    figureSourcesColumn<ObservationRow>((r) => r.figure),
    str("subset", "The part of the category counted, when not all of it.", (r) => r.statistic.subset),
    str("subset_az", "The subset in Azerbaijani.", (r) => r.statistic.subsetIn?.az),
    str("subset_ru", "The subset in Russian.", (r) => r.statistic.subsetIn?.ru),
    str("war", "The war the figures count in, when the source says.", (r) => r.statistic.war),
    str("period_start", "Start of the period covered: the figure's own, else the statistic's.", (r) => (r.figure.period ?? r.statistic.period)?.start),
    str("period_end", "End of the period covered: the figure's own, else the statistic's.", (r) => (r.figure.period ?? r.statistic.period)?.end),
    ...assessmentColumns<ObservationRow>((r) => r.figure),
    str("figure_id", "`<statistic id>/observations[n]`: the figure's row in figures.csv (and its citations in citations.csv).", (r) => `${r.statistic.id}/${r.field}`),
  ],
};

export const heritageTable = recordTable<HeritageSite>(
  "heritage-sites",
  "Heritage sites",
  "Named monuments, museums, castles, bridges, cloisters and mosques. Statuses per source are in claims.csv.",
  { region: "regions", settlement: "regions" },
  (d) => d["heritage-sites"],
  [
    ...nameColumns<HeritageSite>(),
    str("kind", "Kind of site.", (r) => r.kind),
    str("region", "Id of the district.", (r) => r.region),
    str("settlement", "Id of the settlement.", (r) => r.settlement),
    ...locationColumns<HeritageSite>("location", (r) => r.location),
    str("statuses", `Statuses as sources state them; ${listNote}.`, (r) => join(r.statuses.map((s) => s.status))),
  ],
);

export const eventsTable = recordTable<Event>(
  "events",
  "Events",
  "Dated events of the timeline. The records they involve are also in links.csv.",
  {},
  (d) => d.events,
  [
    idColumn(),
    str("title", "Plain, factual title.", (r) => r.title),
    str("title_az", "Title in Azerbaijani.", (r) => r.titles?.az),
    str("title_ru", "Title in Russian.", (r) => r.titles?.ru),
    str("kind", "Kind of event.", (r) => r.kind),
    str("date", "Date at the source's precision.", (r) => r.date),
    str("end_date", "End date.", (r) => r.endDate),
    str("date_note", "How the date was read.", (r) => r.dateNote),
    str("regions", `Ids of regions; ${listNote}.`, (r) => join(r.regions)),
    str("resolutions", `Ids of UN documents; ${listNote}.`, (r) => join(r.resolutions)),
    str("companies", `Ids of companies; ${listNote}.`, (r) => join(r.companies)),
    str("deposits", `Ids of deposits; ${listNote}.`, (r) => join(r.deposits)),
    str("programmes", `Ids of programmes; ${listNote}.`, (r) => join(r.programmes)),
    str("actors", `Bodies and people who acted; ${listNote}.`, (r) => join(r.actors)),
    str("participants", `Participants as name (role); ${listNote}.`, (r) => join(r.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name)))),
    str("legal_articles", `Legal articles as code, article; ${listNote}.`, (r) => join(r.legalArticles.map((a) => `${a.code}, art. ${a.article}`))),
  ],
);

export const programmesTable = recordTable<Programme>(
  "programmes",
  "Programmes",
  "State programmes and policies named in the sources.",
  {},
  (d) => d.programmes,
  [
    ...nameColumns<Programme>(),
    str("kind", "Kind of programme.", (r) => r.kind),
    str("initiated_by", "Who initiated it.", (r) => r.initiatedBy),
    str("adopted", `Adoption date(s); ${listNote}.`, (r) => dates(r.adopted)),
  ],
);

export const sourcesTable = recordTable<Source>(
  "sources",
  "Sources",
  "The documents that records cite. citations.csv says which records each supports.",
  { cited_in: "sources" },
  (d) => d.sources,
  [
    str("id", "Stable id of the source.", (r) => r.id),
    str("title", "Title as published.", (r) => r.title),
    str("title_note", "Caveat on the title.", (r) => r.titleNote),
    str("says", "Who says what the source says: its author, or its publisher where no author is named.", (r) => sourceAuthor(r)),
    str("publisher", "Who published or circulated it.", (r) => r.publisher),
    str("publisher_type", `${anyOf(PUBLISHER_TYPE)}.`, (r) => r.publisherType),
    str("kind", "Kind of document.", (r) => r.kind),
    str("date", "Publication date.", (r) => r.date),
    str("date_note", "Why the date is missing or approximate.", (r) => r.dateNote),
    str("url", "Address of the document: the publisher's own where known.", (r) => r.url),
    str("symbol", "Document symbol.", (r) => r.symbol),
    str("also_at", `Other copies (mirrors, reposts, translations); ${listNote}.`, (r) => join(r.alsoAt)),
    str("no_address_reason", "Why the source has neither an address nor a document symbol.", (r) => r.noAddressReason),
    str("language", "Main language (BCP 47).", (r) => r.language),
    str("other_languages", `Other languages; ${listNote}.`, (r) => join(r.otherLanguages)),
    str("author", "Who says it, when not the publisher (e.g. a ministry whose statement the United Nations circulated).", (r) => r.author),
    str("sender", "Who signed or transmitted it, when not its author.", (r) => r.sender),
    str("addressee", "Addressee of a letter.", (r) => r.addressee),
    str("document_date", "Date the document bears.", (r) => r.documentDate),
    str("sessions", `UN sessions; ${listNote}.`, (r) => join(r.sessions)),
    str("agenda_items", `Agenda items as number: title; ${listNote}.`, (r) => join(r.agendaItems.map((a) => `${a.number}: ${a.title}`))),
    str("seed_file", "File name among the project's seed documents.", (r) => r.seedFile),
    str("cited_in", "Id of the source through which this one is known, when it was not consulted directly.", (r) => r.citedIn),
    str("description", "What the document is.", (r) => r.description),
  ],
);
