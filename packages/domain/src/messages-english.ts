/**
 * The English texts the code owns, as message keys: the vocabularies' labels (enums.ts), the
 * units' forms, the kinds of record, country and language names, month names and the patterns
 * the formatter's English output follows, and the field registry's labels. `messages/en.json` mirrors them (a test fails on any
 * difference and `npm run messages -w @karabakh-atlas/domain` rewrites them), so a translator
 * reads the English original beside az.json and ru.json; the rest of en.json (the apps' texts)
 * is written there by hand. No zod, no JSON.
 */
import { LOCATION_PRECISION_DESCRIPTION, UNIT } from "./enums.js";
import { listFields } from "./field-tree.js";
import { LABELLED_VOCABULARIES } from "./format.js";
import { FIELDS } from "./generated/fields.js";
import { fieldLabelKey } from "./locale.js";
import { ENTITY_KIND_TABLE } from "./kinds.js";
import { COUNTRY_NAMES, LANGUAGE_NAMES, SUMMARY_LABEL } from "./provenance.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** English formatting patterns: what `formatFigure`, `formatDate` and `formatPeriod` write in English. */
const ENGLISH_FORMAT: Readonly<Record<string, string>> = {
  "figure.exact": "{value} {unit}",
  "figure.exactly": "exactly {value} {unit}",
  "figure.about": "about {value} {unit}",
  "figure.more-than": "more than {value} {unit}",
  "figure.at-least": "at least {value} {unit}",
  "figure.up-to": "up to {value} {unit}",
  "figure.less-than": "less than {value} {unit}",
  "figure.dozens": "dozens of {unit}",
  "figure.hundreds": "hundreds of {unit}",
  "figure.thousands": "thousands of {unit}",
  "figure.range": "{lower}–{upper}",
  "figure.unknown": "unknown",
  "figure.sources#one": "{count} source",
  "figure.sources#other": "{count} sources",
  "figure.competing": "{sources}: {figures}",
  "date.day": "{day} {month} {year}",
  "date.month": "{month} {year}",
  "date.month.genitive": "{month} {year}",
  "date.year": "{year}",
  "date.year.genitive": "{year}",
  "period.range": "{start} – {end}",
  "period.since": "since {date}",
  "period.until": "until {date}",
  "statistic.as-of": "as of {date}",
};

/** Every English text the code owns, by message key. */
export function englishMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, vocabulary] of Object.entries(LABELLED_VOCABULARIES)) {
    if (name === "UNIT") continue;
    const labels = (vocabulary as { labels: Readonly<Record<string, string>> }).labels;
    for (const value of vocabulary.values) out[`vocab.${name}.${value}`] = labels[value]!;
  }
  for (const [value, text] of Object.entries(LOCATION_PRECISION_DESCRIPTION)) out[`description.LOCATION_PRECISION.${value}`] = text;
  for (const unit of UNIT.values) {
    const forms = UNIT.labels[unit];
    out[`unit.${unit}#one`] = forms.one;
    out[`unit.${unit}#other`] = forms.other;
    if (forms.symbol) out[`unit.${unit}.symbol`] = forms.symbol;
  }
  for (const row of ENTITY_KIND_TABLE) {
    out[`kind.${row.kind}`] = row.label;
    out[`kind.${row.kind}.plural`] = row.plural;
  }
  // Field labels by their English text (one translation for `Area` wherever a record has one).
  for (const root of Object.values(FIELDS)) for (const { node } of listFields(root)) if (/[A-Za-z]/.test(node.label)) out[fieldLabelKey(node.label)] = node.label;
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) out[`country.${code}`] = name;
  for (const [tag, name] of Object.entries(LANGUAGE_NAMES)) out[`language.${tag}`] = name;
  out["language.latin-script"] = "{language} (Latin script)";
  out["label.summary"] = SUMMARY_LABEL;
  MONTHS.forEach((month, i) => {
    out[`month.${i + 1}`] = month;
    out[`month.${i + 1}.genitive`] = month;
  });
  Object.assign(out, ENGLISH_FORMAT);
  return out;
}
