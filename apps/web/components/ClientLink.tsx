"use client";

import NextLink from "next/link";
import type { ComponentProps } from "react";
import { localHref } from "@/lib/langPath";
import { useLang } from "./LangProvider";

/**
 * Link for client components (the menu, the static site's search results): next/link without
 * prefetching, its address moved into the page's language read from LangProvider. Server
 * components use Link, which does this on the server and sends the browser nothing of it.
 */
export default function ClientLink({ href, ...props }: ComponentProps<typeof NextLink>) {
  const lang = useLang();
  return <NextLink prefetch={false} href={typeof href === "string" ? localHref(lang, href) : href} {...props} />;
}
