import type { Metadata, Viewport } from "next";
import { NotFound, notFoundMetadata } from "@/components/NotFound";
import { Shell, shellMetadata } from "@/components/Shell";
import { VIEWPORT } from "@/lib/meta";
import "./globals.css";

/**
 * The answer to an address no route has, with status 404, in English (the site has a root layout
 * per language, so no single layout could hold a not-found page). Unknown addresses under /az/
 * and /ru/ are rewritten to their language's not-found page instead (next.config.ts).
 */
export const metadata: Metadata = { ...shellMetadata("en"), ...notFoundMetadata("en") };
export const viewport: Viewport = VIEWPORT;

export default function GlobalNotFound() {
  return (
    <Shell lang="en">
      <NotFound lang="en" />
    </Shell>
  );
}
