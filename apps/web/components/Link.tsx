import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localHref, type Lang } from "@/lib/langPath";
import { requestLang } from "@/lib/requestLang";

/**
 * `next/link` without prefetching, in the page's language, for server components.
 *
 * An internal address is moved into the language of the page the link is on (`/regions` is
 * `/az/regions` on an Azerbaijani page; see localHref), so the pages' bodies name English paths
 * and never think about the prefix. The API, downloads and other shared files keep their one
 * address. The address is localized here, on the server (the page's language from `inLang` or from
 * the page being rendered, lib/requestLang): the browser gets next/link with its final href and
 * nothing of this wrapper (`lang` stays the HTML attribute: the language of the link's text).
 * Client components use ClientLink.
 *
 * No prefetching: by default every link that scrolls into view fetches and processes its page's
 * payload on the main thread; the overview alone shows dozens of links, and on a phone that work
 * blocked input for longer than the page took to render. The pages are prerendered and small: a
 * click fetches the one it needs.
 */
export default function Link({ href, inLang, ...props }: ComponentProps<typeof NextLink> & { inLang?: Lang }) {
  return <NextLink prefetch={false} href={typeof href === "string" ? localHref(inLang ?? requestLang(), href) : href} {...props} />;
}
