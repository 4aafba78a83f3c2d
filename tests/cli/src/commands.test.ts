import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Sqlite from "node:sqlite";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { parse as parseCsv } from "csv-parse/sync";
import stringWidth from "string-width";
import { afterAll, describe, expect, it } from "vitest";
import { atlas, dataset, describeTables, toCsv, toGeoJSON, toRows } from "@karabakh-atlas/data";
import { boundaries } from "@karabakh-atlas/data/geo";
import { BIN, asJson, cli, cliManifest } from "./bin.js";

const ESC = "\u001b";
const tmp = mkdtempSync(join(tmpdir(), "karabakh-atlas-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dataRoot = dirname(createRequire(import.meta.url).resolve("@karabakh-atlas/data/package.json"));
const recordsDir = join(dataRoot, "records");

/** A user mistake gets a sentence, never a stack trace. */
function expectNoStack(text: string) {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toContain("Error:");
}

describe("help and version", () => {
  it("--help lists every command and the exit codes", () => {
    const r = cli(["--help"]);
    expect(r.code).toBe(0);
    for (const command of ["list", "show", "search", "stats", "sources", "export", "validate"]) expect(r.stdout).toContain(`${command} `);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0 +success[\s\S]*1 +not found[\s\S]*2 +usage[\s\S]*70 +internal/);
  });

  it("each command has its own help", () => {
    const list = cli(["list", "--help"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("--commodity");
    expect(list.stdout).toContain("--category");
    const exp = cli(["export", "--help"]);
    expect(exp.stdout).toContain("--format");
    expect(cli(["help", "validate"]).stdout).toContain("file:line:col");
  });

  it("--version gives the CLI's and the dataset's version and date", () => {
    const r = cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`karabakh-atlas ${cliManifest.version}`);
    expect(r.stdout).toContain(`${atlas.meta.name} ${atlas.meta.version}`);
    expect(r.stdout).toMatch(/updated \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it("without arguments and without a terminal prints help instead of the browser", () => {
    const r = cli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: karabakh-atlas");
    expect(r.stderr).toContain("needs a terminal");
    expect(cli(["browse"]).code).toBe(2);
  });
});

describe("--json prints the data package's records", () => {
  it("list deposits", () => {
    const r = cli(["list", "deposits", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(asJson(atlas.deposits()));
  });

  it("list deposits with filters", () => {
    const r = cli(["list", "deposits", "--commodity", "gold", "--region", "kalbajar", "--json"]);
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout) as { id: string }[];
    expect(records).toEqual(asJson(atlas.deposits({ commodity: "gold", region: "kalbajar" })));
    expect(records.map((d) => d.id)).toContain("gyzylbulag");
  });

  it("list statistics by region and category", () => {
    const r = cli(["list", "statistics", "--region", "kalbajar", "--category", "killed", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(asJson(atlas.statistics({ region: "kalbajar", category: "killed" })));
  });

  it("list statistics --csv and stats --csv: the tidy statistics table, one row per observation with its value, region and sources", () => {
    const statistics = atlas.statistics({ region: "kalbajar" });
    const ids = new Map(statistics.map((s, i) => [s.id, i]));
    // The data package's statistics table, narrowed to the statistics the filter selects, in the list's order.
    const columns = describeTables().find((t) => t.name === "statistics")?.columns.map((c) => c.name) ?? [];
    const expected = toRows(dataset, "statistics")
      .filter((row) => ids.has(String(row.statistic_id)))
      .sort((a, b) => (ids.get(String(a.statistic_id)) ?? 0) - (ids.get(String(b.statistic_id)) ?? 0))
      .map((row) => Object.fromEntries(columns.map((c) => [c, row[c] === undefined ? "" : String(row[c])])));
    expect(expected).toHaveLength(statistics.reduce((n, s) => n + s.observations.length, 0));
    for (const args of [["list", "statistics", "--region", "kalbajar", "--csv"], ["stats", "--region", "kalbajar", "--csv"]]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).toBe(0);
      const header = (parseCsv(r.stdout, { to_line: 1 }) as string[][])[0];
      expect(header?.slice(0, 12), args.join(" ")).toEqual(["statistic_id", "title", "category", "population", "region", "value", "lower", "upper", "qualifier", "unit", "as_of", "sources"]);
      const rows = parseCsv(r.stdout, { columns: true }) as Record<string, string>[];
      expect(rows, args.join(" ")).toEqual(expected);
      const killed = rows.find((row) => row.statistic_id === "kalbajar-civilians-killed-1993");
      expect(killed, args.join(" ")).toMatchObject({ region: "kalbajar", value: "511", unit: "person" });
      expect(killed?.sources).not.toBe("");
    }
  });

  it("every kind, under its folder name", () => {
    for (const [kind, records] of [
      ["regions", atlas.regions()],
      ["companies", atlas.companies()],
      ["resolutions", atlas.resolutions()],
      ["statistics", atlas.statistics()],
      ["events", atlas.events()],
      ["sources", atlas.sources()],
    ] as const) {
      const r = cli(["list", kind, "--json"]);
      expect(r.code, kind).toBe(0);
      expect(JSON.parse(r.stdout), kind).toEqual(asJson(records));
    }
  });

  it("show, stats and sources", () => {
    expect(JSON.parse(cli(["show", "gyzylbulag", "--json"]).stdout).record).toEqual(asJson(atlas.deposit("gyzylbulag")));
    expect(JSON.parse(cli(["stats", "--region", "kalbajar", "--json"]).stdout)).toEqual(asJson(atlas.statistics({ region: "kalbajar" })));
    const id = "seed-un-letter-2018-04-17-kalbajar";
    expect(JSON.parse(cli(["sources", id, "--json"]).stdout).record).toEqual(asJson(atlas.source(id)));
    expect(JSON.parse(cli(["--json", "sources"]).stdout)).toEqual(asJson(atlas.sources()));
  });
});

describe("show --json and sources <id> --json: the record with the related records the text lists", () => {
  /** The related records of each kind, by relation, as the README documents them. */
  const RELATIONS: Record<string, string[]> = {
    region: ["statistics", "deposits", "partOf", "inside", "unDocuments", "heritageSites", "timeline"],
    deposit: ["companies", "parentCompanies"],
    company: ["deposits", "parentCompanies", "subsidiaries"],
    statistic: ["subject"],
    source: ["citedBy"],
  };
  type Ref = { kind: string; id: string; title: string };
  type Shown = { kind: string; id: string; title: string; record: { id: string }; summary: Record<string, unknown> | null; related: Record<string, (Ref & Record<string, unknown>)[]> };
  const shown = (...args: string[]): Shown => {
    const r = cli(["show", ...args, "--json"]);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Shown;
  };

  it("has one shape for every kind: kind, id, title, the record, a summary and every relation of the kind", () => {
    for (const [kind, id] of [["region", "kalbajar"], ["deposit", "gyzylbulag"], ["company", "anglo-asian-mining"], ["statistic", "kalbajar-civilians-killed-1993"], ["source", "seed-un-letter-2018-04-17-kalbajar"], ["event", atlas.events()[0]?.id ?? ""]] as const) {
      const j = shown(id);
      expect(Object.keys(j), id).toEqual(["kind", "id", "title", "record", "summary", "related"]);
      expect(j.kind, id).toBe(kind);
      expect(j.id, id).toBe(id);
      expect(j.record, id).toEqual(asJson(atlas.find(id)?.record));
      expect(Object.keys(j.related), id).toEqual(RELATIONS[kind] ?? []);
      for (const list of Object.values(j.related)) for (const r of list) expect(atlas.get(r.kind as never, r.id), `${id} → ${r.kind}:${r.id}`).toBeDefined();
    }
  });

  it("a district's statistics with their latest figures and its deposits with commodities, status and operators, as many as the text lists", () => {
    const j = shown("kalbajar");
    const killed = j.related.statistics?.find((s) => s.id === "kalbajar-civilians-killed-1993");
    expect(killed?.figures).toMatch(/^511 people \(\d+ sources?; 1993\)$/);
    const latest = killed?.latest as { date: string; observations: { value?: number }[] };
    expect(latest.date).toBe("1993");
    expect(latest.observations.map((o) => o.value)).toContain(511);
    const gyzylbulag = j.related.deposits?.find((d) => d.id === "gyzylbulag");
    expect(gyzylbulag?.commodities).toEqual(["copper", "gold"]);
    expect((gyzylbulag?.operators as Ref[]).map((o) => o.title)).toContain("Base Metals");
    expect(gyzylbulag?.status).toEqual(expect.any(String));
    expect((gyzylbulag?.largestStatedReserve as { unit: string; citations: unknown[] }).citations.length).toBeGreaterThan(0);
    // The same records as the text output: its headings count them.
    const text = cli(["show", "kalbajar"]).stdout;
    expect(text).toContain(`Statistics (${j.related.statistics?.length})`);
    expect(text).toContain(`Deposits in this region (${j.related.deposits?.length})`);
    expect(j.related.statistics?.map((s) => s.id)).toEqual(atlas.regionStatistics("kalbajar").map((s) => s.id));
    expect(j.related.timeline?.map((e) => e.id)).toEqual(atlas.regionEvents("kalbajar").map((e) => e.id));
  });

  it("a deposit's summary and companies; a source's citations, the same for show and sources", () => {
    const deposit = shown("gyzylbulag");
    expect(deposit.summary).toMatchObject({ kind: "deposit", id: "gyzylbulag", commodities: ["copper", "gold"], region: { id: "kalbajar" } });
    expect(deposit.related.companies?.map((c) => c.id)).toEqual(atlas.depositCompanies("gyzylbulag").map((c) => c.id));
    const id = "seed-un-letter-2018-04-17-kalbajar";
    const source = JSON.parse(cli(["sources", id, "--json"]).stdout) as Shown;
    expect(source).toEqual(shown(id));
    expect(source.related.citedBy).toEqual(asJson(atlas.sourceUses(id)));
    expect(cli(["sources", id]).stdout).toContain(`Cited by (${source.related.citedBy?.length})`);
  });
});

describe("plain text", () => {
  it("list deposits names each deposit with its id", () => {
    const r = cli(["list", "deposits", "--region", "kalbajar"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gyzylbulag +Gyzylbulag/m);
  });

  it("lists are tables: a header row, and columns aligned by display width", () => {
    for (const kind of ["regions", "deposits", "statistics", "sources", "events", "heritage-sites"]) {
      const lines = cli(["list", kind]).stdout.trimEnd().split("\n");
      expect(lines[0], kind).toMatch(/^ID {2,}[A-Z]/);
      // Every column after the first starts at the same display column on every row.
      const starts = [...(lines[0] ?? "").matchAll(/ {2}(?=\S)/g)].map((m) => (m.index ?? 0) + 2);
      for (const line of lines.slice(1)) {
        const second = starts[0] ?? 0;
        expect(stringWidth(line.slice(0, second)), `${kind}: ${line}`).toBe(second);
        expect(line.charAt(second - 1), `${kind}: ${line}`).toBe(" ");
      }
    }
  });

  it("the deposits table: district, commodities, status with date, largest stated reserve with its source, operator; sortable", () => {
    const r = cli(["list", "deposits"]);
    expect(r.stdout.split("\n")[0]).toMatch(/^ID +NAME +DISTRICT +COMMODITIES +STATUS +LARGEST STATED RESERVE +OPERATOR$/);
    expect(r.stdout).toMatch(/^gyzylbulag +Gyzylbulag +Kalbajar District +copper, gold +[a-z:, ]+ \([^)]*\d{4}\) +\S.*\(.+\) +\S/m);
    const byReserve = cli(["list", "deposits", "--sort", "reserve", "--json"]);
    expect(byReserve.code).toBe(0);
    const byName = (JSON.parse(cli(["list", "deposits", "--sort", "name", "--json"]).stdout) as { names: { en: string } }[]).map((d) => d.names.en);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    const csv = cli(["list", "deposits", "--commodity", "gold", "--sort", "district", "--csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\r\n").length - 2).toBe(atlas.deposits({ commodity: "gold" }).length);
    expect(cli(["list", "regions", "--sort", "name"]).code).toBe(2);
  });

  it("show gives every field with its citations and relations", () => {
    const r = cli(["show", "gyzylbulag"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Qızılbulaq");
    expect(r.stdout).toContain("Drmbon");
    expect(r.stdout).toContain("Kalbajar");
    expect(r.stdout).toContain("annex, para. 6");
    expect(r.stdout).toContain("“Gyzybulag underground copper-gold mine");
    expect(r.stdout).toMatch(/→ Base Metals \(base-metals\)/);
    expect(r.stdout).toMatch(/Parent companies\n\s+→ Vallex Group/);
  });

  it("search finds a deposit by its Azerbaijani name without diacritics and by alias", () => {
    for (const query of ["qizilbulaq", "Qızılbulaq", "drmbon"]) {
      const r = cli(["search", query]);
      expect(r.code, query).toBe(0);
      expect(r.stdout, query).toMatch(/deposit +gyzylbulag +Gyzylbulag/);
    }
    expect(JSON.parse(cli(["search", "drmbon", "--json"]).stdout)).toEqual(asJson(atlas.search("drmbon")));
  });

  it("sources <id> lists what the source supports", () => {
    const r = cli(["sources", "seed-un-letter-2018-04-17-kalbajar"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cited by");
    expect(r.stdout).toContain("Gyzylbulag");
  });

  it("stats, show and sources name who says it: the ministry, not the United Nations that circulated its letter", () => {
    const stats = cli(["stats", "--region", "kalbajar"]).stdout;
    expect(stats).toContain("Ministry of Foreign Affairs of Azerbaijan");
    expect(stats).not.toContain("United Nations (General Assembly and Security Council)");
    expect(cli(["show", "ulukhan-castle"]).stdout).toContain("↳ Ministry of Foreign Affairs of Azerbaijan (Press Service), Letter dated 17 April 2018");
    expect(cli(["sources"]).stdout).toMatch(/^seed-un-letter-2018-04-17-kalbajar +(?:\d{4}-\d{2}-\d{2} +)?Ministry of Foreign Affairs of Azerbaijan \(Press Service\): Letter dated/m);
  });

  it("shows a summary labelled and never in quotation marks, and no field paths or seed file names", () => {
    const source = atlas.sources().find((s) => atlas.sourceUses(s.id).some((u) => u.summary !== undefined && u.excerpt === undefined))!;
    const use = atlas.sourceUses(source.id).find((u) => u.summary !== undefined && u.excerpt === undefined)!;
    const out = cli(["sources", source.id]).stdout;
    expect(out).toContain(`Summary: ${use.summary}`);
    expect(out).not.toContain(`“${use.summary}`);
    expect(out).not.toMatch(/\w\[\d+\]\.citations/);
    expect(cli(["sources", "seed-un-letter-2018-04-17-kalbajar"]).stdout).not.toContain(".txt");
  });

  it("stats lists a statistic stated in two units once in each, its title naming the unit", () => {
    const r = cli(["stats", "--category", "area-occupied", "--region", "agdam"]);
    expect(r.code).toBe(0);
    const titles = r.stdout.split("\n").filter((l) => l.startsWith("Area occupied — Agdam District"));
    expect(titles).toHaveLength(2);
    expect(titles.map((t) => t.match(/\((km²|%)\)$/)?.[1]).sort()).toEqual(["%", "km²"]);
  });

  it("stats draws a bar per observation, or says there are none", () => {
    const r = cli(["stats", "--region", "kalbajar"]);
    expect(r.code).toBe(0);
    if (atlas.statistics({ region: "kalbajar" }).length > 0) expect(r.stdout).toMatch(/█/);
    else expect(r.stderr).toContain("no statistics");
  });

  it("stats draws compared statistics to one scale, and a lone figure as a number without a bar", () => {
    const r = cli(["stats", "--category", "deposits-counted"]);
    expect(r.code).toBe(0);
    const barOf = (id: string) => {
      const lines = r.stdout.split("\n");
      const at = lines.findIndex((l) => l.startsWith(`${id} `));
      return (lines[at + 2] ?? "").trim().split(" ")[0] ?? "";
    };
    expect(r.stdout).toContain("bars to one scale");
    // 34 against 2 deposits: about 17 times as long, not both full width.
    expect(barOf("kalbajar-deposits-with-reserves-1993").length).toBeGreaterThan(barOf("khojavend-deposits-with-reserves-1993").length * 8);
    const lone = cli(["stats", "--region", "bashlibel"]);
    expect(lone.stdout).toContain("12 people");
    expect(lone.stdout).not.toMatch(/█/);
  });
});

describe("export", () => {
  it("json is the whole dataset", () => {
    const r = cli(["export", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(asJson(atlas.dataset));
  });

  it("csv is the data package's table, to a file", () => {
    const out = join(tmp, "deposits.csv");
    const r = cli(["export", "--format", "csv", "--table", "deposits", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`wrote csv to ${out}`);
    const text = readFileSync(out, "utf8");
    expect(text).toBe(toCsv(atlas.dataset, "deposits"));
    expect(text.split("\r\n")[0]).toMatch(/^id,name_en,/);
    expect(cli(["export", "--format", "csv", "--table", "figures"]).stdout).toBe(toCsv(atlas.dataset, "figures"));
  });

  it("sqlite writes the whole dataset as a database that answers SQL, and needs --out", () => {
    const out = join(tmp, "atlas.sqlite");
    writeFileSync(out, "an older file, replaced");
    const r = cli(["export", "--format", "sqlite", "--out", out]);
    expect(r.code).toBe(0);
    // Node's ExperimentalWarning for node:sqlite does not reach the user.
    expect(r.stderr).toBe(`wrote sqlite to ${out}\n`);
    const { DatabaseSync } = createRequire(import.meta.url)("node:sqlite") as typeof Sqlite;
    const db = new DatabaseSync(out, { readOnly: true });
    const rows = db.prepare("SELECT d.id FROM deposits d JOIN regions r ON r.id = d.region WHERE r.id = 'kalbajar' ORDER BY d.id").all() as { id: string }[];
    expect(rows.map((row) => row.id)).toEqual(atlas.deposits({ region: "kalbajar" }).filter((d) => d.region === "kalbajar").map((d) => d.id).sort());
    db.close();
    const missing = cli(["export", "--format", "sqlite"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("add --out");
  });

  it("csv needs a table, and a wrong one gets a suggestion", () => {
    expect(cli(["export", "--format", "csv"]).code).toBe(2);
    const r = cli(["export", "--format", "csv", "--table", "figurs"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'figures'?");
  });

  it("geojson has the region polygons, the places and the located deposits, each with its precision and licence", () => {
    const r = cli(["export", "--format", "geojson"]);
    expect(r.code).toBe(0);
    const collection = JSON.parse(r.stdout) as { type: string; features: { geometry: { type: string }; properties: { precision: string; licence: string } }[] };
    expect(collection.type).toBe("FeatureCollection");
    const layers = (["regions", "places", "deposits"] as const).map((l) => toGeoJSON(atlas.dataset, l, boundaries).features.length);
    expect(collection.features.length).toBe(layers.reduce((a, b) => a + b, 0));
    for (const f of collection.features) {
      expect(["Point", "Polygon", "MultiPolygon"]).toContain(f.geometry.type);
      expect(typeof f.properties.precision).toBe("string");
      expect(f.properties.licence).toMatch(/^CC-BY/);
    }
    const regions = cli(["export", "--format", "geojson", "--layer", "regions"]);
    expect(JSON.parse(regions.stdout)).toEqual(asJson(toGeoJSON(atlas.dataset, "regions", boundaries)));
  });

  it("a deposits layer with no located deposit is a warning and exit 1, never an empty file", () => {
    const located = atlas.deposits().filter((d) => d.location).length;
    const deposits = cli(["export", "--format", "geojson", "--layer", "deposits"]);
    if (located > 0) {
      expect(deposits.code).toBe(0);
      expect(JSON.parse(deposits.stdout)).toEqual(asJson(toGeoJSON(atlas.dataset, "deposits")));
    }
    // A folder of records in which no deposit has a location.
    const dir = mkdtempSync(join(tmpdir(), "atlas-nolocation-"));
    try {
      cpSync(recordsDir, dir, { recursive: true });
      for (const d of atlas.deposits().filter((x) => x.location)) {
        const file = join(dir, "deposits", `${d.id}.yaml`);
        writeFileSync(file, readFileSync(file, "utf8").replace(/^location:\n(?: .*\n)+/m, ""));
      }
      const r = cli(["--data", dir, "export", "--format", "geojson", "--layer", "deposits", "--out", join(dir, "out.geojson")]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^karabakh-atlas: warning: no deposit has a location, so the deposits layer would be empty; nothing written \(\d+ deposits without coordinates: /);
      expect(() => readFileSync(join(dir, "out.geojson"))).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("list --csv is the kind's table narrowed to the records listed", () => {
    const r = cli(["list", "deposits", "--commodity", "gold", "--csv"]);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split("\r\n");
    expect(rows[0]).toBe(toCsv(atlas.dataset, "deposits").split("\r\n")[0]);
    expect(rows.length).toBe(atlas.deposits({ commodity: "gold" }).length + 1);
  });
});

describe("validate", () => {
  it("accepts the data package's records", () => {
    const r = cli(["validate", recordsDir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ record files/);
  });

  it("locates a bad value by file, line, column and field, and exits 1", () => {
    const dir = join(tmp, "records");
    cpSync(recordsDir, dir, { recursive: true });
    const file = join(dir, "deposits", "gyzylbulag.yaml");
    // Put a commodity that does not exist first in the list, in block or flow style.
    const original = readFileSync(file, "utf8");
    const broken = original.replace(/^commodities:\s*\n( *)- /m, "commodities:\n$1- gld\n$1- ").replace(/^commodities: \[/m, "commodities: [gld, ");
    expect(broken).not.toEqual(original);
    writeFileSync(file, broken);
    const r = cli(["validate", dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/deposits\/gyzylbulag\.yaml:\d+:\d+ +commodities\[0\]: 'gld' is not allowed.*did you mean 'gold'/);
    expectNoStack(r.stdout + r.stderr);
  });

  it("says so when the folder does not exist", () => {
    mkdirSync(join(tmp, "empty"), { recursive: true });
    const r = cli(["validate", join(tmp, "missing")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("not found");
  });
});

describe("errors and exit codes", () => {
  it("an unknown id says so and suggests the nearest", () => {
    const r = cli(["show", "gyzilbulag"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no deposit 'gyzilbulag' — did you mean 'gyzylbulag'?");
    expectNoStack(r.stderr);
    expect(cli(["sources", "no-such-source"]).code).toBe(1);
  });

  it("an unknown region in a filter is not found, with a suggestion", () => {
    const r = cli(["list", "deposits", "--region", "kalbajr"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("did you mean 'kalbajar'?");
  });

  it("a bad flag value is a usage error with the nearest valid value", () => {
    const r = cli(["list", "deposits", "--commodity", "gld"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'gold'?");
    expectNoStack(r.stderr);
    expect(cli(["list", "deposits", "--category", "killed"]).stderr).toContain("--category does not apply to deposits");
    expect(cli(["list", "depositz"]).stderr).toContain("did you mean");
    expect(cli(["export", "--format", "xml"]).code).toBe(2);
  });

  it("an unknown flag or command prints one line and where the help is, and exits 2", () => {
    const flag = cli(["list", "deposits", "--bogus"]);
    expect(flag.code).toBe(2);
    // The one relevant line and the help command, not the whole help (it was 49 lines).
    expect(flag.stderr).toBe("karabakh-atlas: unknown option '--bogus'\n(run 'karabakh-atlas list --help' for usage)\n");
    const command = cli(["lst"]);
    expect(command.code).toBe(2);
    expect(command.stderr.split("\n")[0]).toBe("karabakh-atlas: unknown command 'lst' — did you mean list?");
  });

  it("every error is `karabakh-atlas: <what> — <what would be right>`", () => {
    for (const args of [["list", "deposits", "--bogus"], ["lst"], ["show", "gyzilbulag"], ["list", "deposits", "--commodity", "gld"], ["list", "deposits", "--sort", "size"], ["export"]]) {
      const r = cli(args);
      expect(r.code, args.join(" ")).not.toBe(0);
      expect(r.stderr.split("\n")[0], args.join(" ")).toMatch(/^karabakh-atlas: \S/);
      expect(r.stderr).not.toMatch(/^error: /m);
      expect(r.stderr.split("\n").filter(Boolean).length, args.join(" ")).toBeLessThanOrEqual(2);
    }
  });

  it("every command's help shows the global options", () => {
    for (const command of ["list", "show", "search", "stats", "sources", "export", "validate", "completion"]) {
      const help = cli([command, "--help"]).stdout;
      for (const flag of ["--json", "--csv", "--no-color", "--data <dir>"]) expect(help, `${command} --help`).toContain(flag);
    }
  });

  it("search says how many of how many it shows, and never suggests a number for a number", () => {
    const r = cli(["search", "a", "--limit", "3"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(4);
    expect(r.stderr).toMatch(/^3 of (\d+) matches — all of them with --limit \1\n$/);
    const number = cli(["search", "511"]);
    expect(number.stderr).not.toMatch(/try '/);
  });

  it("completion prints a script for bash, zsh and fish with the commands, kinds and flags", () => {
    for (const shell of ["bash", "zsh", "fish"]) {
      const r = cli(["completion", shell]);
      expect(r.code, shell).toBe(0);
      for (const word of ["list", "show", "export", "deposits", "commodity", "json"]) expect(r.stdout, `${shell}: ${word}`).toContain(word);
    }
    const bash = spawnSync("bash", ["-n"], { input: cli(["completion", "bash"]).stdout });
    expect(bash.status, String(bash.stderr)).toBe(0);
    expect(cli(["completion", "tcsh"]).code).toBe(2);
  });

  it("show starts with a summary: key figures, dates of control, related records with their values, then names", () => {
    const lines = cli(["show", "kalbajar"]).stdout.split("\n");
    const names = lines.findIndex((l) => l === "Names");
    expect(names).toBeGreaterThan(5);
    const summary = lines.slice(0, names).join("\n");
    // The kind and id, then the record's names in the other languages.
    expect(lines[1]).toBe("Region · kalbajar · Kəlbəcər rayonu · Кельбаджарский район");
    expect(summary).toMatch(/^Area: .*square kilometres \(\d+ sources?/m);
    expect(summary).toMatch(/^Control: occupied 2 April 1993 \(\d+ sources?\); returned 25 November 2020/m);
    // A statistic with its figure inline, a deposit with commodities and operator.
    // The title is statisticTitle's: category, population, place, event, then the as-of date.
    expect(summary).toMatch(/→ Killed, civilians — Kalbajar District, Occupation of Kalbajar District, as of 1993: 511 people \(\d+ sources?; 1993\)/);
    expect(summary).toMatch(/→ Gyzylbulag — copper, gold; .*operator: Base Metals/);
    const deposit = cli(["show", "gyzylbulag"]).stdout.split("\n").slice(0, 8).join("\n");
    expect(deposit).toMatch(/^Commodities: copper, gold$/m);
    expect(deposit).toMatch(/^Operator: Base Metals$/m);
  });

  it("show finds a record by its id in any case, or by a name or alias with or without diacritics", () => {
    const byId = asJson(atlas.region("kalbajar"));
    for (const typed of ["Kalbajar", "KALBAJAR", "Kəlbəcər rayonu", "kelbecer rayonu"]) {
      const r = cli(["show", typed, "--json"]);
      expect(r.code, typed).toBe(0);
      expect(JSON.parse(r.stdout).record, typed).toEqual(byId);
    }
    const alias = cli(["show", "Qızılbulaq", "--json"]);
    expect(JSON.parse(alias.stdout).id).toBe("gyzylbulag");
    // A name that several records go by: each is listed with its kind, none is picked.
    const several = cli(["show", "drmbon"]);
    expect(several.code).toBe(1);
    expect(several.stderr).toMatch(/^karabakh-atlas: 'drmbon' names \d+ records — show one of them by id: .*gyzylbulag \(deposit: Gyzylbulag\)/);
    expect(cli(["show", "drmbon", "--kind", "deposits", "--json"]).stdout).toContain('"id": "gyzylbulag"');
  });

  it("vocabulary values in any case, and a repeated flag means any of its values", () => {
    const lower = cli(["list", "deposits", "--commodity", "gold", "--json"]).stdout;
    expect(cli(["list", "deposits", "--commodity", "Gold", "--json"]).stdout).toBe(lower);
    const either = (JSON.parse(cli(["list", "deposits", "--commodity", "copper", "--commodity", "silver", "--json"]).stdout) as { id: string }[]).map((d) => d.id);
    const expected = atlas.deposits().filter((d) => d.commodities.includes("copper") || d.commodities.includes("silver")).map((d) => d.id);
    expect(either).toEqual(expected);
    expect(either.length).toBeGreaterThan(atlas.deposits({ commodity: "silver" }).length);
    const stats = JSON.parse(cli(["stats", "--category", "killed", "--category", "missing", "--json"]).stdout) as { category: string }[];
    expect(new Set(stats.map((st) => st.category))).toEqual(new Set(["killed", "missing"]));
  });

  it("a search without matches exits 1", () => {
    const r = cli(["search", "zzqxv"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nothing matches 'zzqxv'");
  });
});

describe("terminal manners", () => {
  const commands = [["show", "gyzylbulag"], ["list", "deposits"], ["search", "kalbajar"], ["sources"], ["--help"], ["stats"]];

  it("piped output has no escape codes", () => {
    for (const args of commands) expect(cli(args).stdout, args.join(" ")).not.toContain(ESC);
  });

  it("NO_COLOR wins even over FORCE_COLOR", () => {
    // The check can fail: with FORCE_COLOR alone the same command is coloured.
    expect(cli(["show", "gyzylbulag"], { FORCE_COLOR: "1" }).stdout).toContain(ESC);
    for (const args of commands) expect(cli(args, { NO_COLOR: "1", FORCE_COLOR: "1" }).stdout, args.join(" ")).not.toContain(ESC);
  });
});

describe("start-up", () => {
  // What a scriptable command loads, watched from inside the process: Node's list of loaded
  // built-ins and every file read through fs. Not a timing (bench/cli measures that), the design
  // that makes it fast: no stream machinery, no child_process, only the dataset parts it needs.
  const preload = join(tmp, "watch.cjs");
  writeFileSync(
    preload,
    `const fs = require("node:fs");
const read = fs.readFileSync;
const files = [];
fs.readFileSync = function (path, ...rest) { files.push(String(path)); return read.call(this, path, ...rest); };
process.on("exit", () => fs.writeFileSync(process.env.WATCH_OUT, JSON.stringify({ modules: process.moduleLoadList, files })));
`,
  );
  function watched(args: string[]) {
    const out = join(tmp, `watch-${args.join("-")}.json`);
    const r = cli(args, { NODE_OPTIONS: `--require ${preload}`, WATCH_OUT: out });
    expect(r.code, r.stderr).toBe(0);
    const seen = JSON.parse(readFileSync(out, "utf8")) as { modules: string[]; files: string[] };
    const builtins = seen.modules.filter((m) => m.startsWith("NativeModule ")).map((m) => m.slice("NativeModule ".length));
    const parts = seen.files.filter((f) => /[\\/]data[\\/][a-z-]+\.json$/.test(f)).map((f) => f.replace(/^.*[\\/]/, "").replace(/\.json$/, ""));
    return { stdout: r.stdout, builtins, parts };
  }

  it("list deposits --json reads the meta and the deposits, and sets up no stream or child process", () => {
    const { stdout, builtins, parts } = watched(["list", "deposits", "--json"]);
    expect(JSON.parse(stdout)).toEqual(asJson(atlas.deposits()));
    expect(parts.sort()).toEqual(["deposits", "meta"]);
    for (const heavy of ["child_process", "net", "stream", "tty", "worker_threads", "internal/fs/promises"]) expect(builtins, heavy).not.toContain(heavy);
  });

  it("a region filter reads the regions too; export reads every part, once", () => {
    expect(watched(["list", "deposits", "--region", "kalbajar", "--json"]).parts.sort()).toEqual(["deposits", "meta", "regions"]);
    const all = watched(["export", "--format", "json"]);
    expect(JSON.parse(all.stdout)).toEqual(asJson(atlas.dataset));
    expect(all.parts.sort()).toEqual(["companies", "deposits", "events", "heritage-sites", "meta", "programmes", "regions", "resolutions", "sources", "statistics"]);
  });

  it("ends quietly with exit 0 when the reader closes the pipe early (| head)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [BIN, "export", "--format", "json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Take the first chunk, then close our end while the CLI still has most of its output to write.
    await new Promise<void>((resolve) => child.stdout.once("data", () => (child.stdout.destroy(), resolve())));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
