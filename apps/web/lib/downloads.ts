import "server-only";
import { stringify } from "csv-stringify/sync";
import {
  ENTITY_KINDS,
  figureDate,
  type Citation,
  type Figure,
} from "@karabakh-atlas/domain";
import { chartCsvRows, chartFiles } from "./charts";
import {
  dataset,
  dateOfResolution,
  depositStatus,
  listCompanies,
  listDeposits,
  listEvents,
  listHeritageSites,
  listRegions,
  listResolutions,
  listSources,
  listStatistics,
  meta,
  regionName,
} from "./data";

type Row = Record<string, string | number | boolean | undefined>;

export interface DownloadFile {
  name: string;
  description: string;
  type: string;
  body: () => string;
}

function csv(rows: Row[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return stringify(rows, { header: true, columns: columns.length > 0 ? columns : ["empty"], bom: false });
}

const cites = (citations: readonly Citation[]) => ({
  sources: citations.map((c) => c.source).join("; "),
  locators: citations.map((c) => c.locator).join("; "),
  excerpts: citations.map((c) => c.excerpt).join(" | "),
});

const figureCols = (f: Figure) => ({
  value: f.value,
  lower: f.lower,
  upper: f.upper,
  qualifier: f.qualifier,
  unit: f.unit,
  as_of: figureDate(f),
  ...cites(f.citations),
});

function geojson(): string {
  const features: object[] = [];
  const push = (kind: string, id: string, name: string, loc: { lat: number; lon: number; precision: string } | undefined, extra: object) => {
    if (!loc) return;
    features.push({ type: "Feature", id: `${kind}:${id}`, geometry: { type: "Point", coordinates: [loc.lon, loc.lat] }, properties: { kind, id, name, precision: loc.precision, ...extra } });
  };
  for (const r of listRegions()) push("region", r.id, r.names.en, r.centre, { regionKind: r.kind, nameAz: r.names.az });
  for (const d of listDeposits()) push("deposit", d.id, d.names.en, d.location, { region: d.region, commodities: d.commodities.join(";") });
  for (const h of listHeritageSites()) push("heritage-site", h.id, h.names.en, h.location, { region: h.region });
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2);
}

/** The answer to `GET /downloads/<name>`: the file with its type (UTF-8 for text), or a 404 body. */
export function downloadResponse(name: string): Response {
  const found = downloadFiles().find((f) => f.name === name);
  if (!found) return Response.json({ error: "not found", message: `No download named '${name}'.` }, { status: 404 });
  const charset = found.type.startsWith("text/") || found.type.includes("json") ? "; charset=utf-8" : "";
  return new Response(found.body(), {
    headers: { "content-type": `${found.type}${charset}`, "content-disposition": `inline; filename="${found.name}"` },
  });
}

/** Every downloadable file, built from the same functions the pages use. */
export function downloadFiles(): DownloadFile[] {
  const { version } = meta();
  const files: DownloadFile[] = [
    { name: "dataset.json", description: `The whole dataset, version ${version}, as one JSON document`, type: "application/json", body: () => JSON.stringify(dataset(), null, 2) },
    ...ENTITY_KINDS.map((k) => ({
      name: `${k.dir}.json`,
      description: `${k.plural}: every record as JSON`,
      type: "application/json",
      body: () => JSON.stringify(dataset()[k.dir], null, 2),
    })),
    {
      name: "regions.csv",
      description: "Regions: names, kind, parent, centre",
      type: "text/csv",
      body: () =>
        csv(listRegions().map((r) => ({ id: r.id, name_en: r.names.en, name_az: r.names.az, name_ru: r.names.ru, name_hy: r.names.hy, kind: r.kind, parent: r.parent, lat: r.centre?.lat, lon: r.centre?.lon, occupied_on: r.control[0]?.occupiedOn.map((d) => d.date).join("; "), returned_on: r.control[0]?.returnedOn.map((d) => d.date).join("; ") }))),
    },
    {
      name: "deposits.csv",
      description: "Deposits: names, district, commodities, status, location",
      type: "text/csv",
      body: () =>
        csv(listDeposits().map((d) => ({ id: d.id, name_en: d.names.en, name_az: d.names.az, aliases: d.aliases.map((a) => a.name).join("; "), region: d.region, region_name: regionName(d.region), commodities: d.commodities.join("; "), mining_type: d.miningType, status: depositStatus(d), lat: d.location?.lat, lon: d.location?.lon, companies: d.operations.map((o) => `${o.company} (${o.role})`).join("; ") }))),
    },
    {
      name: "deposit-figures.csv",
      description: "Deposit resources, reserves and production: one row per source figure",
      type: "text/csv",
      body: () => csv(listDeposits().flatMap((d) => d.figures.map((f) => ({ deposit: d.id, category: f.category, commodity: f.commodity, label: f.label, ...figureCols(f) })))),
    },
    {
      name: "companies.csv",
      description: "Companies: kind, jurisdiction, parents",
      type: "text/csv",
      body: () => csv(listCompanies().map((c) => ({ id: c.id, name: c.names.en, kind: c.kind, legal_form: c.legalForm, jurisdictions: c.jurisdictions.map((j) => j.country).join("; "), parents: c.ownership.map((o) => `${o.parent} (${o.relation})`).join("; ") }))),
    },
    {
      name: "resolutions.csv",
      description: "UN documents: body, kind, symbol, date, regions named",
      type: "text/csv",
      body: () => csv(listResolutions().map((r) => ({ id: r.id, title: r.title, body: r.body, kind: r.kind, symbol: r.symbol, date: dateOfResolution(r), regions: r.regions.map((l) => l.id).join("; ") }))),
    },
    {
      name: "statistics.csv",
      description: "Statistics: one row per source figure, with its citation",
      type: "text/csv",
      body: () => csv(listStatistics().flatMap((s) => s.observations.map((o) => ({ statistic: s.id, subject: s.subject, category: s.category, population: s.population, ...figureCols(o) })))),
    },
    {
      name: "events.csv",
      description: "Timeline events",
      type: "text/csv",
      body: () => csv(listEvents().map((e) => ({ id: e.id, date: e.date, end_date: e.endDate, kind: e.kind, title: e.title, regions: e.regions.join("; "), ...cites(e.citations) }))),
    },
    {
      name: "heritage-sites.csv",
      description: "Heritage sites and their reported status",
      type: "text/csv",
      body: () => csv(listHeritageSites().map((h) => ({ id: h.id, name: h.names.en, kind: h.kind, region: h.region, statuses: h.statuses.map((s) => s.status).join("; ") }))),
    },
    {
      name: "sources.csv",
      description: "Sources: title, publisher, date, address",
      type: "text/csv",
      body: () => csv(listSources().map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, publisher_type: s.publisherType, kind: s.kind, date: s.date, symbol: s.symbol, url: s.url, language: s.language }))),
    },
    { name: "places.geojson", description: "Every record with coordinates, as GeoJSON points (for QGIS)", type: "application/geo+json", body: geojson },
  ];
  for (const file of chartFiles()) {
    files.push({ name: file, description: "The data behind one chart on the statistics page", type: "text/csv", body: () => csv(chartCsvRows(file) ?? []) });
  }
  return files;
}
