"use client";

import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { FilterControls, countLine, passes, useAddressFilters, type Facet } from "./Filters";

export interface TimelineEntryProps {
  facets: Record<string, string[]>;
  children: ReactNode;
}

/** One event of the filtered timeline (rendered by the server; the filter reads its facets). */
export function TimelineEntry({ children }: TimelineEntryProps) {
  return <>{children}</>;
}

/**
 * The timeline's filters by kind, region and period, kept in the URL (`?kind=occupation&period=before-1994`)
 * so a link reproduces the view. Without JavaScript every event shows.
 */
export function TimelineFilter({ facets, children }: { facets: Facet[]; children: ReactNode }) {
  const { state, set, clear, active } = useAddressFilters(facets);
  const items = Children.toArray(children).filter((c): c is ReactElement<TimelineEntryProps> => isValidElement(c));
  const shown = items.filter((item) => passes(facets, state, item.props.facets));
  return (
    <>
      <FilterControls facets={facets} state={state} onChange={set} onClear={clear} active={active} />
      <p className="count" role="status" aria-live="polite">
        {countLine(shown.length, items.length, { one: "event", other: "events" })}
      </p>
      {shown.length === 0 ? <p className="empty">No events match these filters.</p> : <ol className="timeline compact">{shown}</ol>}
    </>
  );
}
