"use client";

import { Children, isValidElement, useEffect, useId, useState, type ReactElement, type ReactNode } from "react";
import { compareText } from "@karabakh-atlas/domain/vocabulary";

export interface Facet {
  key: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface SortOption {
  key: string;
  label: string;
}

export interface FilterItemProps {
  facets: Record<string, string[]>;
  sort: Record<string, string | number>;
  children: ReactNode;
}

/** One row of a filtered list; its facets and sort keys are read by the list around it. */
export function FilterItem({ children }: FilterItemProps) {
  return <li>{children}</li>;
}

type State = Record<string, string>;

function readUrl(facets: Facet[], sorts: SortOption[]): State {
  const params = new URLSearchParams(window.location.search);
  const state: State = {};
  for (const facet of facets) {
    const value = params.get(facet.key);
    if (value && facet.options.some((o) => o.value === value)) state[facet.key] = value;
  }
  const sort = params.get("sort");
  if (sort && sorts.some((s) => s.key === sort)) state.sort = sort;
  return state;
}

/**
 * Filters and sorts a list that the server rendered in full. The state lives in the URL
 * (so a permalink reproduces the view); without JavaScript the whole list shows.
 */
export function FilterList({
  facets,
  sorts,
  noun,
  children,
}: {
  facets: Facet[];
  sorts: SortOption[];
  noun: { one: string; other: string };
  children: ReactNode;
}) {
  const [state, setState] = useState<State>({});
  const id = useId();

  useEffect(() => {
    setState(readUrl(facets, sorts));
    // The facets are fixed for a page; read the URL once on mount.
  }, []);

  const update = (key: string, value: string) => {
    const next = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    setState(next);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) params.set(k, v);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  };

  const items = Children.toArray(children).filter((c): c is ReactElement<FilterItemProps> => isValidElement(c));
  const shown = items.filter((item) =>
    facets.every((f) => {
      const want = state[f.key];
      return !want || (item.props.facets[f.key] ?? []).includes(want);
    }),
  );
  const sortKey = state.sort ?? sorts[0]?.key;
  if (sortKey && sortKey !== sorts[0]?.key) {
    const desc = sortKey.startsWith("-");
    const key = desc ? sortKey.slice(1) : sortKey;
    shown.sort((a, b) => {
      const left = a.props.sort[key] ?? "";
      const right = b.props.sort[key] ?? "";
      const order = typeof left === "number" && typeof right === "number" ? left - right : compareText(String(left), String(right));
      return desc ? -order : order;
    });
  }
  const active = facets.some((f) => state[f.key]);

  return (
    <div className="filter-list">
      <form className="filters" action="" method="get" onSubmit={(e) => e.preventDefault()}>
        {facets.map((f) => (
          <label key={f.key} htmlFor={`${id}-${f.key}`}>
            <span>{f.label}</span>
            <select id={`${id}-${f.key}`} name={f.key} value={state[f.key] ?? ""} onChange={(e) => update(f.key, e.target.value)}>
              <option value="">All</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {sorts.length > 1 ? (
          <label htmlFor={`${id}-sort`}>
            <span>Sort by</span>
            <select id={`${id}-sort`} name="sort" value={state.sort ?? sorts[0]?.key} onChange={(e) => update("sort", e.target.value === sorts[0]?.key ? "" : e.target.value)}>
              {sorts.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {active ? (
          <button type="button" className="link-button" onClick={() => { setState({}); window.history.replaceState(null, "", window.location.pathname); }}>
            Clear filters
          </button>
        ) : null}
      </form>
      <p className="count" role="status" aria-live="polite">
        {shown.length === items.length
          ? `${items.length} ${items.length === 1 ? noun.one : noun.other}`
          : `${shown.length} of ${items.length} ${items.length === 1 ? noun.one : noun.other}`}
      </p>
      {shown.length === 0 ? (
        <p className="empty">{items.length === 0 ? `No ${noun.other} in the dataset yet.` : `No ${noun.other} match these filters.`}</p>
      ) : (
        <ul className="records">{shown}</ul>
      )}
    </div>
  );
}
