"use client";

import { useEffect, useId, useState, type ReactNode } from "react";

/**
 * A filter of a list: its values as the listed records take them (the data package's facets), and
 * optionally a value it starts at, whose "All" is then kept in the address as `all`.
 */
export interface Facet {
  key: string;
  label: string;
  options: { value: string; label: string }[];
  default?: string;
  allLabel?: string;
}

/** The chosen value of each facet (and a list's sort key), as in the address. */
export type FilterState = Record<string, string>;

const ALL = "all";

function defaults(facets: readonly Facet[]): FilterState {
  return Object.fromEntries(facets.flatMap((f) => (f.default ? [[f.key, f.default]] : [])));
}

/** The value a facet selects by now, or undefined when it lets everything through. */
export function chosen(facet: Facet, state: FilterState): string | undefined {
  const value = state[facet.key];
  return !value || value === ALL ? undefined : value;
}

/** Whether a record with these facet values passes the chosen facets. */
export const passes = (facets: readonly Facet[], state: FilterState, values: Record<string, readonly string[]>): boolean =>
  facets.every((f) => {
    const want = chosen(f, state);
    return !want || (values[f.key] ?? []).includes(want);
  });

/**
 * A counted noun in a page's language, as the server wrote it: each plural form the language has
 * (`{count} месторождений`), and how "3 of 12 deposits" reads (`{shown}`, `{counted}`).
 */
export interface CountTexts {
  lang: string;
  forms: Partial<Record<Intl.LDMLPluralRule, string>>;
  of: string;
}

/** `countLine` in a language: the form the total takes (Russian one, few, many; Azerbaijani one form). */
export function countIn(texts: CountTexts, shown: number, total: number): string {
  const form = texts.forms[new Intl.PluralRules(texts.lang).select(total)] ?? texts.forms.other ?? "{count}";
  const counted = form.replace("{count}", String(total));
  return shown === total ? counted : texts.of.replace("{shown}", String(shown)).replace("{counted}", counted);
}

/** "12 documents", or "3 of 12 documents" while filters hide some. */
export const countLine = (shown: number, total: number, noun: { one: string; other: string }): string =>
  `${shown === total ? "" : `${shown} of `}${total} ${total === 1 ? noun.one : noun.other}`;

/**
 * A list's filter state kept in the address (`?kind=occupation&sort=-date`), so a link reproduces the
 * view. The server renders the list unfiltered; the address is read once the page has hydrated. A
 * facet at its default stays out of the address; `sort` is kept when it names one of `sortKeys`
 * (with a leading `-` for descending).
 */
export function useAddressFilters(facets: readonly Facet[], sortKeys: readonly string[] = []) {
  const [state, setState] = useState<FilterState>(() => defaults(facets));

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const next = defaults(facets);
    for (const f of facets) {
      const value = params.get(f.key);
      if (value && (f.options.some((o) => o.value === value) || (f.default && value === ALL))) next[f.key] = value;
    }
    const sort = params.get("sort");
    if (sort && sortKeys.includes(sort.replace(/^-/, ""))) next.sort = sort;
    setState(next);
    // The facets and sort keys are fixed for a page; read the address once on mount.
  }, []);

  const apply = (next: FilterState) => {
    setState(next);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (facets.find((f) => f.key === k)?.default !== v) params.set(k, v);
    const query = params.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  };
  const set = (key: string, value: string) => {
    const next = { ...state };
    if (value) next[key] = value;
    else delete next[key];
    apply(next);
  };
  /** Every facet back to its default; the sort order stays. */
  const clear = () => apply({ ...defaults(facets), ...(state.sort ? { sort: state.sort } : {}) });
  const active = facets.some((f) => (state[f.key] ?? "") !== (f.default ?? ""));
  return { state, set, clear, active };
}

/** What a list's filter controls say: "All" (a facet's every value) and "Clear filters". */
export interface FilterTexts {
  all: string;
  clear: string;
}

const ENGLISH_FILTER_TEXTS: FilterTexts = { all: "All", clear: "Clear filters" };

/**
 * The select boxes of a list's facets, anything else the list offers (`children`), and "Clear
 * filters" while a facet is away from its default. A plain GET form, so without JavaScript it
 * still names what it would filter by.
 */
export function FilterControls({
  facets,
  state,
  onChange,
  onClear,
  active,
  texts = ENGLISH_FILTER_TEXTS,
  children,
}: {
  facets: readonly Facet[];
  state: FilterState;
  onChange: (key: string, value: string) => void;
  onClear: () => void;
  active: boolean;
  /** The words of the controls in the page's language (English by default). */
  texts?: FilterTexts;
  children?: ReactNode;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  return (
    <form className="filters" action="" method="get" onSubmit={(e) => e.preventDefault()}>
      {facets.map((f) => (
        <label key={f.key} htmlFor={`${id}-${f.key}`}>
          <span>{f.label}</span>
          <select id={`${id}-${f.key}`} name={f.key} value={state[f.key] ?? ""} onChange={(e) => onChange(f.key, e.target.value)}>
            <option value={f.default ? ALL : ""}>{f.allLabel ?? texts.all}</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {active ? (
        <button type="button" className="link-button" onClick={onClear}>
          {texts.clear}
        </button>
      ) : null}
      {children}
    </form>
  );
}
