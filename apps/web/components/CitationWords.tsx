import { SUMMARY_LABEL, citationWords, type Citation } from "@karabakh-atlas/domain";

/**
 * A citation's words: the source's own in quotation marks (`<q>`), the compiler's summary
 * labelled "Summary" and never in quotation marks, so a reader cannot take one for the other.
 */
export function CitationWords({ citation, className }: { citation: Pick<Citation, "excerpt" | "summary">; className?: string }) {
  return (
    <>
      {citationWords(citation).map((w) =>
        w.kind === "excerpt" ? (
          <q key="excerpt" className={className ? `${className} cite-excerpt` : "cite-excerpt"}>
            {w.text}
          </q>
        ) : (
          <span key="summary" className={className ? `${className} cite-summary` : "cite-summary"}>
            <span className="cite-summary-label">{SUMMARY_LABEL}:</span> {w.text}
          </span>
        ),
      )}
    </>
  );
}
