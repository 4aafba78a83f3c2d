"use client";

import { usePathname } from "next/navigation";
import type { SyntheticEvent } from "react";
import { localHref, pageHref, type Lang } from "@/lib/langPath";
import { useLang } from "./LangProvider";

/**
 * Links to this page in the other two languages, each named in its own language (`names`, with
 * `lang` and `hreflang`). Prerendered with the page's path, so they work without JavaScript; with it,
 * a link takes the current query and fragment along (a region list's filter, a table's sort)
 * when it is pointed at, focused or followed. Plain links: another language is another root
 * layout, which the browser loads as a new document anyway.
 */
export function LanguageSwitch({ label, names, className }: { label: string; names: readonly (readonly [Lang, string])[]; className?: string }) {
  const lang = useLang();
  const path = usePathname() ?? "/";
  const carry = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    const base = link.dataset.path ?? link.pathname;
    link.href = `${base}${window.location.search}${window.location.hash}`;
  };
  return (
    <nav aria-label={label} className={className ? `language-switch ${className}` : "language-switch"}>
      <ul>
        {names.filter(([other]) => other !== lang).map(([other, name]) => {
          const href = pageHref(localHref(other, path));
          return (
            <li key={other}>
              <a
                href={href}
                data-path={href}
                lang={other}
                hrefLang={other}
                onPointerEnter={carry}
                onFocus={carry}
                onClick={carry}
                onAuxClick={carry}
                onContextMenu={carry}
              >
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
