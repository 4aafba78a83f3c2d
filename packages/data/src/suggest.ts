import { closest, distance } from "fastest-levenshtein";
import { foldText } from "@karabakh-atlas/domain/vocabulary";

/**
 * The candidate nearest to `wanted`, or undefined when nothing is close enough to be a
 * plausible typo (more than a third of the word differs).
 */
export function nearest(wanted: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const folded = foldText(wanted);
  const byFolded = new Map(candidates.map((c) => [foldText(c), c] as const));
  const exact = byFolded.get(folded);
  if (exact !== undefined) return exact;
  const best = closest(folded, [...byFolded.keys()]);
  const limit = Math.max(2, Math.ceil(folded.length / 3));
  const prefixMatch = [...byFolded.keys()].find((c) => c.startsWith(folded) || folded.startsWith(c));
  if (distance(folded, best) <= limit) return byFolded.get(best);
  if (prefixMatch !== undefined && folded.length >= 3) return byFolded.get(prefixMatch);
  return undefined;
}

/** ` — did you mean 'x'?` or the empty string. */
export function didYouMean(wanted: string, candidates: readonly string[]): string {
  const match = nearest(wanted, candidates);
  return match === undefined ? "" : ` — did you mean '${match}'?`;
}
