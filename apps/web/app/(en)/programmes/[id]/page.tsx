import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PROGRAMME_KIND, labelOf } from "@karabakh-atlas/domain";
import { kindLabel, lowerFirst } from "@karabakh-atlas/domain/i18n";
import { AtlasText, UntranslatedNote } from "@/components/AtlasText";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims } from "@/components/Figures";
import { Names } from "@/components/Names";
import { getProgramme, ids } from "@/lib/data";
import { pageMetadata } from "@/lib/meta";
import { pageLang, translator, type LangParams } from "@/lib/i18n";
import { hasAtlasText, nameIn } from "@/lib/localize";

export const dynamicParams = false;
export const generateStaticParams = () => ids("programme").map((id) => ({ id }));

type Props = { params: Promise<LangParams & { id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const p = getProgramme((await params).id);
  if (!p) return { title: t("web.error.record-not-found", { kind: kindLabel(lang, "programme") }) };
  const name = nameIn(lang, p.names);
  return pageMetadata(lang, `/programmes/${(await params).id}`, { title: name, description: t("web.programme.description", { name, kind: lowerFirst(lang, labelOf(PROGRAMME_KIND, p.kind, locale)) }) });
}

export default async function ProgrammePage({ params }: Props) {
  const lang = await pageLang(params);
  const { t, locale } = translator(lang);
  const p = getProgramme((await params).id);
  if (!p) notFound();
  return (
    <article>
      <p className="muted">
        {labelOf(PROGRAMME_KIND, p.kind, locale)}
        <Cite lang={lang} citations={p.citations} />
      </p>
      <h1>{nameIn(lang, p.names)}</h1>
      {hasAtlasText(p) ? <UntranslatedNote lang={lang} /> : null}
      <dl className="facts">
        <Names lang={lang} names={p.names} aliases={p.aliases} />
        {p.initiatedBy ? (
          <>
            <dt>{t("web.programme.initiated-by")}</dt>
            <AtlasText lang={lang} as="dd">
              {p.initiatedBy}
            </AtlasText>
          </>
        ) : null}
        <dt>{t("web.programme.adopted")}</dt>
        <dd>
          <DateClaims lang={lang} claims={p.adopted} />
        </dd>
      </dl>
      <Claims lang={lang} claims={p.claims} />
    </article>
  );
}
