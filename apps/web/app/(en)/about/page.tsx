import type { Metadata } from "next";
import Link from "@/components/Link";
import { formatDate } from "@karabakh-atlas/domain";
import { meta } from "@/lib/data";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/about", {
    title: "About",
    description: "How the Karabakh Atlas is made: method, how figures are sourced, how to cite it, and its licence.",
  });
}

export default function AboutPage() {
  const m = meta();
  return (
    <article>
      <h1>About the atlas</h1>
      <p className="lede">
        {m.name} is an open dataset about the districts of Azerbaijan occupied in 1992–1994 and the former Nagorno-Karabakh Autonomous Oblast, which came under Azerbaijani control in 2020 and 2023, served as this
        dashboard, a terminal program and npm packages, all from one typed model.
      </p>

      <h2 id="method">Method</h2>
      <p>
        Each fact is a small record file: a district, a deposit, a company, a UN document, a statistic, a heritage site, an event or a
        source. A build step checks every file against the schema and the dataset as a whole (every referenced id exists, every
        figure has a citation, every cited source exists, dates are in order) before anything is published.
      </p>

      <h2 id="sourcing">How figures are sourced</h2>
      <ul>
        <li>Every figure and every relationship carries at least one citation: the source, the place in it, and a short verbatim excerpt.</li>
        <li>
          The small numbered markers next to a figure open that citation; the source&apos;s page lists everything it supports (see{" "}
          <Link href="/sources">Sources</Link>).
        </li>
        <li>
          Where sources disagree, every value is kept and shown side by side, e.g. “3 sources: 305–382 km²”, each with its own citation.
          Nothing is averaged or merged.
        </li>
        <li>Evaluative statements are shown as what a named source says, never as the atlas&apos; own words.</li>
      </ul>

      <h2 id="cite">How to cite</h2>
      <blockquote>{m.citation}</blockquote>
      <p>
        Cite the original source of a figure too: its page gives the title, publisher, date, symbol or address, and the locator.
      </p>

      <h2 id="licence">Licence</h2>
      <p>
        The data is published under {m.licence}. This version is {m.version}, last updated{" "}
        <time dateTime={m.updated}>{formatDate(m.updated)}</time>. Map outlines come from Natural Earth (public domain) through the
        world-atlas package.
      </p>

      <h2 id="api">Data and API</h2>
      <p>
        Everything on this site is in the <Link href="/downloads">downloads</Link>, and as JSON at <code>/api/v1/&lt;kind&gt;</code>{" "}
        and <code>/api/v1/&lt;kind&gt;/&lt;id&gt;</code>, where kind is one of regions, deposits, companies, resolutions,
        statistics, heritage-sites, events, programmes or sources. Lists take the same filters as the pages, e.g.{" "}
        <code>/api/v1/deposits?commodity=gold</code>.
      </p>
    </article>
  );
}
