import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * `next/link` without prefetching. By default every link that scrolls into view fetches and
 * processes its page's payload on the main thread; the overview alone shows dozens of links, and
 * on a phone that work blocked input for longer than the page took to render. The pages are
 * prerendered and small: a click fetches the one it needs.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
