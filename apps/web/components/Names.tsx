import type { Alias, Names as NamesT } from "@karabakh-atlas/domain";
import { Cite } from "./Cite";

const LANGS: [keyof NamesT, string][] = [
  ["en", "English"],
  ["az", "Azerbaijani"],
  ["ru", "Russian"],
  ["hy", "Armenian-used"],
];

/** Names per language and other names in use. */
export function Names({ names, aliases }: { names: NamesT; aliases: readonly Alias[] }) {
  return (
    <>
      <dt>Names</dt>
      <dd>
        {LANGS.filter(([k]) => names[k])
          .map(([k, label]) => (
            <span key={k} lang={k === "hy" ? undefined : k}>
              {names[k]} <span className="muted">({label})</span>
            </span>
          ))
          .reduce<React.ReactNode[]>((acc, el, i) => (i === 0 ? [el] : [...acc, " · ", el]), [])}
      </dd>
      {aliases.length > 0 ? (
        <>
          <dt>Also called</dt>
          <dd>
            {aliases.map((a, i) => (
              <span key={i}>
                {i > 0 ? " · " : ""}
                <span lang={a.lang}>{a.name}</span>
                {a.note ? <span className="muted"> ({a.note})</span> : null}
                {a.citations ? <Cite citations={a.citations} /> : null}
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </>
  );
}
