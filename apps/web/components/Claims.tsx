import { sourceAuthor, type Claim } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import { Cite } from "./Cite";

/** Statements shown as what a named source says, never as the atlas' own words. */
export function Claims({ claims, heading = "What the sources say" }: { claims: readonly Claim[]; heading?: string }) {
  if (claims.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{heading}</h2>
      <ul className="claims">
        {claims.map((claim, i) => {
          // Who says it: the author (a ministry), not whoever circulated it (the United Nations).
          const authors = [...new Set(claim.citations.map((c) => { const s = getSource(c.source); return s ? sourceAuthor(s) : c.source; }))];
          return (
            <li key={i}>
              <span className="muted">{authors.join(", ")}: </span>
              {claim.statement}
              <Cite citations={claim.citations} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
