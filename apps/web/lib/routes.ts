import { ENTITY_KINDS, type EntityKind } from "@karabakh-atlas/domain";

/** The page of a record. Events live on the timeline; everything else has its own page. */
export function hrefOf(kind: EntityKind, id: string): string {
  if (kind === "event") return `/timeline#${id}`;
  const dir = ENTITY_KINDS.find((k) => k.kind === kind)?.dir ?? kind;
  return `/${dir}/${id}`;
}

export function kindLabel(kind: EntityKind): string {
  return ENTITY_KINDS.find((k) => k.kind === kind)?.label ?? kind;
}
