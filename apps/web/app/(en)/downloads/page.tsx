import type { Metadata } from "next";
import { Sentence } from "@/components/Sentence";
import { meta } from "@/lib/data";
import { downloadFiles } from "@/lib/downloads";
import { pageLang, translator, type LangParams, type MessageKey } from "@/lib/i18n";
import { pageMetadata } from "@/lib/meta";

type Props = { params: Promise<LangParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  return pageMetadata(lang, "/downloads", { title: t("web.downloads.title"), description: t("web.downloads.description") });
}

/** The page's groups of files, in order: a heading and which files it takes. The files are the same in every language. */
const GROUPS: readonly [MessageKey, (name: string) => boolean][] = [
  ["web.downloads.whole", (n) => ["karabakh-atlas-data.zip", "karabakh-atlas.sqlite", "dataset.json", "datapackage.json", "README.md", "LICENSE-DATA.md"].includes(n)],
  ["web.downloads.tables", (n) => n.endsWith(".csv") && !n.startsWith("chart-")],
  ["web.downloads.maps", (n) => n.endsWith(".geojson") || n === "LICENSE-BOUNDARIES.md"],
  ["web.downloads.records", (n) => n.endsWith(".json") && !n.endsWith(".schema.json") && n !== "dataset.json" && n !== "datapackage.json"],
  ["web.downloads.schemas", (n) => n.endsWith(".schema.json")],
  ["web.downloads.charts", (n) => n.startsWith("chart-")],
];

export default async function DownloadsPage({ params }: Props) {
  const lang = await pageLang(params);
  const { t } = translator(lang);
  const { version, licence } = meta();
  const files = downloadFiles(lang);
  return (
    <>
      <h1>{t("web.downloads.title")}</h1>
      <p className="lede">
        <Sentence
          text={t("web.downloads.lede", { version, licence })}
          parts={{ figures: <code>figures.csv</code>, citations: <code>citations.csv</code>, api: <code>/api/v1/&lt;kind&gt;</code> }}
        />
      </p>
      {GROUPS.map(([key, match]) => {
        const list = files.filter((f) => match(f.name));
        if (list.length === 0) return null;
        const title = t(key);
        return (
          <section key={key} aria-label={title}>
            <h2>{title}</h2>
            <ul>
              {list.map((f) => (
                // The file names and the files are the same in every language; the lines that say what they hold are translated.
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
