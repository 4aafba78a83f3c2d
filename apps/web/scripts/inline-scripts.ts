import { parse } from "parse5";

type Node = {
  nodeName: string;
  childNodes?: Node[];
  content?: Node;
  attrs?: { name: string }[];
  value?: string;
  sourceCodeLocation?: { startTag?: { endOffset: number } };
};

export interface PageScripts {
  /** The exact text of each inline script, as the browser hashes it for the CSP. */
  scripts: string[];
  /** Where the `<head>` start tag ends in the source, for inserting a `<meta>` first in it. */
  headStart: number | undefined;
}

/** Parses a page with parse5 (as a browser would) and finds its inline scripts and its head. */
export function pageScripts(html: string): PageScripts {
  const scripts: string[] = [];
  let headStart: number | undefined;
  const walk = (node: Node) => {
    if (node.nodeName === "head" && headStart === undefined) headStart = node.sourceCodeLocation?.startTag?.endOffset;
    if (node.nodeName === "script" && !node.attrs?.some((a) => a.name === "src")) {
      scripts.push((node.childNodes ?? []).map((c) => c.value ?? "").join(""));
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(parse(html, { sourceCodeLocationInfo: true }) as unknown as Node);
  return { scripts, headStart };
}
