"use client";

import type { ComponentProps } from "react";
import { localHref } from "@/lib/langPath";
import { useLang } from "./LangProvider";

/**
 * A plain `<a>` (no client-side navigation: a citation's popover, a table cell, the map's SVG
 * shapes) whose internal address is moved into the page's language, as Link does.
 */
export function LocalAnchor({ href, ...props }: ComponentProps<"a">) {
  const lang = useLang();
  return <a href={href === undefined ? href : localHref(lang, href)} {...props} />;
}
