"use client";

import type { Lang } from "@karabakh-atlas/domain/vocabulary";
import { useState } from "react";
import { compareIn } from "@/lib/collate";
import { escapeMarkup } from "@/lib/markup";
import type { TableColumn, TableFacet, TableRow } from "./DataTable";
import { FilterControls, countIn, passes, useAddressFilters, type CountTexts, type FilterTexts } from "./Filters";
import { ScrollBox } from "./ScrollBox";

/** Everything the table says, in the page's language, written on the server (`DataTable`). */
export interface TableTexts {
  lang: Lang;
  count: CountTexts;
  filters: FilterTexts;
  /** `({count} more elsewhere: choose “{all}”)` */
  moreElsewhere: string;
  scrollHint: string;
  sidewaysLabel: string;
  download: string;
  noneYet: string;
  noneMatch: string;
  /** `the first {count} shown` */
  firstShown: string;
  /** `Show all {counted}` */
  showAll: string;
}

/**
 * A table of more than LONG_TABLE rows (every statistic, every source) shows its first FIRST_ROWS
 * until the reader asks for all: the rest are in the page, hidden (`tr.more`), so that the first
 * paint lays out 50 rows rather than 400 (bench/web's total blocking time on /statistics). The
 * link that shows them works without JavaScript (the table's `:target`); sorting and filtering
 * apply to every row, and the download holds every row of the view.
 */
export const LONG_TABLE = 100;
export const FIRST_ROWS = 50;

const attribute = (name: string, value: string | undefined) => (value ? ` ${name}="${escapeMarkup(value)}"` : "");

/**
 * The table's rows as HTML: a row header, then a cell per column, each its text (marked with its
 * language where it is not the page's, as a link where it has one) and an optional note.
 *
 * Written as markup rather than as React elements so that the browser's React does not hydrate
 * them: an index table has up to 1,400 elements (every statistic, every source), and hydrating
 * them was a long task on a phone's first load (bench/web's total blocking time). The server
 * renders the same markup into the page; sorting and filtering replace it.
 */
