import Link from "@/components/Link";
import { translator, type Lang } from "@/lib/i18n";

/** What an unknown address answers, in the language its path belongs to (with status 404). */
export function NotFound({ lang }: { lang: Lang }) {
  const { t } = translator(lang);
  return (
    <article>
      <h1>{t("web.error.not-found")}</h1>
      <p>{t("web.error.not-found-text")}</p>
      <p>{t("web.error.not-found-try")}</p>
      <ul>
        <li>
          <Link inLang={lang} href="/search">{t("web.search.title")}</Link>
        </li>
        <li>
          <Link inLang={lang} href="/">{t("common.site-name")}</Link>
        </li>
      </ul>
    </article>
  );
}

/** The not-found page's title and description. */
export function notFoundMetadata(lang: Lang) {
  const { t } = translator(lang);
  return { title: t("web.error.not-found"), description: t("web.error.not-found-text") };
}
