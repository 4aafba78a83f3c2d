import type { Metadata } from "next";
import { meta } from "@/lib/data";
import { downloadFiles } from "@/lib/downloads";
import { pageLang, type LangParams } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

export async function generateMetadata({ params }: { params: Promise<LangParams> }): Promise<Metadata> {
  return pageMetadata(await pageLang(params), "/downloads", {
    title: "Downloads",
    description: "The whole Karabakh Atlas dataset as JSON, CSV and GeoJSON, for spreadsheets, pandas and QGIS.",
  });
}

export default function DownloadsPage() {
  const { version, licence } = meta();
  const files = downloadFiles();
  const groups: [string, (name: string) => boolean][] = [
    ["The whole dataset", (n) => ["karabakh-atlas-data.zip", "karabakh-atlas.sqlite", "dataset.json", "datapackage.json", "README.md", "LICENSE-DATA.md"].includes(n)],
    ["Tables (CSV)", (n) => n.endsWith(".csv") && !n.startsWith("chart-")],
    ["Maps (GeoJSON)", (n) => n.endsWith(".geojson") || n === "LICENSE-BOUNDARIES.md"],
    ["Records by kind (JSON)", (n) => n.endsWith(".json") && !n.endsWith(".schema.json") && n !== "dataset.json" && n !== "datapackage.json"],
    ["JSON Schemas", (n) => n.endsWith(".schema.json")],
    ["Chart data (CSV)", (n) => n.startsWith("chart-")],
  ];
  return (
    <>
      <h1>Downloads</h1>
      <p className="lede">
        Version {version}, licence {licence}. These are the data package&apos;s own exports: each kind of record is a table,
        and the long tables hold every figure as one source states it (<code>figures.csv</code>), every link, every claim and
        every citation with its source, locator and excerpt (<code>citations.csv</code>). The README in the archive describes
        every column. The same records are served as JSON at <code>/api/v1/&lt;kind&gt;</code>.
      </p>
      {groups.map(([title, match]) => {
        const list = files.filter((f) => match(f.name));
        if (list.length === 0) return null;
        return (
          <section key={title} aria-label={title}>
            <h2>{title}</h2>
            <ul>
              {list.map((f) => (
                <li key={f.name}>
                  <a href={`/downloads/${f.name}`} download>
                    {f.name}
                  </a>{" "}
                  <span className="muted">— {f.description}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