export function rowsMarkup(rows: readonly TableRow[], columns: readonly TableColumn[], first = Infinity): string {
  let html = "";
  for (const [index, r] of rows.entries()) {
    html += index < first ? "<tr>" : '<tr class="more">';
    columns.forEach((c, i) => {
      const cell = r.cells[c.key];
      let content = "";
      if (cell) {
        const text = escapeMarkup(cell.text);
        const inLanguage = cell.lang ? `<span${attribute("lang", cell.lang)}${attribute("class", cell.atlasText ? "untranslated" : undefined)}>${text}</span>` : text;
        content = cell.href ? `<a${attribute("href", cell.href)}>${inLanguage}</a>` : inLanguage;
        if (cell.note) content += `<span class="cell-note"${attribute("lang", cell.noteLang)}>${escapeMarkup(cell.note)}</span>`;
      }
      const tag = i === 0 ? "th" : "td";
      html += `<${tag}${i === 0 ? ' scope="row"' : ""}${attribute("class", c.numeric ? "num" : undefined)}>${content}</${tag}>`;
    });
    html += "</tr>";
  }
  return html;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The browser's part of `DataTable`: a table the server renders in full; in the browser its rows filter by facets and sort by any
 * column (the header buttons), the state kept in the URL (`?commodity=gold&sort=-reserve`) so a
 * link reproduces the view, and "Download CSV" saves the rows as shown. Without JavaScript the
 * whole table shows, in the server's order.
 */
export function DataTableView({
  caption,
  columns,
  rows,
  facets,
  texts,
  csvName,
  children,
}: {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  facets: TableFacet[];
  texts: TableTexts;
  csvName: string;
  children?: React.ReactNode;
}) {
  const { state, set, clear, active } = useAddressFilters(facets, columns.map((c) => c.key));
  const [expanded, setExpanded] = useState(false);

  const shown = rows.filter((row) => passes(facets, state, row.facets));
  const sort = state.sort;
  const compare = compareIn(texts.lang);
  if (sort) {
    const desc = sort.startsWith("-");
    const key = desc ? sort.slice(1) : sort;
    // A cell sorts by its `sort` where it has one (null: no value, last), else by its text.
    const sortValue = (row: TableRow) => {
      const cell = row.cells[key];
      return cell === undefined ? null : cell.sort !== undefined ? cell.sort : cell.text;
    };
    shown.sort((a, b) => {
      const left = sortValue(a);
      const right = sortValue(b);
      const blankLeft = left === null || left === "";
      const blankRight = right === null || right === "";
      if (blankLeft || blankRight) return blankLeft === blankRight ? 0 : blankLeft ? 1 : -1;
      const order = typeof left === "number" && typeof right === "number" ? left - right : compare(String(left), String(right));
      return desc ? -order : order;
    });
  }

  const download = () => {
    const lines = [["id", ...columns.map((c) => c.label)], ...shown.map((r) => [r.id, ...columns.map((c) => [r.cells[c.key]?.text ?? "", r.cells[c.key]?.note ?? ""].filter(Boolean).join(" — "))])];
    const blob = new Blob([`${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = csvName;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  // A facet with a default narrows the table to a scope ("in the territories"); the rest are filters within it.
  const scoped = facets.filter((f) => f.default);
  const inScope = rows.filter((row) => passes(scoped, state, row.facets)).length;
  const elsewhere = rows.length - inScope;
  // The table's address for "Show all", from its download's name: `rows-statistics`.
  const anchor = `rows-${csvName.replace(/(-view)?\.csv$/, "")}`;
  const first = rows.length > LONG_TABLE && !expanded ? FIRST_ROWS : Infinity;
  const collapsed = shown.length > first;
  const showAll = (event: React.MouseEvent<HTMLAnchorElement>) => {
    // With JavaScript the reader stays where they are, and moves on to the first row it showed.
    event.preventDefault();
    setExpanded(true);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`#${anchor} tbody tr:nth-child(${first + 1}) a`)?.focus());
  };
  return (
    <div className={expanded ? "data-table expanded" : "data-table"} id={anchor}>
      <FilterControls facets={facets} state={state} onChange={set} onClear={clear} active={active} texts={texts.filters}>
        {children}
        <button type="button" onClick={download} className="csv-button">
          {texts.download}
        </button>
      </FilterControls>
      <ScrollBox
        label={caption}
        sidewaysLabel={texts.sidewaysLabel}
        before={
          <p className="count" role="status" aria-live="polite">
            {countIn(texts.count, shown.length, inScope)}
            {elsewhere > 0 ? ` ${texts.moreElsewhere.replace("{count}", String(elsewhere)).replace("{all}", scoped[0]?.allLabel ?? texts.filters.all)}` : ""}
            {collapsed ? <span className="first-shown"> · {texts.firstShown.replace("{count}", String(first))}</span> : null}
            <span className="scroll-hint"> · {texts.scrollHint}</span>
          </p>
        }
      >
        <table className="sortable">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const direction = sort === c.key ? "ascending" : sort === `-${c.key}` ? "descending" : undefined;
                return (
                  <th key={c.key} scope="col" aria-sort={direction} className={c.numeric ? "num" : undefined}>
                    <button type="button" className="sort-button" onClick={() => set("sort", sort === c.key ? `-${c.key}` : c.key)}>
                      {c.label}
                      <span aria-hidden="true" className="sort-mark">
                        {direction === "ascending" ? " ▲" : direction === "descending" ? " ▼" : " ↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          {/* The rows as markup React does not hydrate: see rowsMarkup. */}
          <tbody dangerouslySetInnerHTML={{ __html: rowsMarkup(shown, columns, first) }} />
        </table>
      </ScrollBox>
      {collapsed ? (
        <p className="show-all">
          <a href={`#${anchor}`} onClick={showAll}>
            {texts.showAll.replace("{counted}", countIn(texts.count, shown.length, shown.length))}
          </a>
        </p>
      ) : null}
      {shown.length === 0 ? <p className="empty">{rows.length === 0 ? texts.noneYet : texts.noneMatch}</p> : null}
    </div>
  );
}
