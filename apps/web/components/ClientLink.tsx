"use client";

import type { ComponentProps } from "react";
import { localHref, pageHref } from "@/lib/langPath";
import { useLang } from "./LangProvider";

/**
 * Link for client components (the menu, the static site's search results): a plain `<a>`, as
 * Link is for server components (see there why not next/link), its address moved into the page's
 * language read from LangProvider and written as this build serves it.
 */
export default function ClientLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  const lang = useLang();
  return <a href={pageHref(localHref(lang, href))} {...props} />;
}
