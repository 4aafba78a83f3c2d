import "server-only";
import { geoArea, geoMercator, geoPath, type GeoStream } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import topology from "world-atlas/countries-10m.json";
import {
  COMMODITY_GROUP,
  COMMODITY_GROUP_OF,
  LOCATION_PRECISION,
  REGION_KIND,
  RETURN_GROUP,
  distinctPlaceNames,
  labelOf,
  shortPlaceName,
  type CommodityGroup,
  type Deposit,
  type Names,
  type Region,
  type ReturnGroup,
} from "@karabakh-atlas/domain";
import { boundaries, boundsOf, regionBoundary, returnGroup, type BoundaryFeature } from "@karabakh-atlas/data/geo";
import { atlas } from "./data";
import { translator, type Lang } from "./i18n";
import { nameIn, nameLangIn } from "./localize";
import { hrefOf } from "./routes";

/**
 * The atlas's map, drawn on the server as SVG: the districts of the vendored boundary file
 * (geoBoundaries, CC BY-SA 3.0) shaded by when they returned, the located deposits as symbols by
 * commodity group, the settlements as dots, and labels placed so that none overlaps another or a
 * symbol (two sets: one sized for a wide screen, one for a phone). Every feature is a link.
 * Names, details and labels are in the reader's language (a record's English name where it has
 * none in it, marked `nameLang`); labels are placed per language, their widths being the names'.
 */

export const MAP_WIDTH = 800;

/** Natural Earth ids (ISO 3166-1 numeric) of the neighbouring countries drawn as context. */
const CONTEXT_COUNTRIES = ["051", "364", "268", "792", "643"]; // Armenia, Iran, Georgia, Türkiye, Russia

export type MapFocus = { kind: "overview" } | { kind: "region"; id: string } | { kind: "deposit"; id: string };

/** The language of a name shown on a page in another (a record's English name where it has none in the page's). */
type NameLang = { nameLang?: Lang | undefined };

export interface MapDistrict extends NameLang {
  id: string;
  name: string;
  href: string;
  d: string;
  group: ReturnGroup;
  groupLabel: string;
  focus: boolean;
  x: number;
  y: number;
}

export interface MapSymbol extends NameLang {
  key: string;
  kind: "deposit" | "region";
  id: string;
  name: string;
  href: string;
  x: number;
  y: number;
  /** SVG path of the symbol (deposits), or undefined for a place's dot. */
  d?: string;
  group?: CommodityGroup;
  detail: string;
  lat: number;
  lon: number;
  focus: boolean;
  /** The district (or city) with a polygon that the record belongs to. */
  district?: string;
}

export interface MapLabel extends NameLang {
  key: string;
  x: number;
  y: number;
  text: string;
  size: number;
  anchor: "start" | "middle" | "end";
  district: boolean;
}

export interface MapView {
  width: number;
  height: number;
  context: { key: string; d: string; country: boolean }[];
  districts: MapDistrict[];
  symbols: MapSymbol[];
  labelsWide: MapLabel[];
  labelsNarrow: MapLabel[];
  /** Deposits of the districts in view that have no point: drawn as their district. */
  unplaced: { id: string; name: string; href: string; region: string; regionName: string; nameLang?: Lang | undefined; regionNameLang?: Lang | undefined }[];
  groups: ReturnGroup[];
  commodityGroups: CommodityGroup[];
  attribution: string;
}

/** d3-geo reads polygons on the sphere, outer rings clockwise; a ring the other way round would cover the rest of the globe. */
function d3Winding(shape: BoundaryFeature): Feature<Polygon | MultiPolygon> {
  const f: Feature<Polygon | MultiPolygon> = { type: "Feature", properties: {}, geometry: shape.geometry };
  if (geoArea(f) <= 2 * Math.PI) return f;
  const flip = (poly: number[][][]) => poly.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    shape.geometry.type === "Polygon"
      ? { type: "Polygon", coordinates: flip(shape.geometry.coordinates) }
      : { type: "MultiPolygon", coordinates: shape.geometry.coordinates.map(flip) };
  return { type: "Feature", properties: {}, geometry };
}

