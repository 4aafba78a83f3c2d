import type { Metadata, Viewport } from "next";
import Link from "@/components/Link";
import { formatDate } from "@karabakh-atlas/domain";
import { HeaderSearch } from "@/components/HeaderSearch";
import { NavLinks } from "@/components/NavLinks";
import { ThemeToggle } from "@/components/ThemeToggle";
import { meta } from "@/lib/data";
import { THEME_SCRIPT } from "@/lib/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s — Karabakh Atlas", default: "Karabakh Atlas" },
  description:
    "An open, sourced dataset about the districts of Azerbaijan occupied in 1992–1994 and the former Nagorno-Karabakh Autonomous Oblast, which came under Azerbaijani control in 2020 and 2023: districts, mineral deposits, companies, UN documents and the human cost, every figure with its source.",
  applicationName: "Karabakh Atlas",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14161a" },
  ],
};

/** Every kind of record has its place in the menu (events are the timeline). */
const NAV = [
  ["/regions", "Regions"],
  ["/deposits", "Deposits"],
  ["/companies", "Companies"],
  ["/resolutions", "UN documents"],
  ["/statistics", "Statistics"],
  ["/heritage-sites", "Heritage sites"],
  ["/programmes", "Programmes"],
  ["/timeline", "Timeline"],
  ["/sources", "Sources"],
  ["/downloads", "Downloads"],
  ["/about", "About"],
] as const;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { version, updated, licence } = meta();
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="header-row">
            <Link href="/" className="brand">
              Karabakh Atlas
            </Link>
            <HeaderSearch />
            <ThemeToggle />
            {/* On a phone the menu folds behind a button: a <details>, so it opens without JavaScript. */}
            <details className="menu-phone">
              <summary>Menu</summary>
              <nav aria-label="Main">
                <NavLinks items={NAV} />
              </nav>
            </details>
          </div>
          <nav aria-label="Main" className="nav-wide">
            <NavLinks items={NAV} />
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>
            Dataset version <strong>{version}</strong>, last updated <time dateTime={updated}>{formatDate(updated)}</time>. Data
            licence {licence}. <Link href="/about#cite">How to cite</Link> · <Link href="/downloads">Downloads</Link>
          </p>
        </footer>
      </body>
    </html>
  );
}
