// The zod-free entry: this module is also bundled for the browser (the static site's search).
import { ENTITY_KIND_TABLE, type EntityKind } from "@karabakh-atlas/domain/vocabulary";

/**
 * Whether this is the static export (next.config.ts sets it for server and browser code alike).
 * Its pages are folders (`/regions/` is `regions/index.html`), so page links end in a slash.
 */
export const STATIC_EXPORT = process.env.KARABAKH_STATIC_EXPORT === "1";

/**
 * A page's address as this build serves it: unchanged for `next start`; with a trailing slash
 * in the static export, as Next's <Link> writes it there, so that a plain <a> or a form needs no
 * redirect on a static host. Files (a last segment with a dot) and bare fragments are left alone.
 */
export function pageHref(href: string): string {
  if (!STATIC_EXPORT || !href.startsWith("/")) return href;
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  const rest = cut === -1 ? "" : href.slice(cut);
  if (path.endsWith("/") || /\.[^/]*$/.test(path)) return href;
  return `${path}/${rest}`;
}

/** The page of a record. Events live on the timeline; everything else has its own page. */
export function hrefOf(kind: EntityKind, id: string): string {
  if (kind === "event") return pageHref(`/timeline#${id}`);
  const dir = ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.dir ?? kind;
  return pageHref(`/${dir}/${id}`);
}

export function kindLabel(kind: EntityKind): string {
  return ENTITY_KIND_TABLE.find((k) => k.kind === kind)?.label ?? kind;
}
