import type { ComponentProps } from "react";
import { localHref, pageHref, type Lang } from "@/lib/langPath";
import { requestLang } from "@/lib/requestLang";

/**
 * An internal link of a server component: a plain `<a>` whose address is moved into the language
 * of the page it is on (`/regions` is `/az/regions` on an Azerbaijani page; see localHref) and
 * written as this build serves it (pageHref: a trailing slash in the static export). The pages'
 * bodies name English paths and never think about the prefix. The API, downloads and other shared
 * files keep their one address. The page's language comes from `inLang` or from the page being
 * rendered (lib/requestLang).
 *
 * Not next/link: every next/link is a client component that the browser hydrates, and a region
 * page has some 170 of them, the statistics page more. Hydrating them was a large share of the
 * main-thread work that kept a phone from answering input while a page loaded (bench/web's total
 * blocking time). The pages are prerendered HTML, so a click loads the next one as a document;
 * what client-side navigation saved (the shared scripts) the browser's cache keeps anyway.
 * Client components (the menu, the static site's search results) use ClientLink.
 */
export default function Link({ href, inLang, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string; inLang?: Lang }) {
  return <a href={pageHref(localHref(inLang ?? requestLang(), href))} {...props} />;
}
