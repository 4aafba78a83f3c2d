/**
 * `karabakh-atlas map [region]`: the districts drawn in Braille characters (each character 2×4
 * dots) from the data package's boundaries, shaded by when they returned (colour on a terminal),
 * with the located deposits as symbols by commodity group, the places as dots, the district
 * names placed where they do not overlap, and a key that also says everything the drawing
 * cannot (the districts of each group, the deposits known only to their district).
 */
import {
  COMMODITY_GROUP,
  COMMODITY_GROUP_OF,
  RETURN_GROUP,
  distinctPlaceNames,
  labelOf,
  plainText,
  shortPlaceName,
  type CommodityGroup,
  type Deposit,
  type Region,
  type ReturnGroup,
} from "@karabakh-atlas/domain/vocabulary";
import { ENGLISH, namesIn, type Texts } from "./i18n.js";
import { lowerLabel } from "./names.js";
import { boundsOf, containsPoint, regionBoundary, returnGroup, type Atlas, type BoundaryCollection, type BoundaryFeature } from "@karabakh-atlas/data/core";

/** One symbol per commodity group; the same on a terminal and in a pipe. */
export const DEPOSIT_SYMBOL: Record<CommodityGroup, string> = {
  precious: "◆",
  base: "■",
  ferrous: "▲",
  industrial: "●",
  water: "◍",
  other: "◇",
};
export const PLACE_SYMBOL = "•";

/** ANSI 256-colour backgrounds of the return groups (dark, so the white dots stay legible). */
const GROUP_BACKGROUND: Record<ReturnGroup, number | undefined> = {
  "2020-statement": 24,
  "2020-war": 94,
  "2023": 54,
  other: 238,
  none: undefined,
};

interface Shape {
  region: Region;
  feature: BoundaryFeature;
  group: ReturnGroup;
}

export interface MapOptions {
  /** Columns of the drawing. */
  width: number;
  color: boolean;
  /** The language of names and the key (English without one). */
  tx?: Texts;
}

export interface TerminalMap {
  title: string;
  lines: string[];
}

/** Dots of one Braille cell, by (x, y) in the 2×4 cell: the Unicode bit of each. */
const BRAILLE_BIT = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** The short name of a region for a label, in the reader's language (the domain's shortPlaceName, as on the web's map). */
function shortNameIn(region: Region, tx: Texts): string {
  const { name } = namesIn(region.names, tx.lang);
  return plainText(shortPlaceName(name, name === region.names.en));
}

/** The polygons a region is drawn as: its own, an enclosing district's, or those of the districts that hold its parts. */
export function focusShapes(atlas: Atlas, boundaries: BoundaryCollection, region: Region): BoundaryFeature[] {
  const own = regionBoundary(boundaries, region);
  if (own) return [own];
  const fromParts = (region.noBoundary?.parts ?? [])
    .flatMap((p) => {
      const r = atlas.find(p.region);
      return r?.kind === "region" ? focusShapes(atlas, boundaries, r.record) : [];
    })
    .filter((f, i, all) => all.indexOf(f) === i);
  if (fromParts.length > 0) return fromParts;
  const parent = region.parent ? atlas.find(region.parent) : undefined;
  return parent?.kind === "region" && parent.record.kind !== "country" ? focusShapes(atlas, boundaries, parent.record) : [];
}

/**
 * The map of the territories (no region) or of one region, enlarged, with its neighbours.
 * Returns the lines to print (with ANSI colours when `color`).
 */
