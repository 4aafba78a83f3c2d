import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PROGRAMME_KIND } from "@karabakh-atlas/domain";
import { Cite } from "@/components/Cite";
import { Claims } from "@/components/Claims";
import { DateClaims } from "@/components/Figures";
import { Names } from "@/components/Names";
import { getProgramme, ids } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export const dynamicParams = false;
export const generateStaticParams = () => ids("programme").map((id) => ({ id }));

type Props = { params: Promise<{ id: string } & LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = getProgramme((await params).id);
  if (!p) return { title: "Programme not found" };
  return pageMetadata(await pageLang(params), `/programmes/${(await params).id}`, { title: p.names.en, description: `${p.names.en} (${PROGRAMME_KIND.labels[p.kind].toLowerCase()}): when it was adopted and what the sources say.` });
}

export default async function ProgrammePage({ params }: Props) {
  const p = getProgramme((await params).id);
  if (!p) notFound();
  return (
    <article>
      <p className="muted">
        {PROGRAMME_KIND.labels[p.kind]}
        <Cite citations={p.citations} />
      </p>
      <h1>{p.names.en}</h1>
      <dl className="facts">
        <Names names={p.names} aliases={p.aliases} />
        {p.initiatedBy ? (
          <>
            <dt>Initiated by</dt>
            <dd>{p.initiatedBy}</dd>
          </>
        ) : null}
        <dt>Adopted</dt>
        <dd>
          <DateClaims claims={p.adopted} />
        </dd>
      </dl>
      <Claims claims={p.claims} />
    </article>
  );
}
