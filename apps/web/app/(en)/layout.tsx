import type { Metadata, Viewport } from "next";
import { Shell, shellMetadata } from "@/components/Shell";
import { VIEWPORT } from "@/lib/meta";
import "../globals.css";

export const metadata: Metadata = shellMetadata("en");
export const viewport: Viewport = VIEWPORT;

/** The English pages, at the root of the site (`/regions/kalbajar`). */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <Shell lang="en">{children}</Shell>;
}