export function drawMap(atlas: Atlas, boundaries: BoundaryCollection, focus: Region | undefined, options: MapOptions): TerminalMap {
  const regions = atlas.dataset.regions;
  const tx = options.tx ?? ENGLISH;
  const shortName = (region: Region) => shortNameIn(region, tx);
  const shapes: Shape[] = regions.flatMap((r) => {
    const feature = regionBoundary(boundaries, r);
    return feature ? [{ region: r, feature, group: returnGroup(r) }] : [];
  });
  const focused = focus ? focusShapes(atlas, boundaries, focus) : shapes.filter((s) => s.group !== "none").map((s) => s.feature);
  const frame = focused.length > 0 ? focused : shapes.map((s) => s.feature);
  const [w0, s0, e0, n0] = boundsOf(frame);
  const padX = (e0 - w0) * 0.06;
  const padY = (n0 - s0) * 0.06;
  const [west, south, east, north] = [w0 - padX, s0 - padY, e0 + padX, n0 + padY];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const cols = Math.max(20, options.width);
  const dotsX = cols * 2;
  const scale = dotsX / ((east - west) * k);
  const rows = Math.max(6, Math.ceil(((north - south) * scale) / 4));
  const dotsY = rows * 4;
  const toDot = (lon: number, lat: number): [number, number] => [(lon - west) * k * scale, (north - lat) * scale];
  const toLonLat = (x: number, y: number): [number, number] => [west + x / (k * scale), north - y / scale];

  const dots = new Uint8Array(cols * rows);
  const plot = (x: number, y: number) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    if (xi < 0 || yi < 0 || xi >= dotsX || yi >= dotsY) return;
    const cell = Math.floor(yi / 4) * cols + Math.floor(xi / 2);
    dots[cell] = (dots[cell] ?? 0) | (BRAILLE_BIT[yi % 4]?.[xi % 2] ?? 0);
  };
  const line = (a: [number, number], b: [number, number]) => {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1]))));
    for (let i = 0; i <= steps; i++) plot(a[0] + ((b[0] - a[0]) * i) / steps, a[1] + ((b[1] - a[1]) * i) / steps);
  };
  // Outlines of every polygon in view (the vendored file's other districts too, as context).
  for (const feature of boundaries.features) {
    const polys = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const poly of polys) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const [ax, ay] = ring[i - 1] as [number, number];
          const [bx, by] = ring[i] as [number, number];
          if (Math.max(ax, bx) < west || Math.min(ax, bx) > east || Math.max(ay, by) < south || Math.min(ay, by) > north) continue;
          line(toDot(ax, ay), toDot(bx, by));
        }
      }
    }
  }

  // Which atlas region each cell's centre lies in (for the shading and the focus).
  const owner: (Shape | undefined)[] = new Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const point = toLonLat(c * 2 + 1, r * 4 + 2);
      owner[r * cols + c] = shapes.find((s) => containsPoint(s.feature, point));
    }
  }

  const text: (string | undefined)[] = new Array(cols * rows);
  const taken = new Uint8Array(cols * rows);
  const cellOf = (lon: number, lat: number): [number, number] | undefined => {
    const [x, y] = toDot(lon, lat);
    const c = Math.floor(x / 2);
    const r = Math.floor(y / 4);
    return c >= 0 && r >= 0 && c < cols && r < rows ? [c, r] : undefined;
  };
  const place = (lon: number, lat: number, symbol: string) => {
    const at = cellOf(lon, lat);
    if (!at) return false;
    const i = at[1] * cols + at[0];
    if (taken[i]) return false;
    text[i] = symbol;
    taken[i] = 1;
    return true;
  };

  // Symbols first (they must not be hidden by a label), then labels where they fit.
  const located = atlas.dataset.deposits.filter((d) => d.location);
  const inView = (lon: number, lat: number) => lon >= west && lon <= east && lat >= south && lat <= north;
  const drawnDeposits = located.filter((d) => inView(d.location!.lon, d.location!.lat) && place(d.location!.lon, d.location!.lat, DEPOSIT_SYMBOL[depositGroup(d)]));
  const places = regions.filter((r) => r.centre && ["town", "city", "village", "settlement"].includes(r.kind) && inView(r.centre.lon, r.centre.lat));
  for (const p of places) place(p.centre!.lon, p.centre!.lat, PLACE_SYMBOL);

  const labelled: string[] = [];
  const byArea = [...shapes].sort((a, b) => area(b.feature) - area(a.feature));
  // Short names, but a city and the district around it (Shusha) are both named in full, as on the web's map.
  const labels = distinctPlaceNames(byArea, (s) => ({ short: shortName(s.region), full: plainText(namesIn(s.region.names, tx.lang).name) }));
  const labelById = new Map(byArea.map((s, i) => [s.region.id, labels[i]!]));
  for (const [i, s] of byArea.entries()) {
    const [lon, lat] = s.feature.properties.label;
    const at = inView(lon, lat) ? cellOf(lon, lat) : undefined;
    if (!at) continue;
    const isFocus = focused.includes(s.feature) && focus !== undefined;
    const name = isFocus ? labels[i]!.toLocaleUpperCase(tx.lang) : labels[i]!;
    const start = Math.max(0, Math.min(cols - name.length, at[0] - Math.floor(name.length / 2)));
    const span = Array.from({ length: name.length + 2 }, (_, j) => start - 1 + j).filter((c) => c >= 0 && c < cols);
    if (span.some((c) => taken[at[1] * cols + c])) continue;
    [...name].forEach((ch, j) => {
      text[at[1] * cols + start + j] = ch;
    });
    for (const c of span) taken[at[1] * cols + c] = 1;
    labelled.push(s.region.id);
  }

  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let out = "";
    let open: number | undefined;
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const ch = text[i] ?? (dots[i] ? String.fromCodePoint(0x2800 + (dots[i] as number)) : " ");
      if (options.color) {
        const shape = owner[i];
        const bg = shape ? GROUP_BACKGROUND[shape.group] : undefined;
        const dim = focus !== undefined && shape !== undefined && !focused.includes(shape.feature);
        const want = bg === undefined ? undefined : dim ? 236 : bg;
        if (want !== open) {
          out += want === undefined ? "\x1b[49m" : `\x1b[48;5;${want}m`;
          open = want;
        }
      }
      out += ch;
    }
    if (options.color && open !== undefined) out += "\x1b[49m";
    lines.push(out.replace(/\s+$/, ""));
  }
  while (lines.length > 0 && lines.at(-1)?.trim() === "") lines.pop();

  // The key: symbols, then what the shading shows, in words (so a pipe loses nothing).
  const key: string[] = [""];
  const groups = RETURN_GROUP.values.filter((g) => g !== "none" && shapes.some((s) => s.group === g));
  for (const g of groups) {
    // The names the drawing's labels use (a city and its district that share a short name are both named in full).
    const names = shapes.filter((s) => s.group === g).map((s) => labelById.get(s.region.id)!);
    const swatch = options.color && GROUP_BACKGROUND[g] !== undefined ? `\x1b[48;5;${GROUP_BACKGROUND[g]}m  \x1b[49m ` : "";
    key.push(`${swatch}${labelOf(RETURN_GROUP, g, tx.locale)}: ${names.join(", ")}`);
  }
  const usedGroups = COMMODITY_GROUP.values.filter((g) => drawnDeposits.some((d) => depositGroup(d) === g));
  const symbols = [...usedGroups.map((g) => `${DEPOSIT_SYMBOL[g]} ${lowerLabel(COMMODITY_GROUP, g, tx)}`), `${PLACE_SYMBOL} ${tx.t("cli.map.place")}`];
  key.push(tx.t("cli.map.deposits", { symbols: `${drawnDeposits.length === 0 ? tx.t("cli.map.no-points") : symbols.slice(0, -1).join("  ")}   ${symbols.at(-1)}` }));
  const focusRegions = focus ? new Set(shapes.filter((s) => focused.includes(s.feature)).map((s) => s.region.id)) : undefined;
  const districtName = (id: string) => {
    const found = atlas.find(id);
    return found?.kind === "region" && ["district", "city"].includes(found.record.kind) ? (labelById.get(found.record.id) ?? shortName(found.record)) : undefined;
  };
  const unplaced = atlas.dataset.deposits.filter((d) => !d.location && districtName(d.region) && (!focusRegions || focusRegions.has(d.region) || d.region === focus?.id));
  if (unplaced.length > 0) {
    key.push(tx.t("cli.map.unplaced", { deposits: unplaced.map((d) => `${plainText(namesIn(d.names, tx.lang).name)} (${districtName(d.region)})`).join(", ") }));
  }
  const unlabelled = shapes.filter((s) => !labelled.includes(s.region.id) && frame.includes(s.feature));
  if (unlabelled.length > 0) key.push(tx.t("cli.map.unlabelled", { regions: unlabelled.map((s) => shortName(s.region)).join(", ") }));
  key.push(boundaries.attribution);

  const title = focus
    ? `${plainText(namesIn(focus.names, tx.lang).name)}${regionBoundary(boundaries, focus) ? "" : focused.length > 0 ? ` ${tx.t("cli.map.drawn-as", { shapes: focused.map((f) => f.properties.shapeName).join(", ") })}` : ""}`
    : tx.t("cli.map.title");
  return { title, lines: [...lines, ...key] };
}

function depositGroup(d: Deposit): CommodityGroup {
  const first = d.commodities[0];
  return first ? COMMODITY_GROUP_OF[first] : "other";
}

function area(f: BoundaryFeature): number {
  const [w, s, e, n] = boundsOf([f]);
  return (e - w) * (n - s);
}
