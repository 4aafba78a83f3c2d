import { createHash } from "node:crypto";
import { THEME_SCRIPT } from "./theme.ts";

/**
 * The security headers of every response, and the Content-Security-Policy that lets a page run
 * only its own scripts.
 *
 * Next.js writes inline scripts into every page (the React Server Components payload). A
 * prerendered page is the same bytes for every visitor, so its inline scripts are allowed by
 * their SHA-256 hashes, computed after `next build` by scripts/csp-manifest.ts and written into
 * the headers `next start` sends with that page. A page rendered per request (search) gets a
 * fresh nonce from proxy.ts instead, which Next.js puts on its scripts. Every other response
 * (API, downloads, assets) gets DATA_POLICY from next.config.ts. No policy allows
 * 'unsafe-inline' or 'unsafe-eval' for scripts.
 */

/** The CSP source expression of an inline script: `'sha256-…'` of its exact text. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const THEME_HASH = scriptHash(THEME_SCRIPT);

/**
 * The policy of an HTML page: its own scripts by hash or nonce, everything else from this origin.
 * Delivered in a `<meta>` (the static export, where the host sends the headers), it leaves out
 * `frame-ancestors`, which browsers ignore there; the host's header carries it.
 */
export function documentPolicy({
  hashes = [],
  nonce,
  delivery = "header",
}: {
  hashes?: readonly string[];
  nonce?: string;
  delivery?: "header" | "meta";
}): string {
  const scripts = new Set<string>(["'self'", THEME_HASH, ...hashes]);
  if (nonce) scripts.add(`'nonce-${nonce}'`);
  return [
    "default-src 'self'",
    `script-src ${[...scripts].join(" ")}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(delivery === "header" ? ["frame-ancestors 'none'"] : []),
  ].join("; ");
}

/** The policy of a response that is data, not a page (the JSON API): nothing may run or load. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers sent with every response, beside its Content-Security-Policy. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Permissions-Policy": "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
};
