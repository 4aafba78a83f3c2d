"use client";

import { useEffect, useId, useState } from "react";
import { compareText } from "@karabakh-atlas/domain/vocabulary";
import type { Facet } from "./FilterList";

export interface TableColumn {
  key: string;
  label: string;
  /** Numbers sort numerically and align right. */
  numeric?: boolean;
}

export interface TableCell {
  text: string;
  /** What the column sorts by (defaults to the text); rows without a value sort last. */
  sort?: string | number | null;
  href?: string;
  /** A second line under the text (e.g. the source of a figure). */
  note?: string;
}

export interface TableRow {
  id: string;
  cells: Record<string, TableCell>;
  facets: Record<string, string[]>;
}

/** A facet, optionally with a value it starts at (its "All" is then kept in the URL as `all`). */
export type TableFacet = Facet & { default?: string; allLabel?: string };

type State = Record<string, string>;

const ALL = "all";

function defaults(facets: readonly TableFacet[]): State {
  return Object.fromEntries(facets.flatMap((f) => (f.default ? [[f.key, f.default]] : [])));
}

function readUrl(facets: readonly TableFacet[], columns: readonly TableColumn[]): State {
  const params = new URLSearchParams(window.location.search);
  const state: State = defaults(facets);
  for (const facet of facets) {
    const value = params.get(facet.key);
    if (value && (facet.options.some((o) => o.value === value) || (facet.default && value === ALL))) state[facet.key] = value;
  }
  const sort = params.get("sort");
  if (sort && columns.some((c) => c.key === sort.replace(/^-/, ""))) state.sort = sort;
  return state;
}

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table the server renders in full; in the browser its rows filter by facets and sort by any
 * column (the header buttons), the state kept in the URL (`?commodity=gold&sort=-reserve`) so a
 * link reproduces the view, and "Download CSV" saves the rows as shown. Without JavaScript the
 * whole table shows, in the server's order.
 */
export function DataTable({
  caption,
  columns,
  rows,
  facets,
  noun,
  csvName,
  children,
}: {
  caption: string;
  columns: TableColumn[];
  rows: TableRow[];
  facets: TableFacet[];
  noun: { one: string; other: string };
  csvName: string;
  children?: React.ReactNode;
}) {
  const [state, setState] = useState<State>(() => defaults(facets));
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");

  useEffect(() => {
    setState(readUrl(facets, columns));
    // The facets and columns are fixed for a page; read the URL once on mount.
  }, []);

  const apply = (next: State) => {
    setState(next);
    const params = new URLSearchParams();
    // A facet at its default value stays out of the address.
    for (const [k, v] of Object.entries(next)) if (facets.find((f) => f.key === k)?.default !== v) params.set(k, v);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  };
  const update = (key: string, value: string) => {
    const next = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    apply(next);
  };

  const wanted = (f: TableFacet) => {
    const value = state[f.key];
    return !value || value === ALL ? undefined : value;
  };
  const shown = rows.filter((row) => facets.every((f) => !wanted(f) || (row.facets[f.key] ?? []).includes(wanted(f) as string)));
  const sort = state.sort;
  if (sort) {
    const desc = sort.startsWith("-");
    const key = desc ? sort.slice(1) : sort;
    shown.sort((a, b) => {
      const left = a.cells[key]?.sort ?? a.cells[key]?.text ?? null;
      const right = b.cells[key]?.sort ?? b.cells[key]?.text ?? null;
      const blankLeft = left === null || left === "";
      const blankRight = right === null || right === "";
      if (blankLeft || blankRight) return blankLeft === blankRight ? 0 : blankLeft ? 1 : -1;
      const order = typeof left === "number" && typeof right === "number" ? left - right : compareText(String(left), String(right));
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

  const active = facets.some((f) => (state[f.key] ?? "") !== (f.default ?? ""));
  const total = rows.length;
  const inScope = rows.filter((row) => facets.every((f) => !f.default || !wanted(f) || (row.facets[f.key] ?? []).includes(wanted(f) as string))).length;
  return (
    <div className="data-table">
      <form className="filters" action="" method="get" onSubmit={(e) => e.preventDefault()}>
        {facets.map((f) => (
          <label key={f.key} htmlFor={`${id}-${f.key}`}>
            <span>{f.label}</span>
            <select id={`${id}-${f.key}`} name={f.key} value={state[f.key] ?? ""} onChange={(e) => update(f.key, e.target.value)}>
              <option value={f.default ? ALL : ""}>{f.allLabel ?? "All"}</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {children}
        {active ? (
          <button type="button" className="link-button" onClick={() => apply({ ...defaults(facets), ...(state.sort ? { sort: state.sort } : {}) })}>
            Clear filters
          </button>
        ) : null}
        <button type="button" onClick={download} className="csv-button">
          Download CSV of this view
        </button>
      </form>
      <p className="count" role="status" aria-live="polite">
        {shown.length === inScope ? `${inScope} ${inScope === 1 ? noun.one : noun.other}` : `${shown.length} of ${inScope} ${inScope === 1 ? noun.one : noun.other}`}
        {inScope < total ? ` (${total - inScope} more elsewhere: choose “${facets.find((f) => f.default)?.allLabel ?? "All"}”)` : ""}
        <span className="scroll-hint"> · the table scrolls sideways</span>
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways)`}>
        <table className="sortable">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const direction = sort === c.key ? "ascending" : sort === `-${c.key}` ? "descending" : undefined;
                return (
                  <th key={c.key} scope="col" aria-sort={direction} className={c.numeric ? "num" : undefined}>
                    <button type="button" className="sort-button" onClick={() => update("sort", sort === c.key ? `-${c.key}` : c.key)}>
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
          <tbody>
            {shown.map((r) => (
              <tr key={r.id}>
                {columns.map((c, i) => {
                  const cell = r.cells[c.key];
                  const content = cell?.href ? <a href={cell.href}>{cell.text}</a> : cell?.text;
                  const Tag = i === 0 ? "th" : "td";
                  return (
                    <Tag key={c.key} scope={i === 0 ? "row" : undefined} className={c.numeric ? "num" : undefined}>
                      {content}
                      {cell?.note ? <span className="cell-note">{cell.note}</span> : null}
                    </Tag>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p className="empty">No {noun.other} match these filters.</p> : null}
    </div>
  );
}
