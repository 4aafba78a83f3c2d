/**
 * The interactive browser: tabs of records, a list, a detail pane with every field and its
 * citations, a filter of the current list, search, and links that Enter follows (Esc goes
 * back). A pure component: the atlas and the terminal size come in as props, so tests render
 * it with ink-testing-library. What each key does is `step` in model.ts; this file draws.
 */
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { Box, Text, useApp, useInput } from "ink";
import type { AnyRecord, Atlas, BoundaryCollection } from "@karabakh-atlas/data/core";
import { drawMap, focusShapes } from "../map.js";
import { kindPlural, type Line, type Tone } from "../describe.js";
import { plainRow } from "../output.js";
import { ENGLISH, type Texts } from "../i18n.js";
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
  /** Reads the boundaries when the first map is drawn (instead of `boundaries`: not before the first frame). */
  loadBoundaries?: () => BoundaryCollection | undefined;
  /** The language of tabs, headings, key hints and the records' lines (English without one). */
  tx?: Texts;
}

/** The keys and what they do, in a language. */
export function keys(tx: Texts): [string, string][] {
  const or = tx.t("cli.show.or");
  return [
    [`← → ${or} h l, 1–9`, tx.t("cli.browser.key.switch-tab")],
    [`↑ ↓ ${or} k j`, tx.t("cli.browser.key.move")],
    ["PgUp PgDn", tx.t("cli.browser.key.page")],
    ["g G (Home End)", tx.t("cli.browser.key.first-last")],
    ["Enter", tx.t("cli.browser.key.open")],
    ["n N", tx.t("cli.browser.key.next-link")],
    ["Tab", tx.t("cli.browser.key.focus")],
    [`Esc ${or} Backspace`, tx.t("cli.browser.key.back")],
    ["/", tx.t("cli.browser.key.filter")],
    ["s", tx.t("cli.browser.key.search")],
    ["?", tx.t("cli.browser.key.help")],
    ["q", tx.t("cli.browser.key.quit")],
  ];
}

export const KEYS: [string, string][] = keys(ENGLISH);

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
function mapLines(atlas: Atlas, boundaries: BoundaryCollection | undefined, entry: AnyRecord | undefined, width: number, tx: Texts): Line[] {
  if (!boundaries || entry?.kind !== "region" || focusShapes(atlas, boundaries, entry.record).length === 0) return [];
  const map = drawMap(atlas, boundaries, entry.record, { width, color: false, tx });
  return [
    { text: "", indent: 0, tone: "text" },
    { text: `${tx.t("common.map")}: ${map.title}`, indent: 0, tone: "heading" },
    ...map.lines.map((text): Line => ({ text, indent: 0, tone: "text" })),
  ];
}

/** A row of the list pane: its text is fitted once per record and state (Model.listRow), and React skips a row whose props are the same. */
const ListRow = memo(function ListRow({ text, selected, inverse }: { text: string; selected: boolean; inverse: boolean }) {
  return (
    <Text inverse={inverse} bold={selected}>
      {text}
    </Text>
  );
});

/** A row of the detail pane. */
const DetailRow = memo(function DetailRow({ text, tone, cursor, color }: { text: string; tone: Tone; cursor: boolean; color: boolean }) {
  return (
    <Text
      inverse={cursor && color}
      bold={tone === "title" || tone === "heading"}
      dimColor={color && (tone === "meta" || tone === "note")}
      italic={tone === "excerpt"}
      color={color ? TONE_COLOR[tone] : undefined}
    >
      {text}
    </Text>
  );
});

/** Records next to the cursor whose first screen is written while the terminal waits for a key. */
const WARM_AROUND = [1, -1, 2];

