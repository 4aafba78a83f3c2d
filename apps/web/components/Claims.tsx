import type { Claim } from "@karabakh-atlas/domain";
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
          const publishers = [...new Set(claim.citations.map((c) => getSource(c.source)?.publisher ?? c.source))];
          return (
            <li key={i}>
              <span className="muted">{publishers.join(", ")}: </span>
              {claim.statement}
              <Cite citations={claim.citations} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
