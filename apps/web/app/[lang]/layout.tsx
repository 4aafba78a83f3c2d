import type { Metadata, Viewport } from "next";
import { Shell, shellMetadata } from "@/components/Shell";
import { PREFIXED_LANGS, pageLang } from "@/lib/i18n";
import { VIEWPORT } from "@/lib/meta";
import "../globals.css";

/** The Azerbaijani and Russian pages, under their code (`/az/regions/kalbajar`); no other code is a page. */
export const dynamicParams = false;
export const generateStaticParams = () => PREFIXED_LANGS.map((lang) => ({ lang }));

type Props = { children: React.ReactNode; params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  return shellMetadata(await pageLang(params));
}
export const viewport: Viewport = VIEWPORT;

/**
 * The root layout of a language with a prefix. Each page under it re-exports its English page
 * (`app/(en)/…`), which reads its language from the same `lang` parameter (pageLang).
 */
export default async function LangLayout({ children, params }: Props) {
  return <Shell lang={await pageLang(params)}>{children}</Shell>;
}
