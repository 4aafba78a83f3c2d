import { ATLAS_TEXT_LANGUAGE, t, type Lang } from "@karabakh-atlas/domain/i18n";
import type { ReactNode } from "react";

/**
 * Text the atlas wrote itself (a description, a note, a paraphrased demand, a summary), which
 * exists in English only until records carry translations. On an English page it is plain text;
 * on a page in another language it is marked `lang="en"` (screen readers switch voice, the
 * browser hyphenates as English) and drawn with a side line that `UntranslatedNote` explains.
 * Excerpts are not atlas text: they keep their source's own language (see CitationWords).
 */
export function AtlasText({ lang, as: Tag = "p", className, children }: { lang: Lang; as?: "p" | "div" | "span" | "li" | "dd" | "td"; className?: string; children: ReactNode }) {
  if (lang === ATLAS_TEXT_LANGUAGE) return <Tag className={className}>{children}</Tag>;
  return (
    <Tag lang={ATLAS_TEXT_LANGUAGE} className={className ? `${className} untranslated` : "untranslated"}>
      {children}
    </Tag>
  );
}

/** Said once on a page in another language that shows atlas text: why some of it is English. */
export function UntranslatedNote({ lang }: { lang: Lang }) {
  if (lang === ATLAS_TEXT_LANGUAGE) return null;
  return <p className="untranslated-note">{t(lang, "web.untranslated-note")}</p>;
}
