import type { Metadata } from "next";
import Link from "@/components/Link";
import { formatDate } from "@karabakh-atlas/domain";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Sentence } from "@/components/Sentence";
import { meta } from "@/lib/data";
import { localHref, pageLang, translator, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/about", { title: t("web.nav.about"), description: t("web.about.description") });
}

export default async function AboutPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const m = meta();
  return (
    <article>
      <h1>{t("web.about.title")}</h1>
      <p className="lede">{t("web.about.lede", { name: m.name })}</p>

      <h2 id="method">{t("web.about.method")}</h2>
      <p>{t("web.about.method-text")}</p>

      <h2 id="sourcing">{t("web.about.sourcing")}</h2>
      <ul>
        <li>{t("web.about.sourcing-citation")}</li>
        <li><Sentence text={t("web.about.sourcing-markers")} parts={{ sources: <Link href={localHref(lang, "/sources")}>{t("web.nav.sources")}</Link> }} /></li>
        <li>{t("web.about.sourcing-competing")}</li>
        <li>{t("web.about.sourcing-attributed")}</li>
      </ul>

      <h2 id="cite">{t("web.footer.cite")}</h2>
      <UntranslatedNote lang={lang} />
      {/* The citation as the dataset gives it (English). */}
      <blockquote>
        <AtlasText lang={lang} as="span">
          {m.citation}
        </AtlasText>
      </blockquote>
      <p>{t("web.about.cite-original")}</p>

      <h2 id="licence">{t("web.about.licence")}</h2>
      <p>
        <Sentence text={t("web.about.licence-text", { licence: m.licence, version: m.version })} parts={{ date: <time dateTime={m.updated}>{formatDate(m.updated, locale)}</time> }} />
      </p>

      <h2 id="api">{t("web.about.api")}</h2>
      <p>
        <Sentence
          text={t("web.about.api-text")}
          parts={{
            downloads: <Link href={localHref(lang, "/downloads")}>{t("web.about.downloads-link")}</Link>,
            "api-kind": <code>/api/v1/&lt;kind&gt;</code>,
            "api-record": <code>/api/v1/&lt;kind&gt;/&lt;id&gt;</code>,
            "api-example": <code>/api/v1/deposits?commodity=gold</code>,
          }}
        />
      </p>
    </article>
  );
}
