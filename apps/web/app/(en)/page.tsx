import type { Metadata } from "next";
import Link from "@/components/Link";
import { formatDate } from "@karabakh-atlas/domain";
import { kindLabel } from "@karabakh-atlas/domain/i18n";
import { AtlasMap } from "@/components/AtlasMap";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Headline } from "@/components/Headline";
import { Sentence } from "@/components/Sentence";
import { Timeline } from "@/components/Timeline";
import { changesInThisVersion, counts, headlineStatistics, listEvents, meta } from "@/lib/data";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { titleIn } from "@/lib/localize";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/", {
    title: { absolute: t("web.home.title") },
    description: t("web.home.description"),
  });
}

/** `Regions` → `regions`, but `UN documents` stays as it is. */
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export default async function Overview({ params }: Props) {
  const lang = await pageLang(params);
  const { t, tn, locale } = translator(lang);
  const { version, updated } = meta();
  const headline = headlineStatistics(6);
  const events = listEvents();
  const recent = events.filter((e) => e.date).slice(-6);
  const tally = counts().filter((c) => c.count > 0);
  const changes = changesInThisVersion();
  return (
    <>
      <h1>{t("common.site-name")}</h1>
      <p className="lede">{t("web.home.lede")}</p>

      <section aria-labelledby="headline">
        <h2 id="headline">{t("web.home.headline")}</h2>
        {headline.length === 0 ? (
          <p className="empty">{t("web.home.no-statistics")}</p>
        ) : (
          <ul className="cards">
            {headline.map((s) => (
              <li className="card" key={s.id}>
                <h3>
                  <Link href={`/statistics/${s.id}`}>{titleIn(lang, "statistic", s.id)}</Link>
                </h3>
                <Headline statistic={s} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="map-heading">
        <h2 id="map-heading">{t("web.home.map")}</h2>
        <AtlasMap lang={lang} title={t("web.home.map-title")} />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t("web.nav.timeline")}</h2>
        {events.length > recent.length ? (
          <p>
            {t("web.home.latest-events", { shown: recent.length, total: events.length })} <Link href="/timeline">{t("web.home.whole-timeline")}</Link>.
          </p>
        ) : null}
        <Timeline events={recent} headingLevel={3} lang={lang} />
      </section>

      <section aria-labelledby="version-heading">
        <h2 id="version-heading">{t("web.home.version")}</h2>
        <p>
          <Sentence text={t("web.home.version-text")} parts={{ version: <strong>{version}</strong>, date: <time dateTime={updated}>{formatDate(updated, locale)}</time> }} />
        </p>
        <ul>
          {tally.map((c) => (
            <li key={c.kind}>
              <Link href={c.kind === "event" ? "/timeline" : `/${c.dir}`}>
                {lang === "en"
                  ? `${c.count} ${c.kind === "event" ? (c.count === 1 ? "event" : "events") : lowerFirst(c.count === 1 ? c.label : c.plural)}`
                  : c.kind === "event"
                    ? tn("web.count.events", c.count)
                    : `${kindLabel(lang, c.kind, true)}: ${c.count}`}
              </Link>
            </li>
          ))}
        </ul>
        {changes.length > 0 ? (
          <>
            <h3>{t("web.home.changed-in", { version })}</h3>
            <UntranslatedNote lang={lang} />
            <ul>
              {changes.map((c, i) => (
                <AtlasText as="li" lang={lang} key={i}>
                  {c}
                </AtlasText>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <Sentence text={t("web.home.download")} parts={{ downloaded: <Link href="/downloads">{t("web.home.download-link")}</Link> }} />
        </p>
      </section>
    </>
  );
}
