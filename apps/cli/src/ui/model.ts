/**
 * The browser's state and what each key does to it, apart from drawing. A key is a pure step
 * from one state to the next (`step`), so that a chunk of several keys (`jj`, `\rn`: a terminal
 * hands over what was typed since the last read) is handled key by key, in order, before one
 * frame is drawn. What a state shows — the list of the current tab, filter or search, and a
 * record's lines — is computed once per model and remembered, so a key costs a lookup, not a
 * description of the record.
 */
import { foldText, sortByText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";
import { listRecords } from "../options.js";
import { Describer, TAB_KINDS, wrapLines, type Line, type Ref } from "../describe.js";
import { fitText } from "../width.js";
import { ENGLISH, type Texts } from "../i18n.js";
import { titleIn } from "../names.js";

export interface Place {
  tab: number;
  index: number;
  focus: "list" | "detail";
  line: number;
  /** A record shown in the detail pane that is not in the current list. */
  pinned?: Ref;
  /** Search hits shown in the list instead of the tab's records. */
  results?: { query: string; hits: Ref[] };
  /** Text the tab's list is narrowed to (`/`). */
  filter?: string;
}

/** A line being typed: a search of every record (`s`) or a filter of the current list (`/`). */
export interface Prompt {
  mode: "search" | "filter";
  text: string;
}

export interface State {
  place: Place;
  history: Place[];
  prompt?: Prompt;
  help: boolean;
  quit?: boolean;
}

/** One key, as Ink describes it (only what the browser reads). */
export interface Key {
  text: string;
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export const START: State = { place: { tab: 0, index: 0, focus: "list", line: 0 }, history: [], help: false };

const NAMED: (keyof Key)[] = ["upArrow", "downArrow", "leftArrow", "rightArrow", "pageUp", "pageDown", "home", "end", "return", "escape", "tab", "backspace", "delete"];

/**
 * The keys in one input event. Ink splits escape sequences, Backspace and Ctrl+C out of a chunk
 * but hands the rest over as one string: `jjj` typed quickly, or `\rn` (Enter then n), is one
 * event. A named key stays one key; text is split into its characters, with CR and LF as Enter
 * and a tab character as Tab.
 */
export function splitKeys(text: string, key: Omit<Key, "text">): Key[] {
  if (NAMED.some((name) => (key as Partial<Key>)[name]) || key.ctrl || key.meta) return [{ ...key, text }];
  const chars = Array.from(text);
  if (chars.length <= 1) return [{ ...key, text }];
  return chars.map((c): Key => (c === "\r" || c === "\n" ? { text: "", return: true } : c === "\t" ? { text: "", tab: true } : { text: c }));
}

function clamp(n: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, n));
}

export const refKey = (ref: Ref): string => `${ref.kind}:${ref.id}`;

/** What the states of one atlas at one size show, computed on first use and kept. */
export class Model {
  readonly describer: Describer;
  readonly tabs: readonly EntityKind[] = TAB_KINDS;
  readonly detailWidth: number;
  readonly listWidth: number;
  readonly bodyHeight: number;
  private readonly tabLists = new Map<number, Ref[]>();
  private readonly searches = new Map<string, Ref[]>();
  private readonly filters = new Map<string, Ref[]>();
  private readonly labels = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  private readonly described = new Map<string, Line[]>();
  private readonly whole = new Map<string, Line[]>();

  constructor(
    readonly atlas: Atlas,
    readonly width: number,
    readonly height: number,
    /** Lines drawn after a record's description (a region's map), at the pane's text width. */
    private readonly after?: (entry: AnyRecord, width: number) => Line[],
    /** The language of labels, headings and the record's lines. */
    readonly tx: Texts = ENGLISH,
  ) {
    this.describer = new Describer(atlas, tx, "short");
    this.listWidth = clamp(Math.floor(width * 0.38), 20, 40);
    this.detailWidth = Math.max(20, width - this.listWidth - 2);
    this.bodyHeight = Math.max(3, height - 2);
  }

