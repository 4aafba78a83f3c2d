import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { CSP_MANIFEST_FILE, DATA_POLICY, SECURITY_HEADERS, documentPolicy, type CspManifest } from "./lib/csp.ts";

/**
 * Sends the security headers with every response: a Content-Security-Policy that allows a
 * prerendered page exactly its own inline scripts (by hash, from the build's csp-manifest.json),
 * and a per-request nonce to a page rendered on demand.
 */

let manifest: CspManifest | undefined;
const policies = new Map<string, string>();

function loadManifest(): CspManifest {
  if (manifest) return manifest;
  // Read at run time from the build folder, not traced into the bundle.
  const file = join(/* turbopackIgnore: true */ process.cwd(), process.env.KARABAKH_DIST_DIR ?? ".next", CSP_MANIFEST_FILE);
  try {
    manifest = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, "utf8")) as CspManifest;
  } catch (error) {
    // Without it every prerendered page's scripts would be blocked: fail loudly, once.
    console.error(`Cannot read ${file} (${(error as Error).message}). Run \`npm run build -w @karabakh-atlas/web\`, which writes it after next build.`);
    manifest = { pages: {}, notFound: [] };
  }
  return manifest;
}

/** A prerendered page's policy never changes: built once per pathname. */
function pagePolicy(pathname: string, hashes: readonly string[]): string {
  let policy = policies.get(pathname);
  if (!policy) {
    policy = documentPolicy({ hashes });
    policies.set(pathname, policy);
  }
  return policy;
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { pages, notFound } = loadManifest();
  const hashes = pages[pathname];
  let response: NextResponse;
  let policy: string;
  if (pathname.startsWith("/api/")) {
    policy = DATA_POLICY;
    response = NextResponse.next();
  } else if (hashes) {
    policy = pagePolicy(pathname, hashes);
    response = NextResponse.next();
  } else {
    // Rendered per request (search), or the prerendered not-found page: a fresh nonce, which
    // Next.js reads from the request's policy and puts on the scripts it renders. Only here are
    // the request's headers rewritten, which costs Next.js a copy of them.
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    policy = documentPolicy({ hashes: notFound, nonce });
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
