/**
 * The interactive browser: tabs of records, a list, a detail pane with every field and its
 * citations, a filter of the current list, search, and links that Enter follows (Esc goes
 * back). A pure component: the atlas and the terminal size come in as props, so tests render
 * it with ink-testing-library. What each key does is `step` in model.ts; this file draws.
 */
import { useMemo, useRef, useState } from "react";
import { Box, Text, useApp, useInput } from "ink";
import type { AnyRecord, Atlas, BoundaryCollection } from "@karabakh-atlas/data/core";
import { drawMap, focusShapes } from "../map.js";
import { kindPlural, type Line, type Tone } from "../describe.js";
import { plainRow } from "../output.js";
import { displayWidth, fitText, padDisplay } from "../width.js";
import { Model, START, refKey, splitKeys, step, type State } from "./model.js";

export interface AppProps {
  atlas: Atlas;
  width: number;
  height: number;
  /** Colours and inverse video; off with NO_COLOR. */
  color?: boolean;
  /** The district boundaries: with them, a region's detail ends with its map. */
  boundaries?: BoundaryCollection;
}

export const KEYS: [string, string][] = [
  ["← → or h l, 1–9", "switch tab"],
  ["↑ ↓ or k j", "move"],
  ["PgUp PgDn", "move a page"],
  ["g G (Home End)", "first, last"],
  ["Enter", "open the record / follow the link under the cursor"],
  ["n N", "next, previous link in the detail pane"],
  ["Tab", "switch between list and detail"],
  ["Esc or Backspace", "go back (or clear the filter)"],
  ["/", "filter this list (names, aliases, ids; diacritics optional)"],
  ["s", "search every record"],
  ["?", "show or hide these keys"],
  ["q", "quit"],
];

const TONE_COLOR: Partial<Record<Tone, string>> = { link: "cyan", source: "blue", heading: "yellow", bar: "green" };

function clamp(n: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, n));
}

/** Keeps the cursor inside a window of `size` rows, moving the window as little as possible. */
function useWindowTop(cursor: number, size: number, total: number): number {
  const top = useRef(0);
  let next = clamp(top.current, cursor - size + 1, cursor);
  next = clamp(next, 0, Math.max(0, total - size));
  top.current = next;
  return next;
}

/**
 * The tab bar in `width` columns: every tab when they fit, otherwise as many as fit around the
 * active one, with « and » where tabs are left out.
 */
export function tabWindow(labels: readonly string[], active: number, width: number): { from: number; to: number } {
  const cost = (i: number) => displayWidth(labels[i] ?? "") + 2;
  let from = active;
  let to = active + 1;
  let used = cost(active) + 4;
  for (let grew = true; grew; ) {
    grew = false;
    if (to < labels.length && used + cost(to) <= width) {
      used += cost(to++);
      grew = true;
    }
    if (from > 0 && used + cost(from - 1) <= width) {
      used += cost(--from);
      grew = true;
    }
  }
  return { from, to };
}

/** A region's map as detail lines (plain Braille and text, no colour: Ink measures the rows). */
function mapLines(atlas: Atlas, boundaries: BoundaryCollection | undefined, entry: AnyRecord | undefined, width: number): Line[] {
  if (!boundaries || entry?.kind !== "region" || focusShapes(atlas, boundaries, entry.record).length === 0) return [];
  const map = drawMap(atlas, boundaries, entry.record, { width, color: false });
  return [
    { text: "", indent: 0, tone: "text" },
    { text: `Map: ${map.title}`, indent: 0, tone: "heading" },
    ...map.lines.map((text): Line => ({ text, indent: 0, tone: "text" })),
  ];
}

