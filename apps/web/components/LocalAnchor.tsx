import type { ComponentProps } from "react";
import { localHref, type Lang } from "@/lib/langPath";
import { requestLang } from "@/lib/requestLang";

/**
 * A plain `<a>` (no client-side navigation: a citation's popover, the map's SVG shapes) whose
 * internal address is moved into the page's language (`inLang`, or the page being rendered's), as Link does. A server component: the
 * browser gets the `<a>` with its final href and hydrates it as any other element.
 */
export function LocalAnchor({ href, inLang, ...props }: ComponentProps<"a"> & { inLang?: Lang }) {
  return <a href={href === undefined ? href : localHref(inLang ?? requestLang(), href)} {...props} />;
}
