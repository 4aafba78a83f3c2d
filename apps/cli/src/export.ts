/**
 * Exports for analysts: CSV (one row per record; statistics one row per observation) and
 * GeoJSON (regions with a centre, deposits with a location). Kept in one module so that it can
 * call the data package's exporter once that exists.
 */
import { stringify } from "csv-stringify/sync";
import { ENTITY_KINDS, formatCompetingFigures, type EntityKind, type Figure, type Statistic } from "@karabakh-atlas/domain";
import type { Atlas } from "@karabakh-atlas/data";

type Row = Record<string, string | number | boolean | undefined>;

function citedSources(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => citedSources(v, out));
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(child)) child.forEach((c: { source: string }) => out.add(c.source));
      else citedSources(child, out);
    }
  }
  return out;
}

const isFigure = (v: unknown): v is Figure => typeof v === "object" && v !== null && "unit" in v && "citations" in v;

/** One flat row: scalars as they are, lists joined with "; ", figures summarised, points split. */
function flatten(record: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || key === "citations" || key === "claims") continue;
    if (typeof value !== "object" || value === null) row[key] = value as string | number | boolean;
    else if (Array.isArray(value)) {
      if (value.length === 0) row[key] = "";
      else if (value.every((v) => typeof v !== "object")) row[key] = value.join("; ");
      else if (value.every(isFigure)) row[key] = formatCompetingFigures(value);
      else if (value.every((v) => typeof (v as { name?: unknown }).name === "string")) row[key] = value.map((v) => (v as { name: string }).name).join("; ");
      else if (value.every((v) => typeof (v as { id?: unknown }).id === "string")) row[key] = value.map((v) => (v as { id: string }).id).join("; ");
      else row[key] = JSON.stringify(value);
    } else if ("lat" in value && "lon" in value) {
      const point = value as { lat: number; lon: number; precision: string };
      row[`${key}_lat`] = point.lat;
      row[`${key}_lon`] = point.lon;
      row[`${key}_precision`] = point.precision;
    } else if (key === "names") {
      for (const [lang, name] of Object.entries(value)) row[`name_${lang}`] = name as string;
    } else row[key] = JSON.stringify(value);
  }
  row.sources = [...citedSources(record)].join("; ");
  return row;
}

function observationRows(statistics: readonly Statistic[]): Row[] {
  return statistics.flatMap((s) =>
    s.observations.map((f) => ({
      statistic: s.id,
      subject: s.subject,
      category: s.category,
      population: s.population,
      value: f.value,
      lower: f.lower,
      upper: f.upper,
      qualifier: f.qualifier,
      unit: f.unit,
      as_of: f.asOf,
      period_start: f.period?.start ?? s.period?.start,
      period_end: f.period?.end ?? s.period?.end,
      preferred: f.preferred,
      assessment: f.assessment,
      sources: f.citations.map((c) => c.source).join("; "),
      locators: f.citations.map((c) => c.locator).join("; "),
    })),
  );
}

/** Records of one kind as CSV with a header row. */
export function toCsv(kind: EntityKind, records: readonly unknown[]): string {
  const rows = kind === "statistic" ? observationRows(records as Statistic[]) : (records as Record<string, unknown>[]).map(flatten);
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  if (columns.length === 0) columns.push("id");
  return stringify(rows, { header: true, columns, cast: { boolean: (b) => (b ? "true" : "false") } });
}

/** Every kind in one CSV is not a table: the CSV export takes one kind at a time. */
export const CSV_KINDS = ENTITY_KINDS.map((k) => k.dir);

/** Regions with a centre and deposits with a location, as GeoJSON points (WGS 84). */
export function toGeoJson(atlas: Atlas): object {
  const features: object[] = [];
  for (const region of atlas.regions()) {
    if (!region.centre) continue;
    features.push({
      type: "Feature",
      id: `region:${region.id}`,
      geometry: { type: "Point", coordinates: [region.centre.lon, region.centre.lat] },
      properties: { kind: "region", id: region.id, name: region.names.en, nameAz: region.names.az ?? null, regionKind: region.kind, parent: region.parent ?? null, precision: region.centre.precision, sources: [...citedSources(region.centre)] },
    });
  }
  for (const deposit of atlas.deposits()) {
    if (!deposit.location) continue;
    features.push({
      type: "Feature",
      id: `deposit:${deposit.id}`,
      geometry: { type: "Point", coordinates: [deposit.location.lon, deposit.location.lat] },
      properties: { kind: "deposit", id: deposit.id, name: deposit.names.en, nameAz: deposit.names.az ?? null, region: deposit.region, commodities: deposit.commodities, precision: deposit.location.precision, sources: [...citedSources(deposit.location)] },
    });
  }
  return { type: "FeatureCollection", features };
}
