import { NextResponse, type NextRequest } from "next/server";
import { documentPolicy } from "./lib/csp.ts";

/**
 * The one page rendered on demand, the search page (`/search`, `/az/search`, `/ru/search`), gets a
 * fresh nonce in its Content-Security-Policy, which Next.js reads from the request's policy and puts on the scripts it renders. Nothing else
 * runs this code (see `config.matcher`): a prerendered page's policy is written into its headers at
 * build time (scripts/csp-manifest.ts), every other response's comes from next.config.ts, as do
 * the other security headers of every response, this one's included.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = documentPolicy({ nonce });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // The search page in each language, as a document and as the client router's RSC request for it.
  matcher: ["/search", "/az/search", "/ru/search"],
};
