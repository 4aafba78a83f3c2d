"use client";

import { usePathname } from "next/navigation";
import Link from "./Link";

/** The menu's links, the current section marked with aria-current (rendered on the server too). */
export function NavLinks({ items }: { items: readonly (readonly [string, string])[] }) {
  const path = (usePathname() ?? "").replace(/\/$/, "");
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
