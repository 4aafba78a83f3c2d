/**
 * The `map` command's run: finds the region (by id, or by a name or alias through search),
 * draws it with map.ts and prints the drawing and its key (JSON: the same facts as data).
 */
import { foldText, plainText, type Region } from "@karabakh-atlas/domain/vocabulary";
import { regionBoundary, returnGroup, type Atlas, type BoundaryCollection } from "@karabakh-atlas/data/core";
import { notFoundError } from "./errors.js";
import { ENGLISH, namesIn, type Texts } from "./i18n.js";
import { drawMap, focusShapes } from "./map.js";
import { wrapLines, type Line } from "./lines.js";
import { paint, printJson, type Out } from "./output.js";

/** A region by id, or by its name or an alias (folded: case and diacritics ignored). */
export function findRegion(atlas: Atlas, text: string): Region | undefined {
  const byId = atlas.find(text);
  if (byId?.kind === "region") return byId.record;
  const wanted = foldText(text);
  const named = atlas.dataset.regions.filter((r) => [...Object.values(r.names), ...r.aliases.map((a) => a.name)].some((n) => n && foldText(n) === wanted));
  // A district before its town of the same name ("Kalbajar" is both).
  return named.find((r) => r.boundary) ?? named[0];
}

export function runMap(atlas: Atlas, boundaries: BoundaryCollection, regionText: string | undefined, o: Out, mode: "json" | "csv" | "text", tx: Texts = ENGLISH): void {
  if (mode === "csv") throw notFoundError(tx.t("cli.error.map-no-csv"));
  const region = regionText === undefined ? undefined : findRegion(atlas, regionText);
  if (regionText !== undefined && !region) {
    const suggestion = atlas.suggestId(regionText, "region");
    throw notFoundError(`${tx.t("cli.error.no-region", { value: regionText })}${suggestion ? tx.t("cli.error.did-you-mean", { value: suggestion }) : ""}`);
  }
  if (region && focusShapes(atlas, boundaries, region).length === 0) {
    throw notFoundError(`${tx.t("cli.error.no-polygon", { region: plainText(namesIn(region.names, tx.lang).name) })}${region.noBoundary ? ` (${region.noBoundary.reason})` : ""}`);
  }
  if (mode === "json") {
    const shown = region ? focusShapes(atlas, boundaries, region) : undefined;
    const districts = atlas.dataset.regions
      .filter((r) => regionBoundary(boundaries, r) && (!shown || shown.includes(regionBoundary(boundaries, r)!)))
      .map((r) => ({ id: r.id, name: r.names.en, returnGroup: returnGroup(r), label: regionBoundary(boundaries, r)!.properties.label }));
    const ids = new Set(districts.map((d) => d.id));
    const deposits = atlas.dataset.deposits
      .filter((d) => !shown || ids.has(d.region))
      .map((d) => ({ id: d.id, name: d.names.en, region: d.region, location: d.location ? [d.location.lon, d.location.lat] : null, precision: d.location?.precision ?? "district" }));
    return printJson(o, { region: region?.id ?? null, districts, deposits, attribution: boundaries.attribution });
  }
  const width = Math.min(o.width, 100);
  const map = drawMap(atlas, boundaries, region, { width, color: o.color, tx });
  // The drawing fits the width; on a terminal, the key's long lines (the deposits known only to
  // their district) are broken at spaces, as every other command's text is, not by the terminal
  // inside a word. A pipe gets whole lines.
  const lines = o.wrap ? wrapLines(map.lines.map((text): Line => ({ text, indent: 0, tone: "text" })), o.width).map((l) => l.text) : map.lines;
  o.write(`${paint(map.title, "heading", o.color)}\n${lines.join("\n")}\n`);
}
