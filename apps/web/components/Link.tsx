"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localHref } from "@/lib/langPath";
import { useLang } from "./LangProvider";

/**
 * `next/link` without prefetching, in the page's language.
 *
 * An internal address is moved into the language of the page the link is on (`/regions` is
 * `/az/regions` on an Azerbaijani page; see localHref), so the pages' bodies name English paths
 * and never think about the prefix. The API, downloads and other shared files keep their one address.
 *
 * No prefetching: by default every link that scrolls into view fetches and processes its page's
 * payload on the main thread; the overview alone shows dozens of links, and on a phone that work
 * blocked input for longer than the page took to render. The pages are prerendered and small: a
 * click fetches the one it needs.
 */
export default function Link({ href, ...props }: ComponentProps<typeof NextLink>) {
  const lang = useLang();
  return <NextLink prefetch={false} href={typeof href === "string" ? localHref(lang, href) : href} {...props} />;
}
