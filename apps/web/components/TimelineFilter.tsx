"use client";

import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { FilterControls, passes, useAddressFilters, type Facet, type FilterTexts } from "./Filters";

export interface TimelineEntryProps {
  facets: Record<string, string[]>;
  children: ReactNode;
}

/**
 * What the filtered timeline says, written by the server in the page's language (no message file
 * travels to the browser): the count's plural forms (`{count} событий`), "3 of 91 events" and the
 * empty state.
 */
export interface TimelineTexts {
  lang: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** `{shown}` of `{total}` (the counted total). */
  of: string;
  noMatch: string;
  filters: FilterTexts;
}

/** One event of the filtered timeline (rendered by the server; the filter reads its facets). */
export function TimelineEntry({ children }: TimelineEntryProps) {
  return <>{children}</>;
}

/**
 * The timeline's filters by kind, region and period, kept in the URL (`?kind=occupation&period=before-1994`)
 * so a link reproduces the view. Without JavaScript every event shows.
 */
export function TimelineFilter({ facets, texts, children }: { facets: Facet[]; texts: TimelineTexts; children: ReactNode }) {
  const { state, set, clear, active } = useAddressFilters(facets);
  const items = Children.toArray(children).filter((c): c is ReactElement<TimelineEntryProps> => isValidElement(c));
  const shown = items.filter((item) => passes(facets, state, item.props.facets));
  const form = texts.count[new Intl.PluralRules(texts.lang).select(items.length)] ?? texts.count.other ?? "{count}";
  const total = form.replace("{count}", String(items.length));
  return (
    <>
      <FilterControls facets={facets} state={state} onChange={set} onClear={clear} active={active} texts={texts.filters} />
      <p className="count" role="status" aria-live="polite">
        {shown.length === items.length ? total : texts.of.replace("{shown}", String(shown.length)).replace("{total}", total)}
      </p>
      {shown.length === 0 ? <p className="empty">{texts.noMatch}</p> : <ol className="timeline compact">{shown}</ol>}
    </>
  );
}
