"use client";

import { Children, isValidElement, type ReactElement, type ReactNode } from "react";
import { formatNumber } from "@karabakh-atlas/domain/vocabulary";
import { translator, type Lang } from "@/lib/i18n";
import { FilterControls, passes, useAddressFilters, type Facet } from "./Filters";

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
export function TimelineFilter({ facets, lang, children }: { facets: Facet[]; lang: Lang; children: ReactNode }) {
  const { t, tn, locale } = translator(lang);
  const { state, set, clear, active } = useAddressFilters(facets);
  const items = Children.toArray(children).filter((c): c is ReactElement<TimelineEntryProps> => isValidElement(c));
  const shown = items.filter((item) => passes(facets, state, item.props.facets));
  const total = tn("web.timeline.events", items.length, { count: formatNumber(items.length, { locale }) });
  return (
    <>
      <FilterControls facets={facets} state={state} onChange={set} onClear={clear} active={active} />
      <p className="count" role="status" aria-live="polite">
        {shown.length === items.length ? total : t("web.timeline.shown-of", { shown: formatNumber(shown.length, { locale }), total })}
      </p>
      {shown.length === 0 ? <p className="empty">{t("web.timeline.no-match")}</p> : <ol className="timeline compact">{shown}</ol>}
    </>
  );
}