export function App({ atlas, width, height, color = true, boundaries }: AppProps) {
  const { exit } = useApp();
  const model = useMemo(
    () => new Model(atlas, width, height, (entry, w) => mapLines(atlas, boundaries, entry, w)),
    [atlas, width, height, boundaries],
  );
  const [state, setState] = useState<State>(START);
  // The state after the keys handled so far: several input events can arrive before React
  // draws again, and each must start from the one before it.
  const latest = useRef<State>(state);

  useInput((text, key) => {
    let next = latest.current;
    for (const k of splitKeys(text, key)) {
      next = step(model, next, k);
      if (next.quit) break;
    }
    latest.current = next;
    if (next.quit) return exit();
    setState(next);
  });

  const { place, prompt, help } = state;
  const { listWidth, detailWidth, bodyHeight } = model;
  const items = model.items(state);
  const index = model.index(state);
  const shown = model.shown(state);
  const lines = model.lines(shown);
  const line = model.line(state);
  const listTitle = prompt
    ? plainRow(prompt.mode === "search" ? `search: ${prompt.text}` : `filter: ${prompt.text}`)
    : place.results
      ? plainRow(`results for '${place.results.query}'`)
      : place.filter
        ? plainRow(`filter: ${place.filter}`)
        : undefined;
  const listRowsShown = bodyHeight - (listTitle ? 1 : 0);
  const listTop = useWindowTop(index, listRowsShown, items.length);
  const detailTop = useWindowTop(place.focus === "detail" ? line : 0, bodyHeight, lines.length);

  const labels = model.tabs.map((kind) => kindPlural(kind));
  const tabsActive = !place.results && prompt?.mode !== "search";
  const { from, to } = tabWindow(labels, place.tab, width);
  const tabs = labels.slice(from, to).map((label, i) => {
    const active = from + i === place.tab && tabsActive;
    return (
      <Text key={label} bold={active} inverse={active && color} color={active || !color ? undefined : "gray"}>
        {active && !color ? `[${label}]` : ` ${label} `}
      </Text>
    );
  });

  const searchLike = prompt?.mode === "search" || Boolean(place.results);
  const listRows = items.slice(listTop, listTop + listRowsShown).map((ref, i) => {
    const at = listTop + i;
    const selected = at === index;
    const prefix = searchLike ? `${ref.kind}: ` : "";
    return (
      <Text key={refKey(ref)} inverse={selected && color && place.focus === "list"} bold={selected}>
        {fitText(`${selected ? "›" : " "}${prefix}${model.label(ref)}`, listWidth)}
      </Text>
    );
  });

  // The pane's text width: its border, padding and the cursor mark take 3 columns.
  const textWidth = detailWidth - 2;
  const detailRows = lines.slice(detailTop, detailTop + bodyHeight).map((l, i) => {
    const at = detailTop + i;
    const cursor = place.focus === "detail" && at === line;
    return (
      <Text
        key={at}
        inverse={cursor && color}
        bold={l.tone === "title" || l.tone === "heading"}
        dimColor={color && (l.tone === "meta" || l.tone === "note")}
        italic={l.tone === "excerpt"}
        color={color ? TONE_COLOR[l.tone] : undefined}
      >
        {fitText(`${cursor ? "›" : " "}${"  ".repeat(l.indent)}${l.text}`, textWidth)}
      </Text>
    );
  });

  const position = place.focus === "list" ? `${items.length === 0 ? 0 : index + 1}/${items.length}` : `line ${line + 1}/${lines.length}`;
  const footer = prompt
    ? plainRow(`${prompt.mode === "search" ? "search" : "/"}${prompt.text}▌  Enter: ${prompt.mode === "search" ? "keep results" : "keep filter"} · Esc: cancel`)
    : `${position} · ↑↓ move · Enter open · / filter · s search · ? keys · q quit`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} overflow="hidden">
        {from > 0 ? <Text>« </Text> : null}
        {tabs}
        {to < labels.length ? <Text> »</Text> : null}
      </Box>
      {help ? (
        <Box flexDirection="column" height={bodyHeight} paddingLeft={1}>
          <Text bold>Keys</Text>
          {KEYS.map(([keys, what]) => (
            <Text key={keys}>{fitText(`${padDisplay(keys, 20)}${what}`, width - 1)}</Text>
          ))}
          <Text dimColor={color}>Press ? or Esc to close.</Text>
        </Box>
      ) : (
        <Box height={bodyHeight} flexDirection="row">
          <Box flexDirection="column" width={listWidth} overflow="hidden">
            {listTitle ? <Text bold>{fitText(listTitle, listWidth)}</Text> : null}
            {items.length === 0 ? <Text dimColor={color}>{prompt || place.filter ? " (no matches)" : " (no records yet)"}</Text> : listRows}
          </Box>
          <Box flexDirection="column" width={detailWidth} overflow="hidden" borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
            {shown ? detailRows : <Text dimColor={color}>Nothing selected.</Text>}
          </Box>
        </Box>
      )}
      <Box height={1}>
        <Text dimColor={color && !prompt}>{fitText(footer, width)}</Text>
      </Box>
    </Box>
  );
}
