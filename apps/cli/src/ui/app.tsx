/**
 * The interactive browser: tabs of records, a list, a detail pane with every field and its
 * citations, search, and links that Enter follows (Esc goes back). A pure component: the atlas
 * and the terminal size come in as props, so tests render it with ink-testing-library.
 */
import { useMemo, useRef, useState } from "react";
import { Box, Text, useApp, useInput } from "ink";
import type { AnyRecord, Atlas, BoundaryCollection } from "@karabakh-atlas/data/core";
import { drawMap, focusShapes } from "../map.js";
import { listRecords } from "../options.js";
import { Describer, TAB_KINDS, kindPlural, wrapLines, type Line, type Ref, type Tone } from "../describe.js";
import { plainRow } from "../output.js";

export interface AppProps {
  atlas: Atlas;
  width: number;
  height: number;
  /** Colours and inverse video; off with NO_COLOR. */
  color?: boolean;
  /** The district boundaries: with them, a region's detail ends with its map. */
  boundaries?: BoundaryCollection;
}

interface Place {
  tab: number;
  index: number;
  focus: "list" | "detail";
  line: number;
  /** A record shown in the detail pane that is not in the current list. */
  pinned?: Ref;
  /** Search hits shown in the list instead of the tab's records. */
  results?: { query: string; hits: Ref[] };
}

const START: Place = { tab: 0, index: 0, focus: "list", line: 0 };

