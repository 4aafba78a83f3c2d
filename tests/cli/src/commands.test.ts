import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { atlas, toCsv, toGeoJSON } from "@karabakh-atlas/data";
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
    expect(JSON.parse(cli(["show", "gyzylbulag", "--json"]).stdout)).toEqual(asJson(atlas.deposit("gyzylbulag")));
    expect(JSON.parse(cli(["stats", "--region", "kalbajar", "--json"]).stdout)).toEqual(asJson(atlas.statistics({ region: "kalbajar" })));
    const id = "seed-un-letter-2018-04-17-kalbajar";
    expect(JSON.parse(cli(["sources", id, "--json"]).stdout)).toEqual(asJson(atlas.source(id)));
    expect(JSON.parse(cli(["--json", "sources"]).stdout)).toEqual(asJson(atlas.sources()));
  });
});

describe("plain text", () => {
  it("list deposits names each deposit with its id", () => {
    const r = cli(["list", "deposits", "--region", "kalbajar"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^gyzylbulag +Gyzylbulag/m);
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

  it("stats draws a bar per observation, or says there are none", () => {
    const r = cli(["stats", "--region", "kalbajar"]);
    expect(r.code).toBe(0);
    if (atlas.statistics({ region: "kalbajar" }).length > 0) expect(r.stdout).toMatch(/█/);
    else expect(r.stderr).toContain("no statistics");
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

  it("csv needs a table, and a wrong one gets a suggestion", () => {
    expect(cli(["export", "--format", "csv"]).code).toBe(2);
    const r = cli(["export", "--format", "csv", "--table", "figurs"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("did you mean 'figures'?");
  });

  it("geojson has a point per located region and deposit, with its precision", () => {
    const r = cli(["export", "--format", "geojson"]);
    expect(r.code).toBe(0);
    const collection = JSON.parse(r.stdout) as { type: string; features: { geometry: { type: string; coordinates: number[] }; properties: { precision: string } }[] };
    expect(collection.type).toBe("FeatureCollection");
    const located = atlas.regions().filter((x) => x.centre).length + atlas.deposits().filter((x) => x.location).length;
    expect(collection.features.length).toBe(located);
    for (const f of collection.features) {
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      expect(typeof f.properties.precision).toBe("string");
    }
    const deposits = cli(["export", "--format", "geojson", "--layer", "deposits"]);
    expect(JSON.parse(deposits.stdout)).toEqual(asJson(toGeoJSON(atlas.dataset, "deposits")));
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

  it("an unknown flag or command prints usage and exits 2", () => {
    const flag = cli(["list", "deposits", "--bogus"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--bogus'");
    expect(flag.stderr).toContain("Usage: karabakh-atlas list");
    const command = cli(["lst"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("Did you mean list?");
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
