import { armenianNameLang, type Alias, type Names as NamesT } from "@karabakh-atlas/domain";
import { languageNameIn } from "@karabakh-atlas/domain/i18n";
import { translator, type Lang } from "@/lib/i18n";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";

/** The names' languages in the order a page shows them: its reader's first, the Armenian-used name last. */
const ORDER: { readonly [L in Lang]: readonly (keyof NamesT)[] } = {
  en: ["en", "az", "ru", "hy"],
  az: ["az", "en", "ru", "hy"],
  ru: ["ru", "az", "en", "hy"],
};

/** Names per language, the reader's first, and other names in use. */
export function Names({ lang = "en", names, aliases }: { lang?: Lang; names: NamesT; aliases: readonly Alias[] }) {
  const { t } = translator(lang);
  const label = (k: keyof NamesT) => (k === "hy" ? t("web.names.armenian-used") : languageNameIn(lang, k));
  return (
    <>
      <dt>{t("common.names")}</dt>
      <dd>
        {ORDER[lang]
          .filter((k) => names[k])
          .map((k) => (
            <span key={k}>
              <span lang={k === "hy" ? armenianNameLang(names[k] as string) : k}>{names[k]}</span> <span className="muted">({label(k)})</span>
            </span>
          ))
          .reduce<React.ReactNode[]>((acc, el, i) => (i === 0 ? [el] : [...acc, " · ", el]), [])}
      </dd>
      {aliases.length > 0 ? (
        <>
          <dt>{t("common.also-called")}</dt>
          <dd>
            {aliases.map((a, i) => (
              <span key={i}>
                {i > 0 ? " · " : ""}
                <span lang={a.lang}>{a.name}</span>
                {a.note ? (
                  <span className="muted">
                    {" "}
                    (<AtlasText lang={lang} as="span">{a.note}</AtlasText>)
                  </span>
                ) : null}
                {a.citations ? <Cite lang={lang} citations={a.citations} /> : null}
              </span>
            ))}
          </dd>
        </>
      ) : null}
    </>
  );
}
