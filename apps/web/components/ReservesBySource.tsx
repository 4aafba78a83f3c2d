import { COMMODITY, RESOURCE_CATEGORY, figureDate, formatDate, formatFigure, type DepositFigure } from "@karabakh-atlas/domain";
import { getSource } from "@/lib/data";
import Link from "./Link";
import { Cite } from "./Cite";
import { ScrollBox } from "./ScrollBox";

/**
 * A deposit's figures side by side by source: one row per fact (category, commodity, label), one
 * column per source, each cell what that source states (with its date and citation). Nothing is
 * merged; an empty cell means that source gives no figure for that fact.
 */
export function ReservesBySource({ groups }: { groups: readonly DepositFigure[][] }) {
  const sources = [...new Set(groups.flat().flatMap((f) => f.citations.map((c) => c.source)))];
  return (
    <>
      <ScrollBox label="Reserves and other figures by source" before={<p className="scroll-hint">One column per source; the table scrolls sideways.</p>}>
        <table className="by-source">
          <caption className="sr-only">Figures by source</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {sources.map((id) => (
                <th scope="col" key={id}>
                  <Link href={`/sources/${id}`}>{getSource(id)?.publisher ?? id}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => {
              const first = g[0] as DepositFigure;
              const label = [RESOURCE_CATEGORY.labels[first.category], first.commodity ? COMMODITY.labels[first.commodity].toLowerCase() : "", first.label ?? ""].filter(Boolean).join(", ");
              return (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  {sources.map((id) => {
                    const stated = g.filter((f) => f.citations.some((c) => c.source === id));
                    return (
                      <td key={id}>
                        {stated.map((f, j) => {
                          const date = figureDate(f);
                          return (
                            <span key={j} className="cell-figure">
                              <strong>{formatFigure(f)}</strong>
                              {date ? <span className="muted"> ({formatDate(date)})</span> : null}
                              <Cite citations={f.citations.filter((c) => c.source === id)} />
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
