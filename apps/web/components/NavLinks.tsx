"use client";

import { usePathname } from "next/navigation";
import { unprefixed } from "@/lib/langPath";
import Link from "./ClientLink";

/**
 * The menu's links, the current section marked with aria-current (rendered on the server too).
 * The items name English paths; Link moves them into the page's language, and the current path
 * is compared without its language prefix.
 */
export function NavLinks({ items }: { items: readonly (readonly [string, string])[] }) {
  const path = unprefixed(usePathname() ?? "").replace(/\/$/, "");
  return (
    <ul>
      {items.map(([href, label]) => {
        const current = path === href ? "page" : path.startsWith(`${href}/`) ? "true" : undefined;
        return (
          <li key={href}>
            <Link href={href} aria-current={current}>
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