  entry(ref: Ref): AnyRecord | undefined {
    const record = this.atlas.get(ref.kind, ref.id);
    return record ? ({ kind: ref.kind, record } as AnyRecord) : undefined;
  }

  /** A tab's records in the atlas' own order: by name; events and documents by date. */
  tabList(tab: number): Ref[] {
    let refs = this.tabLists.get(tab);
    if (!refs) {
      const kind = this.tabs[tab] as EntityKind;
      let records = listRecords(this.atlas, kind, {});
      // Records with names are in the order of the names shown, in the reader's language.
      if (this.tx.lang !== "en" && this.atlas.fields[kind].fields?.names) records = sortByText(records, (r) => titleIn(this.atlas, { kind, record: r } as AnyRecord, this.tx));
      refs = records.map((r): Ref => ({ kind, id: r.id }));
      this.tabLists.set(tab, refs);
    }
    return refs;
  }

  private readonly listRows = new Map<string, string>();
  private readonly detailRows = new WeakMap<Line, [string?, string?]>();

  /** A list row as drawn: the cursor mark, the kind (in search results) and the label, fitted to the list pane with a column to spare before its border. */
  listRow(ref: Ref, selected: boolean, withKind: boolean): string {
    const key = `${selected ? 1 : 0}${withKind ? 1 : 0}${refKey(ref)}`;
    let row = this.listRows.get(key);
    if (row === undefined) {
      const kind = this.tx.lang === "en" ? ref.kind : this.tx.kind(ref.kind).toLocaleLowerCase(this.tx.lang);
      row = fitText(`${selected ? "›" : " "}${withKind ? `${kind}: ` : ""}${this.label(ref)}`, this.listWidth - 1);
      this.listRows.set(key, row);
    }
    return row;
  }

  /** A detail row as drawn: the cursor mark, the indent and the text, fitted to the pane (its border and padding take 2 columns). */
  detailRow(line: Line, cursor: boolean): string {
    let rows = this.detailRows.get(line);
    if (!rows) this.detailRows.set(line, (rows = []));
    const at = cursor ? 1 : 0;
    return (rows[at] ??= fitText(`${cursor ? "›" : " "}${"  ".repeat(line.indent)}${line.text}`, this.detailWidth - 2));
  }

  /** The one-line label of a record in a list, as plain text. */
  label(ref: Ref): string {
    const key = refKey(ref);
    let label = this.labels.get(key);
    if (label === undefined) {
      const entry = this.entry(ref);
      label = entry ? this.describer.summary(entry) : ref.id;
      this.labels.set(key, label);
    }
    return label;
  }

  /** What a filter matches a record by: its label, id, names and aliases, folded. */
  private matchText(ref: Ref): string {
    const key = refKey(ref);
    let text = this.folded.get(key);
    if (text === undefined) {
      const record = this.atlas.get(ref.kind, ref.id) as unknown as { names?: Record<string, string>; aliases?: { name: string }[] } | undefined;
      const names = [...Object.values(record?.names ?? {}), ...(record?.aliases ?? []).map((a) => a.name)];
      text = foldText([this.label(ref), ref.id, ...names].join("\n"));
      this.folded.set(key, text);
    }
    return text;
  }

