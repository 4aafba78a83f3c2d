import { comparePartialDates, type Event, type PartialDate } from "@karabakh-atlas/domain/vocabulary";

/** The periods the timeline filters by, in order; an event belongs to the one its date falls in. */
export const TIMELINE_PERIODS = [
  { id: "before-1994", label: "The first war and occupation (to May 1994)", from: "0000", to: "1994-05-12" },
  { id: "1994-2020", label: "Between the wars (May 1994 – September 2020)", from: "1994-05-13", to: "2020-09-26" },
  { id: "2020-war", label: "The 2020 war and return (27 September – December 2020)", from: "2020-09-27", to: "2020-12-31" },
  { id: "after-2020", label: "Since 2021", from: "2021-01-01", to: "9999" },
] as const;

export type TimelinePeriod = (typeof TIMELINE_PERIODS)[number]["id"];

/** The period an event's date falls in; undefined for an undated event. */
export function periodOf(date: PartialDate | undefined): TimelinePeriod | undefined {
  if (!date) return undefined;
  // At the date's own precision: `1994` falls in the first period that any day of 1994 does.
  return TIMELINE_PERIODS.find((p) => comparePartialDates(date, p.from) >= 0 && comparePartialDates(date, p.to) <= 0)?.id;
}

/** The years that have events, in order, for year navigation. */
export function eventYears(events: readonly Pick<Event, "date">[]): number[] {
  return [...new Set(events.flatMap((e) => (e.date ? [Number(e.date.slice(0, 4))] : [])))].sort((a, b) => a - b);
}
