import { useId } from "react";
import { formatDate, sourceAuthor, type Citation } from "@karabakh-atlas/domain";
import { AtlasText } from "./AtlasText";
import { CitationWords } from "./CitationWords";
import { Sentence } from "./Sentence";
import { resolveCitations } from "@/lib/data";
import { translator, type Lang } from "@/lib/i18n";
import { hrefOf } from "@/lib/routes";
import Link from "./Link";

/**
 * Markers that reveal who says so. Each is a button that opens (with the HTML popover
 * attribute, no JavaScript) who says it, the source's title, the place in it and its words (a
 * quote in the source's language, or a summary labelled as one), with a link to the source's page.
 * Buttons and spans are phrasing content, so a marker fits anywhere.
 */
export function Cite({ lang = "en", citations }: { lang?: Lang; citations: readonly Citation[] }) {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  if (citations.length === 0) return null;
  const { t, locale } = translator(lang);
  const resolved = resolveCitations(citations);
  return (
    <span className="cites">
      {resolved.map((c, i) => {
        const title = c.sourceRecord?.title ?? c.source;
        const titleLang = c.sourceRecord?.language;
        const id = `cite-${base}-${i}`;
        return (
          <span className="cite" key={`${c.source}-${i}`}>
            <button type="button" className="cite-marker" popoverTarget={id}>
              [{i + 1}]
              <span className="sr-only">
                {" "}
                {lang === "en" ? (
                  t("web.cite.source", { title })
                ) : (
                  // The title as published, marked with its language even where the page's is the
                  // same: a marker may stand in text marked as another (the atlas's English).
                  <Sentence text={t("web.cite.source")} parts={{ title: <span lang={titleLang}>{title}</span> }} />
                )}
              </span>
            </button>
            <span id={id} popover="auto" className="cite-body" role="note">
              <Link href={hrefOf("source", c.source)} className="cite-title" lang={titleLang}>
                {title}
              </Link>
              <span className="cite-meta">
                {c.sourceRecord ? sourceAuthor(c.sourceRecord) : null}
                {c.sourceRecord?.date ? `, ${formatDate(c.sourceRecord.date, locale)}` : ""} · {c.locator}
              </span>
              <CitationWords lang={lang} citation={c} sourceLanguage={titleLang} />
              {c.note ? (
                <AtlasText lang={lang} as="span" className="cite-note">
                  {c.note}
                </AtlasText>
              ) : null}
            </span>
          </span>
        );
      })}
    </span>
  );
}
