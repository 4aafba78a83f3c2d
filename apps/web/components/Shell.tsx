import type { Metadata } from "next";
import { formatDate } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { ENTITY_KIND_TABLE } from "@karabakh-atlas/domain/vocabulary";
import { meta } from "@/lib/data";
import { PAGE_LANGS, translator, type Lang } from "@/lib/i18n";
import { SITE_URL } from "@/lib/meta";
import { setRequestLang } from "@/lib/requestLang";
import { THEME_SCRIPT } from "@/lib/theme";
import { HeaderSearch, type HeaderSearchTexts } from "./HeaderSearch";
import { LangProvider } from "./LangProvider";
import { LanguageSwitch } from "./LanguageSwitch";
import Link from "./Link";
import { NavLinks } from "./NavLinks";
import { ThemeToggle } from "./ThemeToggle";

/** What every page's metadata starts from, in its language: the title template and description. */
export function shellMetadata(lang: Lang): Metadata {
  const { t } = translator(lang);
  const name = t("common.site-name");
  return {
    metadataBase: SITE_URL,
    title: { template: `%s — ${name}`, default: name },
    description: t("web.meta.description"),
    applicationName: name,
  };
}

/** Every kind of record has its place in the menu (events are the timeline), named in the page's language. */
function nav(lang: Lang): readonly (readonly [string, string])[] {
  const { t } = translator(lang);
  return [
    ["/regions", t("web.nav.regions")],
    ["/deposits", t("web.nav.deposits")],
    ["/companies", t("web.nav.companies")],
    ["/resolutions", t("web.nav.resolutions")],
    ["/statistics", t("web.nav.statistics")],
    ["/heritage-sites", t("web.nav.heritage-sites")],
    ["/programmes", t("web.nav.programmes")],
    ["/timeline", t("web.nav.timeline")],
    ["/sources", t("web.nav.sources")],
    ["/downloads", t("web.nav.downloads")],
    ["/about", t("web.nav.about")],
  ];
}

function searchTexts(lang: Lang): HeaderSearchTexts {
  const { t } = translator(lang);
  return {
    form: t("web.search.site"),
    label: t("web.search.title"),
    placeholder: t("web.search.placeholder"),
    submit: t("web.search.title"),
    suggestions: t("web.search.suggestions"),
    allOfKind: t("web.search.all-of-kind"),
    kinds: Object.fromEntries(
      ENTITY_KIND_TABLE.map((k) => [k.kind, { label: kindLabel(lang, k.kind), plural: kindLabel(lang, k.kind, true) }]),
    ) as HeaderSearchTexts["kinds"],
  };
}

/**
 * The document around every page, in the page's language: `<html lang>`, the theme script, the
 * skip link, the header (name, search, language switch, theme, menu; on a phone the switch is in the menu) and the footer. Each root
 * layout (English at the root, `app/[lang]/` for az and ru) and the not-found pages render it.
 */
export function Shell({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  setRequestLang(lang);
  const { t } = translator(lang);
  const { version, updated, licence } = meta();
  const items = nav(lang);
  const languages = {
    label: t("common.language-switch"),
    names: PAGE_LANGS.map((other) => [other, translator(other).t("common.language-name")] as const),
  };
  return (
    <html lang={lang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <LangProvider lang={lang}>
          <a className="skip-link" href="#main">
            {t("web.nav.skip")}
          </a>
          <header className="site-header">
            <div className="header-row">
              <Link inLang={lang} href="/" className="brand">
                {t("common.site-name")}
              </Link>
              <HeaderSearch texts={searchTexts(lang)} />
              <LanguageSwitch {...languages} className="switch-wide" />
              <ThemeToggle
                texts={{
                  toggle: t("web.theme.toggle"),
                  modes: { system: t("web.theme.system"), light: t("web.theme.light"), dark: t("web.theme.dark") },
                }}
              />
              {/* On a phone the menu folds behind a button: a <details>, so it opens without JavaScript. */}
              <details className="menu-phone">
                <summary>{t("web.nav.menu")}</summary>
                <div className="menu-panel">
                  <nav aria-label={t("web.nav.main")}>
                    <NavLinks items={items} />
                  </nav>
                  {/* On a phone the language switch is in the menu: the header's row has no room for it. */}
                  <LanguageSwitch {...languages} />
                </div>
              </details>
            </div>
            <nav aria-label={t("web.nav.main")} className="nav-wide">
              <NavLinks items={items} />
            </nav>
          </header>
          <main id="main">{children}</main>
          <footer className="site-footer">
            <p>
              {t("web.footer.version", { version, date: formatDate(updated, translator(lang).locale), licence })}{" "}
              <Link inLang={lang} href="/about#cite">{t("web.footer.cite")}</Link> · <Link inLang={lang} href="/downloads">{t("web.nav.downloads")}</Link>
            </p>
          </footer>
        </LangProvider>
      </body>
    </html>
  );
}