  /** The tab's records whose label, id, names or aliases contain every word of `text` (case and diacritics aside). */
  filtered(tab: number, text: string): Ref[] {
    const words = foldText(text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.tabList(tab);
    const key = `${tab}\u0000${words.join(" ")}`;
    let refs = this.filters.get(key);
    if (!refs) {
      refs = this.tabList(tab).filter((ref) => {
        const haystack = this.matchText(ref);
        return words.every((w) => haystack.includes(w));
      });
      this.filters.set(key, refs);
    }
    return refs;
  }

  search(query: string): Ref[] {
    let refs = this.searches.get(query);
    if (!refs) {
      refs = query.trim() ? this.atlas.search(query, { limit: 50 }).map((h): Ref => ({ kind: h.kind, id: h.id })) : [];
      this.searches.set(query, refs);
    }
    return refs;
  }

  /** The rows of the list pane in a state. */
  items(s: State): Ref[] {
    if (s.prompt?.mode === "search") return this.search(s.prompt.text);
    if (s.prompt?.mode === "filter") return this.filtered(s.place.tab, s.prompt.text);
    if (s.place.results) return s.place.results.hits;
    if (s.place.filter) return this.filtered(s.place.tab, s.place.filter);
    return this.tabList(s.place.tab);
  }

  index(s: State): number {
    return clamp(s.place.index, 0, Math.max(0, this.items(s).length - 1));
  }

  /** The record in the detail pane. */
  shown(s: State): Ref | undefined {
    const items = this.items(s);
    return s.prompt ? items[this.index(s)] : (s.place.pinned ?? items[this.index(s)]);
  }

  /** The pane's text width: its border, padding and the cursor mark take 3 columns. */
  get textWidth(): number {
    return this.detailWidth - 3;
  }

  /** A record's description (its fields and relations, without what `after` adds), wrapped to the detail pane. */
  private description(ref: Ref): Line[] {
    const key = refKey(ref);
    let lines = this.described.get(key);
    if (!lines) {
      const entry = this.entry(ref);
      lines = entry ? wrapLines(this.describer.describe(entry, this.textWidth), this.textWidth) : [];
      this.described.set(key, lines);
    }
    return lines;
  }

  /** A record's lines, wrapped to the detail pane: its description, then what `after` adds (a region's map). */
  lines(ref: Ref | undefined): Line[] {
    if (!ref) return [];
    const description = this.description(ref);
    if (!this.after) return description;
    const key = refKey(ref);
    let lines = this.whole.get(key);
    if (!lines) {
      const entry = this.entry(ref);
      const after = entry ? this.after(entry, this.textWidth) : [];
      lines = after.length > 0 ? [...description, ...wrapLines(after, this.textWidth)] : description;
      this.whole.set(key, lines);
    }
    return lines;
  }

  /**
   * The first `count` lines of a record: what the pane shows while the cursor is in the list. A
   * region's map, at the end of a long description, is drawn only when the pane reaches it.
   */
  head(ref: Ref | undefined, count: number): Line[] {
    if (!ref) return [];
    const description = this.description(ref);
    return description.length >= count ? description.slice(0, count) : this.lines(ref).slice(0, count);
  }

  line(s: State): number {
    return clamp(s.place.line, 0, Math.max(0, this.lines(this.shown(s)).length - 1));
  }
}

/** The state after one key. */
export function step(m: Model, s: State, key: Key): State {
  const { place } = s;
  const text = key.text;
  const index = m.index(s);
  // The record's lines only when a key needs them (the detail pane has the focus, or n/N/Enter
  // there): moving down a list is a lookup, not a description of the record left behind.
  const line = place.focus === "detail" ? m.line(s) : place.line;
  const go = (next: Partial<Place>): State => ({ ...s, place: { ...place, ...next } });
  const push = (next: Place): State => ({ ...s, prompt: undefined, history: [...s.history, { ...place, index, line }], place: next });

  if (s.prompt) {
    const prompt = s.prompt;
    if (key.escape) return { ...s, prompt: undefined };
    if (key.return) {
      if (prompt.mode === "filter") return { ...s, prompt: undefined, place: { ...place, filter: prompt.text.trim() || undefined, results: undefined, pinned: undefined, index, focus: "list", line: 0 } };
      if (!prompt.text.trim()) return { ...s, prompt: undefined };
      return push({ ...place, results: { query: prompt.text, hits: m.search(prompt.text) }, pinned: undefined, filter: undefined, index, focus: "list", line: 0 });
    }
    if (key.backspace || key.delete) return { ...s, prompt: { ...prompt, text: prompt.text.slice(0, -1) }, place: { ...place, index: 0 } };
    if (key.upArrow || key.downArrow) return go({ index: clamp(index + (key.upArrow ? -1 : 1), 0, Math.max(0, m.items(s).length - 1)) });
    if (text && !key.ctrl && !key.meta && !key.tab) return { ...s, prompt: { ...prompt, text: prompt.text + text }, place: { ...place, index: 0 } };
    return s;
  }
  if (s.help) {
    if (text === "?" || key.escape || key.backspace || key.delete || text === "q") return { ...s, help: false };
    return s;
  }

  const items = m.items(s);
  const lines = (): Line[] => m.lines(m.shown(s));
  const follow = (ref: Ref): State => {
    const tab = m.tabs.indexOf(ref.kind);
    if (tab >= 0) {
      const at = m.tabList(tab).findIndex((r) => refKey(r) === refKey(ref));
      return push({ tab, index: Math.max(0, at), focus: "detail", line: 0 });
    }
    return push({ ...place, index, pinned: ref, focus: "detail", line: 0 });
  };
  const back = (): State => {
    const previous = s.history[s.history.length - 1];
    if (previous) return { ...s, history: s.history.slice(0, -1), place: previous };
    if (place.focus === "detail") return go({ focus: "list" });
    if (place.filter) return go({ filter: undefined, index: 0 });
    if (place.results || place.pinned) return { ...s, place: { ...START.place, tab: place.tab } };
    return s;
  };
  const move = (delta: number | "first" | "last"): State => {
    const total = place.focus === "list" ? items.length : lines().length;
    const current = place.focus === "list" ? index : line;
    const target = delta === "first" ? 0 : delta === "last" ? total - 1 : current + delta;
    const next = clamp(target, 0, Math.max(0, total - 1));
    return place.focus === "list" ? go({ index: next, pinned: undefined, line: 0 }) : go({ line: next });
  };
  /** The next (or previous) line that starts a link; from the list, the first one. */
  const jumpToLink = (direction: 1 | -1): State => {
    const all = lines();
    const from = place.focus === "list" ? (direction === 1 ? -1 : all.length) : line;
    for (let at = from + direction; at >= 0 && at < all.length; at += direction) {
      if (all[at]?.link && !all[at]?.continued) return go({ focus: "detail", line: at });
    }
    return s;
  };
  const switchTab = (tab: number): State => ({ ...s, place: { ...START.place, tab: (tab + m.tabs.length) % m.tabs.length } });

  if (text === "q") return { ...s, quit: true };
  if (text === "?") return { ...s, help: true };
  if (text === "/") return { ...s, prompt: { mode: "filter", text: place.results ? "" : (place.filter ?? "") }, place: { ...place, results: undefined, pinned: undefined, focus: "list", index: 0 } };
  if (text === "s") return { ...s, prompt: { mode: "search", text: "" }, place: { ...place, index: 0 } };
  if (key.escape || key.backspace || key.delete) return back();
  if (key.tab) return go({ focus: place.focus === "list" ? "detail" : "list" });
  if (key.leftArrow || text === "h") return switchTab(place.tab - 1);
  if (key.rightArrow || text === "l") return switchTab(place.tab + 1);
  if (/^[1-9]$/.test(text) && Number(text) <= m.tabs.length) return switchTab(Number(text) - 1);
  if (key.upArrow || text === "k") return move(-1);
  if (key.downArrow || text === "j") return move(1);
  if (key.pageUp) return move(-(m.bodyHeight - 1));
  if (key.pageDown) return move(m.bodyHeight - 1);
  if (text === "g" || key.home) return move("first");
  if (text === "G" || key.end) return move("last");
  if (text === "n" || text === "N") return jumpToLink(text === "n" ? 1 : -1);
  if (key.return) {
    if (place.focus === "list") {
      const target = items[index];
      if (!target) return s;
      if (place.results) return follow(target);
      return push({ ...place, index, pinned: undefined, focus: "detail", line: 0 });
    }
    const link = lines()[line]?.link;
    if (link) return follow(link);
  }
  return s;
}
