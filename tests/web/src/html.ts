import { parse } from "parse5";

/** Just enough of parse5's tree to walk it. */
export interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  value?: string;
}

export const parseHtml = (html: string): HtmlNode => parse(html) as unknown as HtmlNode;

export function* elements(node: HtmlNode): Generator<HtmlNode> {
  if (node.attrs) yield node;
  for (const child of node.childNodes ?? []) yield* elements(child);
  if (node.content) yield* elements(node.content);
}

export const attr = (node: HtmlNode, name: string): string | undefined => node.attrs?.find((a) => a.name === name)?.value;

/** The visible text of a node: its descendants' text nodes joined, outside scripts, styles and templates. */
export function textOf(node: HtmlNode): string {
  if (node.nodeName === "script" || node.nodeName === "style" || node.nodeName === "template") return "";
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

/** Every inline script of a document: its exact text (what a CSP hash covers) and its nonce. */
export function inlineScripts(document: HtmlNode): { text: string; nonce: string | undefined }[] {
  return [...elements(document)]
    .filter((el) => el.nodeName === "script" && attr(el, "src") === undefined)
    .map((el) => ({ text: (el.childNodes ?? []).map((c) => c.value ?? "").join(""), nonce: attr(el, "nonce") }));
}
