/**
 * The atlas's own voice (packages/data/TERMINOLOGY.md): words of one side of the conflict appear
 * only as what a named source says. No zod: the validator and the apps share it.
 */

/** Terms one side uses and the other rejects; in a statement they must be someone's words. */
export const PARTISAN_TERMS: readonly string[] = [
  "liberated",
  "liberation",
  "genocide",
  "ethnic cleansing",
  "ethnically cleansed",
  "occupiers",
  "aggressor",
  "puppet",
  "separatist",
  "terrorist",
  "anti-terrorist",
  "illegal",
  "illegally",
  "plunder",
  "plundered",
  "vandalism",
  "barbaric",
  "victorious",
  "heroic",
  "Patriotic War",
  "Artsakh",
  "so-called",
];

const TERMS = new RegExp(`\\b(${PARTISAN_TERMS.map((t) => t.replace(/[-]/g, "\\-")).join("|")})\\b`, "i");

/** A statement names who says it: "X says …", "according to X", "X calls it …". */
const ATTRIBUTION =
  /\b(says?|said|saying|calls?|called|according to|describes?|described|told|tells|claims?|claimed|states?|stated|reports?|reported|writes?|wrote|quotes?|quoted|names?|named|accuses?|accused|lists?|listed|gives?|gave|places?|locates?|mentions?|estimates?|counts?|uses?|speaks? of|spoke of|refers? to|referred to|announced?|declared?|puts? it|in (its|his|her|their) words)\b/i;

/** The first term of one side in a text, if any. */
export function partisanTerm(text: string): string | undefined {
  return TERMS.exec(text)?.[1];
}

/**
 * Why a statement breaks the policy, or undefined: it uses a term of one side (`liberated`)
 * without saying whose word it is.
 */
export function unattributedTerm(statement: string): string | undefined {
  const term = partisanTerm(statement);
  if (!term || ATTRIBUTION.test(statement)) return undefined;
  return term;
}

/** What the validator says about an unattributed term. */
export function unattributedTermMessage(term: string): string {
  return `'${term}' is one side's word: say who uses it (e.g. "The Ministry of Foreign Affairs of Azerbaijan says the liberated districts …"), or use the atlas's own terms (see packages/data/TERMINOLOGY.md)`;
}
