import type { Metadata } from "next";
import { meta } from "@/lib/data";
import { downloadFiles } from "@/lib/downloads";

export const metadata: Metadata = {
  title: "Downloads",
  description: "The whole Karabakh Atlas dataset as JSON, CSV and GeoJSON, for spreadsheets, pandas and QGIS.",
};

export default function DownloadsPage() {
  const { version, licence } = meta();
  const files = downloadFiles();
  const groups: [string, (name: string) => boolean][] = [
    ["Whole dataset and records (JSON)", (n) => n.endsWith(".json")],
    ["Tables (CSV)", (n) => n.endsWith(".csv") && !n.startsWith("chart-")],
    ["Maps (GeoJSON)", (n) => n.endsWith(".geojson")],
    ["Chart data (CSV)", (n) => n.startsWith("chart-")],
  ];
  return (
    <>
      <h1>Downloads</h1>
      <p className="lede">
        Version {version}, licence {licence}. CSV files hold one row per source figure, with the source ids, locators and excerpts.
        The same data is served as JSON at <code>/api/v1/&lt;kind&gt;</code>.
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
