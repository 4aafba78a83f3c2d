import { ENTITY_KIND_TABLE, type EntityKind, type PluralForm } from "@karabakh-atlas/domain/vocabulary";
import { kindLabel, MESSAGES, PLURAL_FORMS, type Lang } from "@karabakh-atlas/domain/i18n";
import { translator } from "./i18n";

/**
 * The search page's words in one language, written on the server and handed to the search
 * components as text: the results are also drawn in the browser (the static site's search),
 * where no message file is loaded.
 */
export interface SearchTexts {
  readonly lang: Lang;
  /** The form's name, its field's label and its button. */
  readonly form: string;
  readonly label: string;
  readonly submit: string;
  readonly results: string;
  /** With `{query}`. */
  readonly resultsFor: string;
  readonly hint: string;
  readonly searching: string;
  /** With `{query}`. */
  readonly noResults: string;
  /** With `{regions}` and `{deposits}`, filled with links. */
  readonly tryOther: string;
  readonly regions: string;
  readonly deposits: string;
  /** The count's sentence in each plural form the language has, with `{count}`. */
  readonly count: Readonly<Partial<Record<PluralForm, string>>>;
  /** With `{terms}`. */
  readonly matched: string;
  /** With `{error}`. */
  readonly indexError: string;
  readonly needsJs: string;
  readonly kinds: Readonly<Record<EntityKind, string>>;
}

export function searchTexts(lang: Lang): SearchTexts {
  const { t } = translator(lang);
  // Each plural form's text, its {count} left for the browser to fill (tn's forms, as written).
  const count = Object.fromEntries(PLURAL_FORMS[lang].map((form) => [form, MESSAGES[lang][`web.search.count#${form}`] ?? MESSAGES.en["web.search.count#other"]!]));
  return {
    lang,
    form: t("web.search.atlas"),
    label: t("web.search.label"),
    submit: t("web.search.title"),
    results: t("web.search.results"),
    resultsFor: t("web.search.results-for", { query: "{query}" }),
    hint: t("web.search.hint"),
    searching: t("web.search.searching"),
    noResults: t("web.search.no-results", { query: "{query}" }),
    tryOther: t("web.search.try-other", { regions: "{regions}", deposits: "{deposits}" }),
    regions: t("web.search.try-regions"),
    deposits: t("web.search.try-deposits"),
    count,
    matched: t("web.search.matched", { terms: "{terms}" }),
    indexError: t("web.search.index-error", { error: "{error}" }),
    needsJs: t("web.search.needs-js"),
    kinds: Object.fromEntries(ENTITY_KIND_TABLE.map((k) => [k.kind, kindLabel(lang, k.kind)])) as Record<EntityKind, string>,
  };
}
