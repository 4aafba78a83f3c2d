import type { ReactNode } from "react";
import type { EntityKind, Names } from "@karabakh-atlas/domain";
import type { Lang } from "@/lib/i18n";
import { nameIn, nameLangIn, regionNameIn, titleIn, titleLangIn } from "@/lib/localize";
import { atlas } from "@/lib/data";
import { AtlasText } from "./AtlasText";

/*
 * Plain functions, not components: on an English page they give the very string the pages had
 * before, so the HTML and the React payload of an English page are byte for byte as they were (a
 * component, even one returning a string, is a chunk of its own in an async parent's payload).
 */

/**
 * A record's title in the page's language (`titleIn`), marked with the language it is in where
 * that is not the page's (`titleLangIn`): an event's English title is the atlas's own text
 * (`AtlasText`, with its side line); a UN document's title, a source's title as published and a
 * name without a translation are their own words, marked `lang` only.
 */
export function markedTitleIn(lang: Lang, kind: EntityKind, id: string): ReactNode {
  const title = titleIn(lang, kind, id);
  const titleLang = titleLangIn(lang, kind, id);
  if (titleLang === undefined) return title;
  if (kind === "event") {
    return (
      <AtlasText lang={lang} as="span">
        {title}
      </AtlasText>
    );
  }
  return <span lang={titleLang}>{title}</span>;
}

/** A record's name in the page's language, marked `lang="en"` where it has none in it and its English name stands. */
export function markedNameIn(lang: Lang, names: Names): ReactNode {
  const name = nameIn(lang, names);
  const nameLang = nameLangIn(lang, names);
  return nameLang === undefined ? name : <span lang={nameLang}>{name}</span>;
}

/** A region's name by id, as `markedNameIn` (the id itself for an unknown one). */
export function markedRegionNameIn(lang: Lang, id: string): ReactNode {
  const region = atlas.region(id);
  return region ? markedNameIn(lang, region.names) : regionNameIn(lang, id);
}
