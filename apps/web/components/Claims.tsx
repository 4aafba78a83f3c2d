import { sourceAuthor, type Claim } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import { translator, type Lang } from "@/lib/i18n";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";

/** Statements shown as what a named source says, never as the atlas' own words (which paraphrase it, in English for now). */
export function Claims({ lang = "en", claims, heading }: { lang?: Lang; claims: readonly Claim[]; heading?: string }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{heading ?? translator(lang).t("common.what-the-sources-say")}</h2>
      <ul className="claims">
        {claims.map((claim, i) => {
          // Who says it: the author (a ministry), not whoever circulated it (the United Nations).
          const authors = [...new Set(claim.citations.map((c) => { const s = getSource(c.source); return s ? sourceAuthor(s) : c.source; }))];
          return (
            <li key={i}>
              <span className="muted">{authors.join(", ")}: </span>
              <AtlasText lang={lang} as="span">
                {claim.statement}
              </AtlasText>
              <Cite lang={lang} citations={claim.citations} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
