import "server-only";
import { countryNameIn } from "@karabakh-atlas/domain/i18n";
import { VOCABULARIES, labelOf, statisticTitle, titleInLanguage, type EntityKind, type Names } from "@karabakh-atlas/domain/vocabulary";
import { filterSpecs } from "@karabakh-atlas/data";
import { compareIn } from "./collate";
import { atlas, findRecord, titleOf, type Facet } from "./data";
import { translator, type Lang } from "./i18n";

/**
 * The dataset's names and labels in a page's language. Records hold names in en, az and ru (and
 * an Armenian-used one); a page leads with its reader's and shows another beside it.
 */

/** A record's name in a language, or its English name where it has none in that language. */
export function nameIn(lang: Lang, names: Names): string {
  return (lang === "en" ? undefined : names[lang]) ?? names.en;
}

/**
 * The name shown beside the lead one in a list (a table's second line): the Azerbaijani name on
 * English and Russian pages, the English one on Azerbaijani pages; none when it reads the same.
 */
export function besideName(lang: Lang, names: Names): string | undefined {
  const lead = nameIn(lang, names);
  const other = lang === "az" ? names.en : names.az;
  return other && other !== lead ? other : undefined;
}

/** A region's name by id, in a language (the id itself for an unknown one). */
export function regionNameIn(lang: Lang, id: string): string {
  const region = atlas.region(id);
  return region ? nameIn(lang, region.names) : id;
}

/**
 * An event's title by id in a language: its title in that language where the record gives one
 * (`titles`), else its English title — which every event a statistic names has in each language
 * (the data package's validator requires it). Undefined for an unknown id.
 */
export function eventTitleIn(lang: Lang, id: string): string | undefined {
  const event = atlas.get("event", id);
  return event ? (titleInLanguage(event, lang) ?? event.title) : undefined;
}

/**
 * Any record's title in a language: its name where it has names, a statistic's title built in
 * the language, an event's title in it where the event gives one, else the atlas's title.
 */
export function titleIn(lang: Lang, kind: EntityKind, id: string): string {
  if (lang === "en") return titleOf(kind, id);
  const entry = findRecord(kind, id);
  if (!entry) return id;
  const record = entry.record as { names?: Names };
  if (record.names) return nameIn(lang, record.names);
  if (entry.kind === "statistic") {
    const statistic = entry.record;
    const event = statistic.event ? eventTitleIn(lang, statistic.event) : undefined;
    return statisticTitle(statistic, { place: regionNameIn(lang, statistic.subject), event }, translator(lang).locale);
  }
  if (entry.kind === "event") return titleInLanguage(entry.record, lang) ?? titleOf(kind, id);
  return titleOf(kind, id);
}

/**
 * The language of a record's title as `titleIn` gives it on a page in `lang`, where that is not
 * the page's (for the `lang` of the element that shows it), else undefined: English for a named
 * record without a name in the language, an event without a title in it (the atlas's own words)
 * and a UN document (its own title); a source's own language for its title as published. A
 * statistic's title is made in the language. Nothing on an English page, which is as it was.
 */
export function titleLangIn(lang: Lang, kind: EntityKind, id: string): string | undefined {
  if (lang === "en") return undefined;
  const entry = findRecord(kind, id);
  if (!entry) return undefined;
  const names = (entry.record as { names?: Names }).names;
  if (names) return names[lang] ? undefined : "en";
  switch (entry.kind) {
    case "statistic":
      return undefined;
    case "event":
      return titleInLanguage(entry.record, lang) === undefined ? "en" : undefined;
    case "source":
      return entry.record.language === lang ? undefined : entry.record.language;
    default:
      return "en";
  }
}

/** The language of a record's name on a page in `lang`, where that is not the page's: English where it has no name in it. */
export function nameLangIn(lang: Lang, names: Names): "en" | undefined {
  return lang === "en" || names[lang] ? undefined : "en";
}

/**
 * A list page's facets (the data package's, in English) in a language: the filter's label, and
 * each value as the vocabulary, the record or the country is named in it. Record options are
 * sorted again by their names in that language.
 */
export function localFacets(lang: Lang, kind: EntityKind, facets: readonly Facet[]): Facet[] {
  if (lang === "en") return [...facets];
  const { locale, t } = translator(lang);
  const specs = filterSpecs(kind);
  const compare = compareIn(lang);
  return facets.map((facet) => {
    const spec = specs.find((s) => s.key === facet.key);
    const label = FACET_LABELS[facet.label]?.(t) ?? facet.label;
    const value = spec?.value;
    let options = facet.options;
    if (value?.type === "vocabulary") {
      // One vocabulary of many: its values are the facet's, so the narrow types of each do not help here.
      const vocabulary = VOCABULARIES[value.vocabulary] as unknown as { values: readonly string[]; labels: Record<string, string> };
      options = options.map((o) => ({ value: o.value, label: labelOf(vocabulary, o.value, locale) }));
    } else if (value?.type === "record") {
      const target = value.kind;
      options = options.map((o) => ({ value: o.value, label: titleIn(lang, target, o.value) })).sort((a, b) => compare(a.label, b.label));
    } else if (value?.type === "country") {
      options = options.map((o) => ({ value: o.value, label: countryNameIn(lang, o.value) }));
    }
    return { ...facet, label, options };
  });
}

type T = ReturnType<typeof translator>["t"];

/** The data package's facet labels (FILTER_SPECS), each with its message: literal keys, so the unused-key check sees them. */
const FACET_LABELS: Readonly<Record<string, (t: T) => string>> = {
  Kind: (t) => t("common.kind"),
  Inside: (t) => t("web.column.inside"),
  Commodity: (t) => t("field.commodity"),
  Region: (t) => t("common.region"),
  Status: (t) => t("common.status"),
  Company: (t) => t("web.column.company"),
  "Registered in": (t) => t("web.column.registered-in"),
  Category: (t) => t("web.filter.category"),
  Population: (t) => t("web.region.population"),
  Body: (t) => t("field.body"),
  "Region named": (t) => t("web.filter.region-named"),
  Publisher: (t) => t("field.publisher"),
};

/** The fields of a record that hold text the atlas wrote itself (English until records carry translations). */
const ATLAS_TEXT_FIELDS = new Set(["statement", "note", "summary", "reason", "depositType", "assessmentReason", "initiatedBy", "foundingAct", "label"]);

/**
 * Whether a record (or any part of one) holds text the atlas wrote itself, which a page shows in
 * English with `AtlasText`: a page in another language then says why, once (`UntranslatedNote`).
 */
export function hasAtlasText(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasAtlasText);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, inner]) => (ATLAS_TEXT_FIELDS.has(key) && typeof inner === "string" && inner.length > 0) || hasAtlasText(inner));
}

/** Decimal degrees as a page in the language writes them (`40.1234` / `40,1234`), with the hemisphere letters its message gives. */
export function coordinatesIn(lang: Lang, point: { lat: number; lon: number }): string {
  const degrees = (value: number) => (lang === "en" ? value.toFixed(4) : value.toFixed(4).replace(".", ","));
  return translator(lang).t("web.common.coordinates", { lat: degrees(point.lat), lon: degrees(point.lon) });
}

/**
 * Records in the order of their names in a language: the atlas lists them by English name, which
 * a page in Azerbaijani or Russian re-sorts by the names it shows (its alphabet's order).
 */
export function byNameIn<T>(lang: Lang, items: readonly T[], name: (item: T) => string): T[] {
  if (lang === "en") return [...items];
  const compare = compareIn(lang);
  return [...items].sort((a, b) => compare(name(a), name(b)));
}
