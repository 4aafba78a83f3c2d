import { Fragment, type ReactNode } from "react";

/**
 * A message whose placeholders are elements (a link, a marker): `fill(t("web.deposit.in-region"),
 * { region: <Link …/> })` for "Deposit in {region}", whatever the word order of the language. A
 * placeholder without a node stays as written.
 */
export function fill(message: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = message.split(/\{([a-z-]+)\}/g);
  return parts.map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{part in nodes ? nodes[part] : `{${part}}`}</Fragment>));
}
