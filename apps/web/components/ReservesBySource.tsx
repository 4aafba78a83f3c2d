import { COMMODITY, RESOURCE_CATEGORY, figureDate, formatDate, formatFigure, labelOf, type DepositFigure } from "@karabakh-atlas/domain";
import { lowerFirst } from "@karabakh-atlas/domain/i18n";
import { getSource } from "@/lib/data";
import { localHref, translator, type Lang } from "@/lib/i18n";
import Link from "./Link";
import { AtlasText } from "./AtlasText";
import { Cite } from "./Cite";
import { ScrollBox } from "./ScrollBox";

/**
 * A deposit's figures side by side by source: one row per fact (category, commodity, label), one
 * column per source, each cell what that source states (with its date and citation). Nothing is
 * merged; an empty cell means that source gives no figure for that fact.
 */
export function ReservesBySource({ lang = "en", groups }: { lang?: Lang; groups: readonly DepositFigure[][] }) {
  const { t, locale } = translator(lang);
  const sources = [...new Set(groups.flat().flatMap((f) => f.citations.map((c) => c.source)))];
  const label = t("web.deposit.reserves-table");
  return (
    <>
      <ScrollBox label={label} sidewaysLabel={t("common.scrolls-sideways", { label })} before={<p className="scroll-hint">{t("web.deposit.reserves-scroll")}</p>}>
        <table className="by-source">
          <caption className="sr-only">{t("web.deposit.figures-by-source")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("common.figure")}</th>
              {sources.map((id) => (
                <th scope="col" key={id}>
                  <Link href={localHref(lang, `/sources/${id}`)}>{getSource(id)?.publisher ?? id}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => {
              const first = g[0] as DepositFigure;
              const label = [labelOf(RESOURCE_CATEGORY, first.category, locale), first.commodity ? lowerFirst(lang, labelOf(COMMODITY, first.commodity, locale)) : ""].filter(Boolean).join(", ");
              return (
                <tr key={i}>
                  <th scope="row">
                    {label}
                    {first.label ? (
                      <>
                        {", "}
                        <AtlasText lang={lang} as="span">
                          {first.label}
                        </AtlasText>
                      </>
                    ) : null}
                  </th>
                  {sources.map((id) => {
                    const stated = g.filter((f) => f.citations.some((c) => c.source === id));
                    return (
                      <td key={id}>
                        {stated.map((f, j) => {
                          const date = figureDate(f);
                          return (
                            <span key={j} className="cell-figure">
                              <strong>{formatFigure(f, { locale })}</strong>
                              {date ? <span className="muted"> ({formatDate(date, locale)})</span> : null}
                              <Cite lang={lang} citations={f.citations.filter((c) => c.source === id)} />
                            </span>
                          );
                        })}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
