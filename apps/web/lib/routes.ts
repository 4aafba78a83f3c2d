// The zod-free entry: this module is also bundled for the browser (the static site's search and
// the header's suggestions, loaded when asked for). pageHref lives in langPath, which the first
// load's client components import without the vocabulary.
import { ENTITY_KIND_TABLE, type EntityKind } from "@karabakh-atlas/domain/vocabulary";

export { STATIC_EXPORT, pageHref } from "./langPath";
import { pageHref } from "./langPath";

/** The page of a record. Events live on the timeline; everything else has its own page. */
export function hrefOf(kind: EntityKind, id: string): string {
  if (kind === "event") return pageHref(`/timeline#${id}`);
  const dir = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
  return pageHref(`/${dir}/${id}`);
}

export function kindLabel(kind: EntityKind): string {
  return ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.label ?? kind;
}
