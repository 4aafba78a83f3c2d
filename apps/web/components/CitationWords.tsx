import { SUMMARY_LABEL, citationWords, type Citation } from "@karabakh-atlas/domain";
import { t, type Lang } from "@karabakh-atlas/domain/i18n";
import { AtlasText } from "./AtlasText";

/**
 * A citation's words: the source's own in quotation marks (`<q>`, marked with the source's
 * language, which is not the page's), the compiler's summary labelled "Summary" and never in
 * quotation marks, so a reader cannot take one for the other. The summary is the atlas's own text
 * (English until translated).
 */
export function CitationWords({
  lang = "en",
  citation,
  sourceLanguage,
  className,
}: {
  lang?: Lang;
  citation: Pick<Citation, "excerpt" | "summary">;
  /** The source's language (BCP 47), for the excerpt's `lang`. */
  sourceLanguage?: string;
  className?: string;
}) {
  return (
    <>
      {citationWords(citation).map((w) =>
        w.kind === "excerpt" ? (
          <q key="excerpt" lang={sourceLanguage} className={className ? `${className} cite-excerpt` : "cite-excerpt"}>
            {w.text}
          </q>
        ) : (
          <span key="summary" className={className ? `${className} cite-summary` : "cite-summary"}>
            <span className="cite-summary-label">{lang === "en" ? SUMMARY_LABEL : t(lang, "label.summary")}:</span>{" "}
            <AtlasText lang={lang} as="span">
              {w.text}
            </AtlasText>
          </span>
        ),
      )}
    </>
  );
}
