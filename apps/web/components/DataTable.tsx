import { ATLAS_TEXT_LANGUAGE, MESSAGES, PLURAL_FORMS, kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import type { EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { localHref, translator, type Lang, type PluralKey } from "@/lib/i18n";
import { DataTableView, type TableTexts } from "./DataTableView";
import type { Facet } from "./Filters";

export interface TableColumn {
  key: string;
  label: string;
  /** Numbers sort numerically and align right. */
  numeric?: boolean;
}

export interface TableCell {
  text: string;
  /** The text's language where it is not the page's (a name in another language). */
  lang?: string;
  /** Text the atlas wrote itself: on a page in another language marked as English and untranslated (see AtlasText). */
  atlasText?: boolean;
  /** What the column sorts by (defaults to the text); rows without a value sort last. */
  sort?: string | number | null;
  href?: string;
  /** A second line under the text (e.g. the source of a figure, the name in another language). */
  note?: string;
  noteLang?: string;
}

export interface TableRow {
  id: string;
  cells: Record<string, TableCell>;
  facets: Record<string, string[]>;
}

export type TableFacet = Facet;

/** What the rows are, for "12 deposits" and the empty states: English words, or a counted message and the kind. */
export type TableNoun = { one: string; other: string } | { count: PluralKey; kind: EntityKind };

/**
 * A table the server renders in full; in the browser its rows filter by facets and sort by any
 * column (the header buttons), the state kept in the URL (`?commodity=gold&sort=-reserve`) so a
 * link reproduces the view, and "Download CSV" saves the rows as shown. Without JavaScript the
 * whole table shows, in the server's order. Its words are written here in the page's language and
 * handed to the browser's part as text, so no message file travels to the browser.
 */
export function DataTable({
  lang = "en",
  caption,
  columns,
  rows,
  facets,
  noun,
  csvName,
  children,
}: {
  lang?: Lang;
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  facets: TableFacet[];
  noun: TableNoun;
  csvName: string;
  children?: React.ReactNode;
}) {
  const { t } = translator(lang);
  let forms: TableTexts["count"]["forms"];
  let plural: string;
  if ("count" in noun) {
    forms = Object.fromEntries(PLURAL_FORMS[lang].map((form) => [form, MESSAGES[lang][`${noun.count}#${form}`] ?? ""]));
    const label = kindLabel(lang, noun.kind, true);
    plural = lang === "en" ? lowerFirst(lang, label) : label;
  } else {
    forms = { one: `{count} ${noun.one}`, other: `{count} ${noun.other}` };
    plural = noun.other;
  }
  const texts: TableTexts = {
    lang,
    count: { lang, forms, of: t("web.table.count-of") },
    filters: { all: t("web.filter.all"), clear: t("web.filter.clear") },
    moreElsewhere: t("web.table.more-elsewhere"),
    scrollHint: t("web.table.scrolls-sideways"),
    sidewaysLabel: t("common.scrolls-sideways", { label: caption }),
    download: t("web.table.download-csv"),
    noneYet: t("web.table.none-yet", { noun: plural }),
    noneMatch: t("web.table.none-match", { noun: plural }),
    firstShown: t("web.table.first-shown"),
    showAll: t("web.table.show-all"),
  };
  // A cell's link in the page's language, written here: the browser's part renders a plain <a>.
  const localCell = (cell: TableCell): TableCell => {
    const href = cell.href === undefined ? {} : { href: localHref(lang, cell.href) };
    return cell.atlasText && cell.text ? { ...cell, ...href, lang: ATLAS_TEXT_LANGUAGE } : { ...cell, ...href, atlasText: false };
  };
  const localRows = lang === ATLAS_TEXT_LANGUAGE ? rows : rows.map((row) => ({ ...row, cells: Object.fromEntries(Object.entries(row.cells).map(([key, cell]) => [key, localCell(cell)])) }));
  return (
    <DataTableView caption={caption} columns={columns} rows={localRows} facets={facets} texts={texts} csvName={csvName}>
      {children}
    </DataTableView>
  );
}