export function App({ atlas, width, height, color = true, boundaries, loadBoundaries, tx = ENGLISH }: AppProps) {
  const { exit } = useApp();
  const model = useMemo(() => {
    let loaded: BoundaryCollection | undefined;
    const map = (entry: AnyRecord, w: number) => {
      if (entry.kind !== "region") return [];
      loaded ??= boundaries ?? loadBoundaries?.();
      return mapLines(atlas, loaded, entry, w, tx);
    };
    return new Model(atlas, width, height, boundaries || loadBoundaries ? map : undefined, tx);
  }, [atlas, width, height, boundaries, loadBoundaries, tx]);
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
  // With the cursor in the list, the pane shows the record's first screen: a long record (a
  // region and its map) is described in full only when the detail pane takes the focus.
  const inDetail = place.focus === "detail";
  const lines = inDetail ? model.lines(shown) : model.head(shown, bodyHeight);
  const line = inDetail ? model.line(state) : 0;
  const listTitle = prompt
    ? plainRow(prompt.mode === "search" ? tx.t("cli.browser.prompt.search", { text: prompt.text }) : tx.t("cli.browser.prompt.filter", { text: prompt.text }))
    : place.results
      ? plainRow(tx.t("cli.browser.results", { query: place.results.query }))
      : place.filter
        ? plainRow(tx.t("cli.browser.prompt.filter", { text: place.filter }))
        : undefined;
  const listRowsShown = bodyHeight - (listTitle ? 1 : 0);
  const listTop = useWindowTop(index, listRowsShown, items.length);
  const detailTop = useWindowTop(line, bodyHeight, lines.length);

  // While no key is pressed, the records next to the cursor are described, one per turn of the
  // event loop, so that the next move finds its lines written; a key cancels what is left.
  useEffect(() => {
    if (prompt || help) return;
    const next = WARM_AROUND.map((d) => items[index + d]).filter((r): r is NonNullable<typeof r> => r !== undefined);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const warm = () => {
      const ref = next.shift();
      if (!ref) return;
      model.head(ref, bodyHeight);
      timer = setTimeout(warm, 0);
    };
    timer = setTimeout(warm, 0);
    return () => clearTimeout(timer);
  }, [model, items, index, prompt, help, bodyHeight]);

  const labels = model.tabs.map((kind) => kindPlural(kind, tx));
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
    const selected = listTop + i === index;
    return <ListRow key={refKey(ref)} text={model.listRow(ref, selected, searchLike)} selected={selected} inverse={selected && color && !inDetail} />;
  });

  const detailRows = lines.slice(detailTop, detailTop + bodyHeight).map((l, i) => {
    const at = detailTop + i;
    const cursor = inDetail && at === line;
    return <DetailRow key={i} text={model.detailRow(l, cursor)} tone={l.tone} cursor={cursor} color={color} />;
  });

  const position = !inDetail ? `${items.length === 0 ? 0 : index + 1}/${items.length}` : tx.t("cli.browser.line", { line: line + 1, count: lines.length });
  const footer = prompt
    ? plainRow(
        `${prompt.mode === "search" ? tx.t("cli.browser.prompt.search", { text: prompt.text }) : `/${prompt.text}`}▌  Enter: ${prompt.mode === "search" ? tx.t("cli.browser.prompt.keep-results") : tx.t("cli.browser.prompt.keep-filter")} · Esc: ${tx.t("cli.browser.prompt.cancel")}`,
      )
    : `${position} · ${tx.t("cli.browser.footer")}`;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box height={1}>
        {from > 0 ? <Text>« </Text> : null}
        {tabs}
        {to < labels.length ? <Text> »</Text> : null}
      </Box>
      {help ? (
        <Box flexDirection="column" height={bodyHeight} paddingLeft={1}>
          <Text bold>{tx.t("cli.browser.keys")}</Text>
          {keys(tx).map(([keys, what]) => (
            <Text key={keys}>{fitText(`${padDisplay(keys, 20)}${what}`, width - 1)}</Text>
          ))}
          {tx.untranslated ? <Text wrap="wrap">{tx.t("cli.untranslated-note")}</Text> : null}
          <Text dimColor={color}>{tx.t("cli.browser.close-keys")}</Text>
        </Box>
      ) : (
        <Box height={bodyHeight} flexDirection="row">
          {/* No overflow clipping: every row is already fitted to its pane (and clipping costs a pass over every character of every frame). */}
          <Box flexDirection="column" width={listWidth}>
            {listTitle ? <Text bold>{fitText(listTitle, listWidth)}</Text> : null}
            {items.length === 0 ? <Text dimColor={color}>{` (${prompt || place.filter ? tx.t("cli.browser.no-matches") : tx.t("cli.browser.no-records")})`}</Text> : listRows}
          </Box>
          <Box flexDirection="column" width={detailWidth} borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1}>
            {shown ? detailRows : <Text dimColor={color}>{tx.t("cli.browser.nothing-selected")}</Text>}
          </Box>
        </Box>
      )}
      <Box height={1}>
        <Text dimColor={color && !prompt}>{fitText(footer, width)}</Text>
      </Box>
    </Box>
  );
}
