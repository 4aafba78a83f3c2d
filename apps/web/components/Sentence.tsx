import { Fragment, type ReactNode } from "react";

/**
 * A translated sentence with elements in its `{placeholders}` (a link, a date, code), placed
 * wherever the language puts them: `<Sentence text={t("web.about.api-text")} parts={{ downloads: <Link …/> }} />`.
 * Text placeholders are filled by `t` before; any left that `parts` does not name stay as written.
 */
export function Sentence({ text, parts }: { text: string; parts: Readonly<Record<string, ReactNode>> }) {
  return (
    <>
      {text.split(/(\{[a-z-]+\})/).map((piece, i) => {
        const name = /^\{([a-z-]+)\}$/.exec(piece)?.[1];
        return <Fragment key={i}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>;
      })}
    </>
  );
}