/** Drops projected points closer than `tolerance` pixels to the last one kept (rings keep their ends). */
function thin(out: GeoStream, tolerance: number): GeoStream {
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  let pendingX = Number.NaN;
  let pendingY = Number.NaN;
  let inLine = false;
  const t2 = tolerance * tolerance;
  return {
    point(x: number, y: number) {
      if (!inLine) return out.point(x, y);
      if (Number.isNaN(lastX) || (x - lastX) ** 2 + (y - lastY) ** 2 >= t2) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        pendingX = Number.NaN;
      } else {
        pendingX = x;
        pendingY = y;
      }
    },
    lineStart() {
      inLine = true;
      lastX = lastY = pendingX = pendingY = Number.NaN;
      out.lineStart();
    },
    lineEnd() {
      if (!Number.isNaN(pendingX)) out.point(pendingX, pendingY);
      inLine = false;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/**
 * A d3-geo path context that writes whole map units in relative commands (`M412 80l3-2 5 0…z`):
 * a unit is about a pixel at the map's widest, and a path is about half as long as in absolute
 * coordinates with one decimal — the page carries each path twice (its HTML and the React payload).
 * Points are rounded where they are, then differenced, so shared borders stay shared and no error
 * accumulates along a ring.
 */
class RelativePath {
  private parts: string[] = [];
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  private last = "";

  private pair(command: "m" | "l", dx: number, dy: number) {
    const numbers = `${dx}${dy < 0 ? "" : " "}${dy}`;
    if (this.last === command) this.parts.push(`${dx < 0 ? "" : " "}${numbers}`);
    else this.parts.push(`${command}${numbers}`);
    // After a move, further pairs would be read as lines: a new move always names itself.
    this.last = command === "m" ? "" : command;
  }

  beginPath() {}

  moveTo(x: number, y: number) {
    const [X, Y] = [Math.round(x), Math.round(y)];
    if (this.parts.length === 0) {
      this.parts.push(`M${X} ${Y}`);
      this.last = "";
    } else this.pair("m", X - this.x, Y - this.y);
    this.x = this.startX = X;
    this.y = this.startY = Y;
  }

  lineTo(x: number, y: number) {
    const [X, Y] = [Math.round(x), Math.round(y)];
    if (X === this.x && Y === this.y) return;
    this.pair("l", X - this.x, Y - this.y);
    this.x = X;
    this.y = Y;
  }

  closePath() {
    this.parts.push("z");
    this.last = "";
    this.x = this.startX;
    this.y = this.startY;
  }

  arc() {}

  /** The path written so far; the context starts again empty. */
  take(): string {
    const d = this.parts.join("");
    this.parts = [];
    this.last = "";
    return d;
  }
}

let countries: Feature<Geometry, { name: string }>[] | undefined;
function contextCountries(): Feature<Geometry, { name: string }>[] {
  if (!countries) {
    const topo = topology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const all = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    countries = all.features.filter((f) => CONTEXT_COUNTRIES.includes(String(f.id)));
  }
  return countries;
}

/** A symbol of radius `r` at (x, y) for a commodity group. */
export function symbolPath(group: CommodityGroup, x: number, y: number, r: number): string {
  const p = (n: number) => Number(n.toFixed(1));
  switch (group) {
    case "precious":
      return `M${p(x)} ${p(y - r * 1.25)}L${p(x + r * 1.25)} ${p(y)}L${p(x)} ${p(y + r * 1.25)}L${p(x - r * 1.25)} ${p(y)}Z`;
    case "base":
      return `M${p(x - r)} ${p(y - r)}h${p(2 * r)}v${p(2 * r)}h${p(-2 * r)}Z`;
    case "ferrous":
      return `M${p(x)} ${p(y - r * 1.2)}L${p(x + r * 1.15)} ${p(y + r * 0.9)}L${p(x - r * 1.15)} ${p(y + r * 0.9)}Z`;
    case "industrial":
      return `M${p(x - r * 1.15)} ${p(y - r * 0.9)}L${p(x + r * 1.15)} ${p(y - r * 0.9)}L${p(x)} ${p(y + r * 1.2)}Z`;
    case "water":
      return `M${p(x - r)} ${p(y)}a${p(r)} ${p(r)} 0 1 0 ${p(2 * r)} 0a${p(r)} ${p(r)} 0 1 0 ${p(-2 * r)} 0Z`;
    default:
      return `M${p(x - r)} ${p(y - r)}L${p(x + r)} ${p(y + r)}M${p(x + r)} ${p(y - r)}L${p(x - r)} ${p(y + r)}`;
  }
}

/** The group a deposit is drawn in: that of its first-listed commodity. */
export function depositGroup(d: Pick<Deposit, "commodities">): CommodityGroup {
  const first = d.commodities[0];
  return first ? COMMODITY_GROUP_OF[first] : "other";
}

/** A record's name in the reader's language, and its language when that is not the reader's (the English name where it has none). */
function localName(lang: Lang, names: Names): { name: string; nameLang?: Lang } {
  const name = nameIn(lang, names);
  const nameLang = nameLangIn(lang, names);
  return nameLang ? { name, nameLang } : { name };
}

/** A region's name for a label, short (the domain's shortPlaceName), and in full beside it. */
function labelNames(lang: Lang, region: Region): { short: string; full: string; nameLang?: Lang } {
  const { name, nameLang } = localName(lang, region.names);
  const short = shortPlaceName(name, name === region.names.en);
  return nameLang ? { short, full: name, nameLang } : { short, full: name };
}

/** The polygons a region is drawn as: its own, those of the districts that hold it, or its parent's. */
function focusShapes(region: Region, seen = new Set<string>()): BoundaryFeature[] {
  if (seen.has(region.id)) return [];
  seen.add(region.id);
  const own = regionBoundary(boundaries, region);
  if (own) return [own];
  const parts = (region.noBoundary?.parts ?? []).flatMap((p) => {
    const r = atlas.get("region", p.region);
    return r ? focusShapes(r, seen) : [];
  });
  if (parts.length > 0) return [...new Set(parts)];
  const parent = region.parent ? atlas.get("region", region.parent) : undefined;
  return parent && parent.kind !== "country" ? focusShapes(parent, seen) : [];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Rough width of a label in the map's units (system sans-serif, mixed case). */
const textWidth = (text: string, size: number) => text.length * size * 0.7 + size * 0.6;

/**
 * Labels placed greedily, most important first (districts by size, then places, then deposits),
 * each at the first candidate position that overlaps no label and no symbol but its own and
 * stays inside the map; a label that fits nowhere is left out (the table below lists every feature).
 */
function placeLabels(
  candidates: { key: string; text: string; nameLang?: Lang | undefined; x: number; y: number; district: boolean; radius: number }[],
  obstacles: Box[],
  size: number,
  width: number,
  height: number,
): MapLabel[] {
  const placed: Box[] = [];
  const out: MapLabel[] = [];
  for (const c of candidates) {
    const w = textWidth(c.text, size);
    const h = size * 1.3;
    const gap = c.radius + 3;
    const options: { x: number; y: number; anchor: MapLabel["anchor"]; box: Box }[] = c.district
      ? [0, -h, h, -2 * h, 2 * h].map((dy) => ({ x: c.x, y: c.y + dy + size * 0.35, anchor: "middle" as const, box: { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y + dy - h / 2, y1: c.y + dy + h / 2 } }))
      : [
          { x: c.x + gap, y: c.y + size * 0.35, anchor: "start" as const, box: { x0: c.x + gap, x1: c.x + gap + w, y0: c.y - h / 2, y1: c.y + h / 2 } },
          { x: c.x - gap, y: c.y + size * 0.35, anchor: "end" as const, box: { x0: c.x - gap - w, x1: c.x - gap, y0: c.y - h / 2, y1: c.y + h / 2 } },
          { x: c.x, y: c.y - gap - size * 0.25, anchor: "middle" as const, box: { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y - gap - h, y1: c.y - gap } },
          { x: c.x, y: c.y + gap + size * 0.85, anchor: "middle" as const, box: { x0: c.x - w / 2, x1: c.x + w / 2, y0: c.y + gap, y1: c.y + gap + h } },
        ];
    const own: Box = { x0: c.x - c.radius, x1: c.x + c.radius, y0: c.y - c.radius, y1: c.y + c.radius };
    const fit = options.find(
      (o) =>
        o.box.x0 >= 2 &&
        o.box.y0 >= 2 &&
        o.box.x1 <= width - 2 &&
        o.box.y1 <= height - 2 &&
        !placed.some((b) => overlaps(b, o.box)) &&
        !obstacles.some((b) => b !== own && overlaps(b, o.box) && !(b.x0 === own.x0 && b.y0 === own.y0)),
    );
    if (!fit) continue;
    placed.push(fit.box);
    out.push({ key: c.key, x: Number(fit.x.toFixed(1)), y: Number(fit.y.toFixed(1)), text: c.text, nameLang: c.nameLang, size, anchor: fit.anchor, district: c.district });
  }
  return out;
}

const cache = new Map<string, MapView | undefined>();

/**
 * The map of the territories (`overview`), of one region enlarged with its neighbours, or of a
 * deposit's district, in a language (English by default). Undefined when there is nothing to
 * draw (a region without a polygon or a district that holds it).
 */
export function mapView(focus: MapFocus, lang: Lang = "en"): MapView | undefined {
  const key = `${lang}:${focus.kind === "overview" ? "overview" : `${focus.kind}:${focus.id}`}`;
  if (cache.has(key)) return cache.get(key);
  const view = buildView(focus, lang);
  cache.set(key, view);
  return view;
}

/** The nearest region up the parent chain (the region itself first) that has a polygon. */
function enclosingDistrict(id: string): string | undefined {
  const seen = new Set<string>();
  let r = atlas.get("region", id);
  while (r && !seen.has(r.id)) {
    seen.add(r.id);
    if (regionBoundary(boundaries, r)) return r.id;
    r = r.parent ? atlas.get("region", r.parent) : undefined;
  }
  return undefined;
}

/**
 * What a map's frame draws the same in every language: the projection fitted to the focused
 * polygons, the context (neighbouring countries and districts outside the atlas) and each atlas
 * district's outline and label point. Projecting and clipping the outlines is most of a map's
 * cost; a frame is shared by the three languages and by a region's page and its deposits' pages.
 */
interface Frame {
  width: number;
  height: number;
  project: (lon: number, lat: number) => [number, number];
  context: MapView["context"];
  /** Whether a polygon reaches into the frame (with room for the margin). */
  visible: (f: BoundaryFeature) => boolean;
  /** A polygon's outline in the frame, computed once. */
  outline: (f: BoundaryFeature) => string;
}

const frames = new Map<string, Frame>();

function frameOf(focused: BoundaryFeature[], overview: boolean, atlasShapes: ReadonlySet<BoundaryFeature>): Frame {
  const key = `${overview ? "overview" : "focus"}:${focused.map((f) => f.id).join(",")}`;
  const known = frames.get(key);
  if (known) return known;
  // Frame: the focused polygons with a margin (wider for one district, to show its neighbours).
  const [w, s, e, n] = boundsOf(focused);
  const margin = overview ? 0.04 : 0.25;
  const mx = (e - w) * margin;
  const my = (n - s) * margin;
  const box: Feature<Polygon> = {
    type: "Feature",
    properties: {},
    geometry: { type: "Polygon", coordinates: [[[w - mx, s - my], [w - mx, n + my], [e + mx, n + my], [e + mx, s - my], [w - mx, s - my]]] },
  };
  const aspect = ((n - s + 2 * my) / ((e - w + 2 * mx) * Math.cos((((n + s) / 2) * Math.PI) / 180))) * 1.03;
  const width = MAP_WIDTH;
  const height = Math.round(Math.min(1.3, Math.max(0.55, aspect)) * width);
  const projection = geoMercator()
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      box,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const relative = new RelativePath();
  const draw = geoPath({ stream: (out) => projection.stream(thin(out, 1.5)) }, relative);
  const path = (f: Feature) => {
    draw(f);
    return relative.take();
  };
  const [vw, vs, ve, vn] = [w - mx * 2, s - my * 2, e + mx * 2, n + my * 2];
  const visible = (f: BoundaryFeature) => {
    const [a, b, c, d] = boundsOf([f]);
    return a < ve && c > vw && b < vn && d > vs;
  };
  const outlines = new Map<BoundaryFeature, string>();
  const outline = (f: BoundaryFeature) => {
    let d = outlines.get(f);
    if (d === undefined) {
      d = path(d3Winding(f));
      outlines.set(f, d);
    }
    return d;
  };

  const context: MapView["context"] = [];
  for (const country of contextCountries()) {
    const d = path(country);
    if (d) context.push({ key: `country:${String(country.id)}`, d, country: true });
  }
  for (const f of boundaries.features) {
    if (atlasShapes.has(f) || !visible(f)) continue;
    const d = outline(f);
    if (d) context.push({ key: f.id, d, country: false });
  }
  const frame: Frame = { width, height, project: (lon, lat) => projection([lon, lat]) ?? [-1, -1], context, visible, outline };
  frames.set(key, frame);
  return frame;
}

function buildView(focus: MapFocus, lang: Lang): MapView | undefined {
  const { t, locale } = translator(lang);
  const regions = atlas.list("region");
  const deposits = atlas.list("deposit");
  const shapes = regions.flatMap((r) => {
    const f = regionBoundary(boundaries, r);
    return f ? [{ region: r, shape: f, group: returnGroup(r) }] : [];
  });

  let focused: BoundaryFeature[];
  let focusDeposit: Deposit | undefined;
  if (focus.kind === "overview") {
    focused = shapes.filter((s) => s.group !== "none").map((s) => s.shape);
  } else if (focus.kind === "region") {
    const region = atlas.get("region", focus.id);
    focused = region ? focusShapes(region) : [];
  } else {
    focusDeposit = atlas.get("deposit", focus.id);
    const region = focusDeposit ? atlas.get("region", focusDeposit.region) : undefined;
    focused = region ? focusShapes(region) : [];
  }
  if (focused.length === 0) return undefined;

  const { width, height, project, context, visible, outline } = frameOf(focused, focus.kind === "overview", new Set(shapes.map((x) => x.shape)));
  const inside = ([x, y]: [number, number]) => x >= 0 && y >= 0 && x <= width && y <= height;

  const districts: MapDistrict[] = shapes
    .filter((x) => visible(x.shape))
    .map((x) => {
      const [lx, ly] = project(...x.shape.properties.label);
      return {
        id: x.region.id,
        ...localName(lang, x.region.names),
        href: hrefOf("region", x.region.id),
        d: outline(x.shape),
        group: x.group,
        groupLabel: labelOf(RETURN_GROUP, x.group, locale),
        focus: focus.kind === "overview" || focused.includes(x.shape),
        x: Number(lx.toFixed(1)),
        y: Number(ly.toFixed(1)),
      };
    })
    .filter((d) => d.d.length > 0);
  const focusIds = new Set(districts.filter((d) => d.focus).map((d) => d.id));

  const symbols: MapSymbol[] = [];
  /** A located deposit or place, kept when its point falls inside the frame; `drawn` adds what depends on where. */
  const addSymbol = (
    kind: MapSymbol["kind"],
    record: { id: string; names: Names },
    at: { lat: number; lon: number },
    region: string,
    rest: Pick<MapSymbol, "detail" | "focus">,
    drawn: (x: number, y: number) => Pick<MapSymbol, "d" | "group"> = () => ({}),
  ) => {
    const [x, y] = project(at.lon, at.lat);
    if (!inside([x, y])) return;
    symbols.push({
      key: `${kind}:${record.id}`,
      kind,
      id: record.id,
      ...localName(lang, record.names),
      href: hrefOf(kind, record.id),
      x: Number(x.toFixed(1)),
      y: Number(y.toFixed(1)),
      lat: at.lat,
      lon: at.lon,
      district: enclosingDistrict(region),
      ...rest,
      ...drawn(x, y),
    });
  };
  for (const d of deposits) {
    if (!d.location || d.location.precision === "district") continue;
    const group = depositGroup(d);
    addSymbol(
      "deposit",
      d,
      d.location,
      d.region,
      {
        detail: t("web.map.deposit-detail", { group: labelOf(COMMODITY_GROUP, group, locale), precision: labelOf(LOCATION_PRECISION, d.location.precision, locale) }),
        focus: focusDeposit ? focusDeposit.id === d.id : focusIds.has(d.region),
      },
      (x, y) => ({ d: symbolPath(group, x, y, 6), group }),
    );
  }
  for (const r of regions) {
    if (!r.centre || !["city", "town", "village", "settlement"].includes(r.kind) || r.centre.precision === "district") continue;
    addSymbol("region", r, r.centre, r.id, {
      detail: t("web.map.place-detail", { kind: labelOf(REGION_KIND, r.kind === "city" || r.kind === "town" ? r.kind : "village", locale), precision: labelOf(LOCATION_PRECISION, r.centre.precision, locale) }),
      focus: false,
    });
  }

  const obstacles: Box[] = symbols.map((s) => ({ x0: s.x - 7, x1: s.x + 7, y0: s.y - 7, y1: s.y + 7 }));
  const area = (f: MapDistrict) => {
    const [a, b, c, d] = boundsOf([shapes.find((x) => x.region.id === f.id)!.shape]);
    return (c - a) * (d - b);
  };
  // Short names, but a city and the district around it (Shusha) are both named in full.
  const sortedDistricts = [...districts].sort((a, b) => Number(b.focus) - Number(a.focus) || area(b) - area(a));
  const districtNames = sortedDistricts.map((d) => labelNames(lang, atlas.get("region", d.id)!));
  const districtTexts = distinctPlaceNames(districtNames, (n) => n);
  const districtCandidates = sortedDistricts.map((d, i) => ({
    key: `label:${d.id}`,
    text: districtTexts[i]!,
    nameLang: districtNames[i]!.nameLang,
    x: d.x,
    y: d.y,
    district: true,
    radius: 0,
  }));
  const pointCandidates = [...symbols]
    .sort((a, b) => Number(b.focus) - Number(a.focus) || (a.kind === "deposit" ? 1 : 0) - (b.kind === "deposit" ? 1 : 0))
    .map((s) => ({ key: `label:${s.key}`, text: s.name.replace(/ \((town|city|şəhər|город)\)$/, ""), nameLang: s.nameLang, x: s.x, y: s.y, district: false, radius: 7 }));
  const candidates = [...districtCandidates, ...pointCandidates];
  // Wide screens show the map at about its own size; a 390-pixel phone at under half of it, so
  // its labels are drawn at 26 units to be at least 11 pixels high there.
  const labelsWide = placeLabels(candidates, obstacles, 14, width, height);
  const labelsNarrow = placeLabels(candidates, obstacles, 26, width, height);

  const regionName = (id: string): { regionName: string; regionNameLang?: Lang } => {
    const r = atlas.get("region", id);
    if (!r) return { regionName: id };
    const { name, nameLang } = localName(lang, r.names);
    return { regionName: name, regionNameLang: nameLang };
  };
  const unplaced = deposits
    .filter(
      (d) =>
        (!d.location || d.location.precision === "district") &&
        (focusDeposit ? d.id === focusDeposit.id : focusIds.has(enclosingDistrict(d.region) ?? d.region) || (focus.kind === "region" && d.region === focus.id)),
    )
    .map((d) => ({ id: d.id, ...localName(lang, d.names), href: hrefOf("deposit", d.id), region: d.region, ...regionName(d.region) }));

  return {
    width,
    height,
    context,
    districts,
    symbols,
    labelsWide,
    labelsNarrow,
    unplaced,
    groups: RETURN_GROUP.values.filter((g) => districts.some((d) => d.group === g)),
    commodityGroups: COMMODITY_GROUP.values.filter((g) => symbols.some((s) => s.group === g)),
    attribution: boundaries.attribution,
  };
}
