/**
 * Finding the record a user means by what they typed: an id in any case (`Kalbajar`), or a name
 * or alias in any language, with or without diacritics (`Kəlbəcər`, `kelbecer`, `Drmbon`). One
 * record that answers opens; several are listed with their kinds, for the user to choose.
 */
import { foldText, type EntityKind } from "@karabakh-atlas/domain/vocabulary";
import { ENGLISH, type Texts } from "./i18n.js";
import { titleIn } from "./names.js";
import type { AnyRecord, Atlas } from "@karabakh-atlas/data/core";

export type Lookup = { found: AnyRecord } | { candidates: AnyRecord[] } | { none: true };

/** Every name a record goes by: its names in each language and its aliases (titles for the rest). */
function namesOf(atlas: Atlas, entry: AnyRecord): string[] {
  const record = entry.record as unknown as { names?: Record<string, string>; aliases?: { name: string }[] };
  return [...Object.values(record.names ?? {}), ...(record.aliases ?? []).map((a) => a.name), atlas.title(entry)];
}

export function lookup(atlas: Atlas, text: string, kind?: EntityKind): Lookup {
  const inKind = (entry: AnyRecord | undefined) => entry && (!kind || entry.kind === kind) ? entry : undefined;
  const exact = inKind(atlas.find(text));
  if (exact) return { found: exact };
  const lower = inKind(atlas.find(text.toLowerCase()));
  if (lower) return { found: lower };
  const folded = foldText(text).trim();
  if (!folded) return { none: true };
  // Names equal to what was typed, case and diacritics aside: the search finds the candidates,
  // the comparison keeps those whose whole name it is.
  const kinds = kind ? [kind] : undefined;
  const hits = atlas.search(text, { limit: 50, kinds });
  const matches: AnyRecord[] = [];
  for (const hit of hits) {
    const entry = atlas.find(hit.id);
    if (!entry || (kind && entry.kind !== kind)) continue;
    if (namesOf(atlas, entry).some((name) => foldText(name) === folded)) matches.push(entry);
  }
  const unique = [...new Map(matches.map((m) => [m.record.id, m])).values()];
  if (unique.length === 1) return { found: unique[0] as AnyRecord };
  if (unique.length > 1) return { candidates: unique };
  return { none: true };
}

/** "kalbajar (region), kalbajar-city (region)": candidates named with their kinds. */
export function candidatesText(atlas: Atlas, candidates: readonly AnyRecord[], tx: Texts = ENGLISH): string {
  const label = (kind: EntityKind) => tx.kind(kind).toLocaleLowerCase(tx.lang);
  return candidates.map((c) => `${c.record.id} (${label(c.kind)}: ${titleIn(atlas, c, tx)})`).join(", ");
}