export const KEYS: [string, string][] = [
  ["← → or h l, 1–7", "switch tab"],
  ["↑ ↓ or k j", "move"],
  ["PgUp PgDn", "move a page"],
  ["g G (Home End)", "first, last"],
  ["Enter", "open the record / follow the link under the cursor"],
  ["n N", "next, previous link in the detail pane"],
  ["Tab", "switch between list and detail"],
  ["Esc or Backspace", "go back"],
  ["/", "search names and aliases (diacritics optional)"],
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

function refKey(ref: Ref): string {
  return `${ref.kind}:${ref.id}`;
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
  const describer = useMemo(() => new Describer(atlas), [atlas]);
  const [place, setPlace] = useState<Place>(START);
  const [history, setHistory] = useState<Place[]>([]);
  const [input, setInput] = useState<string | undefined>(undefined);
  const [help, setHelp] = useState(false);

  // Each tab in the atlas' own order: by name; events and documents by date.
  const tabRefs = useMemo(() => TAB_KINDS.map((kind) => listRecords(atlas, kind, {}).map((r): Ref => ({ kind, id: r.id }))), [atlas]);

  const liveHits = useMemo(
    () => (input ? atlas.search(input, { limit: 50 }).map((h): Ref => ({ kind: h.kind, id: h.id })) : undefined),
    [atlas, input],
  );
  const items: Ref[] = input !== undefined ? (liveHits ?? []) : (place.results?.hits ?? tabRefs[place.tab] ?? []);
  const index = clamp(place.index, 0, Math.max(0, items.length - 1));
  const shown: Ref | undefined = input !== undefined ? items[index] : (place.pinned ?? items[index]);
  const entry = useMemo(() => {
    if (!shown) return undefined;
    const record = atlas.get(shown.kind, shown.id);
    return record ? ({ kind: shown.kind, record } as AnyRecord) : undefined;
  }, [atlas, shown?.kind, shown?.id]);

  const listWidth = clamp(Math.floor(width * 0.38), 20, 40);
  const detailWidth = Math.max(20, width - listWidth - 2);
  const bodyHeight = Math.max(3, height - 2);
  // The detail pane's text width: its border, padding and the cursor mark take 3 columns.
  const lines: Line[] = useMemo(
    () => (entry ? wrapLines([...describer.describe(entry, detailWidth - 3), ...mapLines(atlas, boundaries, entry, detailWidth - 3)], detailWidth - 3) : []),
    [atlas, boundaries, describer, entry, detailWidth],
  );
  const line = clamp(place.line, 0, Math.max(0, lines.length - 1));
  const listTop = useWindowTop(index, bodyHeight, items.length);
  const detailTop = useWindowTop(place.focus === "detail" ? line : 0, bodyHeight, lines.length);

  const go = (next: Partial<Place>) => setPlace((p) => ({ ...p, ...next }));
  const push = (next: Place) => {
    setHistory((h) => [...h, { ...place, index, line }]);
    setPlace(next);
  };
  const follow = (ref: Ref) => {
    const tab = TAB_KINDS.indexOf(ref.kind);
    if (tab >= 0) {
      const at = (tabRefs[tab] ?? []).findIndex((r) => refKey(r) === refKey(ref));
      push({ tab, index: Math.max(0, at), focus: "detail", line: 0 });
    } else push({ ...place, index, pinned: ref, focus: "detail", line: 0 });
  };
  const back = () => {
    const previous = history[history.length - 1];
    if (previous) {
      setHistory((h) => h.slice(0, -1));
      setPlace(previous);
    } else if (place.focus === "detail") go({ focus: "list" });
    else if (place.results || place.pinned) setPlace({ ...START, tab: place.tab });
  };
  const move = (delta: number | "first" | "last") => {
    const total = place.focus === "list" ? items.length : lines.length;
    const current = place.focus === "list" ? index : line;
    const target = delta === "first" ? 0 : delta === "last" ? total - 1 : current + delta;
    const next = clamp(target, 0, Math.max(0, total - 1));
    if (place.focus === "list") go({ index: next, pinned: undefined, line: 0 });
    else go({ line: next });
  };
  /** The next (or previous) line that starts a link; from the list, the first one. */
  const jumpToLink = (direction: 1 | -1) => {
    const from = place.focus === "list" ? (direction === 1 ? -1 : lines.length) : line;
    for (let at = from + direction; at >= 0 && at < lines.length; at += direction) {
      if (lines[at]?.link && !lines[at]?.continued) return go({ focus: "detail", line: at });
    }
  };
  const switchTab = (tab: number) => setPlace({ ...START, tab: (tab + TAB_KINDS.length) % TAB_KINDS.length });

  useInput((text, key) => {
    if (input !== undefined) {
      if (key.escape) setInput(undefined);
      else if (key.return) {
        const hits = liveHits ?? [];
        setInput(undefined);
        if (input.trim()) push({ ...place, results: { query: input, hits }, pinned: undefined, index: 0, focus: "list", line: 0 });
      } else if (key.backspace || key.delete) setInput(input.slice(0, -1));
      else if (key.upArrow || key.downArrow) go({ index: clamp(index + (key.upArrow ? -1 : 1), 0, Math.max(0, items.length - 1)) });
      else if (text && !key.ctrl && !key.meta) setInput(input + text);
      return;
    }
    if (help) {
      if (text === "?" || key.escape || key.backspace || key.delete || text === "q") setHelp(false);
      return;
    }
    if (text === "q") return exit();
    if (text === "?") return setHelp(true);
    if (text === "/") return setInput("");
    if (key.escape || key.backspace || key.delete) return back();
    if (key.tab) return go({ focus: place.focus === "list" ? "detail" : "list" });
    if (key.leftArrow || text === "h") return switchTab(place.tab - 1);
    if (key.rightArrow || text === "l") return switchTab(place.tab + 1);
    if (/^[1-7]$/.test(text)) return switchTab(Number(text) - 1);
    if (key.upArrow || text === "k") return move(-1);
    if (key.downArrow || text === "j") return move(1);
    if (key.pageUp) return move(-(bodyHeight - 1));
    if (key.pageDown) return move(bodyHeight - 1);
    if (text === "g" || key.home) return move("first");
    if (text === "G" || key.end) return move("last");
    if (text === "n" || text === "N") return jumpToLink(text === "n" ? 1 : -1);
    if (key.return) {
      if (place.focus === "list") {
        const target = items[index];
        if (!target) return;
        if (place.results) return follow(target);
        return push({ ...place, index, pinned: undefined, focus: "detail", line: 0 });
      }
      const link = lines[line]?.link;
      if (link) follow(link);
    }
  });

  const tabs = TAB_KINDS.map((kind, i) => {
    const active = i === place.tab && !place.results && input === undefined;
    const label = kindPlural(kind);
    return (
      <Text key={kind} bold={active} inverse={active && color} color={active || !color ? undefined : "gray"}>
        {active && !color ? `[${label}]` : ` ${label} `}
      </Text>
    );
  });

  // The describer gives plain text; what was typed (or pasted) is made plain here.
  const listTitle = input !== undefined ? plainRow(`search: ${input}`) : place.results ? plainRow(`results for '${place.results.query}'`) : undefined;
  const listRows = items.slice(listTop, listTop + bodyHeight - (listTitle ? 1 : 0)).map((ref, i) => {
    const at = listTop + i;
    const selected = at === index;
    const record = atlas.get(ref.kind, ref.id);
    const label = record ? describer.summary({ kind: ref.kind, record } as AnyRecord) : ref.id;
    const prefix = input !== undefined || place.results ? `${ref.kind}: ` : "";
    return (
      <Text key={refKey(ref)} wrap="truncate-end" inverse={selected && color && place.focus === "list"} bold={selected}>
        {selected ? "›" : " "}
        {prefix}
        {label}
      </Text>
    );
  });

  const detailRows = lines.slice(detailTop, detailTop + bodyHeight).map((l, i) => {
    const at = detailTop + i;
    const cursor = place.focus === "detail" && at === line;
    return (
      <Text
        key={at}
        wrap="truncate-end"
        inverse={cursor && color}
        bold={l.tone === "title" || l.tone === "heading"}
        dimColor={color && (l.tone === "meta" || l.tone === "note")}
        italic={l.tone === "excerpt"}
        color={color ? TONE_COLOR[l.tone] : undefined}
      >
        {cursor ? "›" : " "}
        {"  ".repeat(l.indent)}
        {l.text}
      </Text>
    );
  });

  const position = place.focus === "list" ? `${items.length === 0 ? 0 : index + 1}/${items.length}` : `line ${line + 1}/${lines.length}`;
  const footer =
    input !== undefined
      ? plainRow(`/${input}▌  Enter: keep results · Esc: cancel`)
      : `${position} · ↑↓ move · Enter open · Esc back · / search · ? keys · q quit`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1} overflow="hidden">
        {tabs}
      </Box>
      {help ? (
        <Box flexDirection="column" height={bodyHeight} paddingLeft={1}>
          <Text bold>Keys</Text>
          {KEYS.map(([keys, what]) => (
            <Text key={keys} wrap="truncate-end">
              {keys.padEnd(20)}
              {what}
            </Text>
          ))}
          <Text dimColor={color}>Press ? or Esc to close.</Text>
        </Box>
      ) : (
        <Box height={bodyHeight} flexDirection="row">
          <Box flexDirection="column" width={listWidth} overflow="hidden">
            {listTitle ? (
              <Text bold wrap="truncate-end">
                {listTitle}
              </Text>
            ) : null}
            {items.length === 0 ? <Text dimColor={color}>{input !== undefined ? " (no matches)" : " (no records yet)"}</Text> : listRows}
          </Box>
          <Box flexDirection="column" width={detailWidth} overflow="hidden" borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
            {entry ? detailRows : <Text dimColor={color}>Nothing selected.</Text>}
          </Box>
        </Box>
      )}
      <Box height={1}>
        <Text wrap="truncate-end" dimColor={color && input === undefined}>
          {footer}
        </Text>
      </Box>
    </Box>
  );
}
