"use client";

import { Children, isValidElement, useEffect, useId, useState, type ReactElement, type ReactNode } from "react";
import type { Facet } from "./FilterList";

export interface TimelineEntryProps {
  facets: Record<string, string[]>;
  children: ReactNode;
}

/** One event of the filtered timeline (rendered by the server; the filter reads its facets). */
export function TimelineEntry({ children }: TimelineEntryProps) {
  return <>{children}</>;
}

type State = Record<string, string>;

/**
 * The timeline's filters by kind, region and period, kept in the URL (`?kind=occupation&period=before-1994`)
 * so a link reproduces the view. Without JavaScript every event shows.
 */
export function TimelineFilter({ facets, children }: { facets: Facet[]; children: ReactNode }) {
  const [state, setState] = useState<State>({});
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const next: State = {};
    for (const f of facets) {
      const value = params.get(f.key);
      if (value && f.options.some((o) => o.value === value)) next[f.key] = value;
    }
    setState(next);
    // The facets are fixed for the page; read the URL once on mount.
  }, []);

  const apply = (next: State) => {
    setState(next);
    const params = new URLSearchParams(next);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  };

  const items = Children.toArray(children).filter((c): c is ReactElement<TimelineEntryProps & { id?: string }> => isValidElement(c));
  const shown = items.filter((item) => facets.every((f) => !state[f.key] || (item.props.facets[f.key] ?? []).includes(state[f.key] as string)));
  const active = facets.some((f) => state[f.key]);
  return (
    <>
      <form className="filters" action="" method="get" onSubmit={(e) => e.preventDefault()}>
        {facets.map((f) => (
          <label key={f.key} htmlFor={`${id}-${f.key}`}>
            <span>{f.label}</span>
            <select
              id={`${id}-${f.key}`}
              name={f.key}
              value={state[f.key] ?? ""}
              onChange={(e) => {
                const next = { ...state };
                if (e.target.value) next[f.key] = e.target.value;
                else delete next[f.key];
                apply(next);
              }}
            >
              <option value="">All</option>
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        {active ? (
          <button type="button" className="link-button" onClick={() => apply({})}>
            Clear filters
          </button>
        ) : null}
      </form>
      <p className="count" role="status" aria-live="polite">
        {shown.length === items.length ? `${items.length} events` : `${shown.length} of ${items.length} events`}
      </p>
      {shown.length === 0 ? <p className="empty">No events match these filters.</p> : <ol className="timeline compact">{shown}</ol>}
    </>
  );
}
