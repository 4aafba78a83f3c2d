import { execFileSync, spawnSync } from "node:child_process";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { atlas } from "@karabakh-atlas/data";
import { boundaries, regionBoundary, returnGroup } from "@karabakh-atlas/data/geo";
import { RETURN_GROUP } from "@karabakh-atlas/domain";
import { BIN, cli } from "./bin.js";

const BRAILLE = /[\u2801-\u28FF]/u;
const ESC = "\u001b[";

describe("map (the built CLI as a process)", () => {
  it("draws the districts in Braille with a key, plain text when piped", () => {
    const r = cli(["map"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(BRAILLE);
    expect(r.stdout).not.toContain(ESC);
    const lines = r.stdout.split("\n");
    for (const l of lines.filter((x) => BRAILLE.test(x))) expect([...l].length).toBeLessThanOrEqual(80);
    // The key names each return group with its districts, from the regions' control records.
    for (const r2 of atlas.regions({ kind: "district" }).filter((d) => regionBoundary(boundaries, d) && returnGroup(d) !== "none")) {
      const line = lines.find((l) => l.startsWith(RETURN_GROUP.labels[returnGroup(r2)]));
      expect(line, r2.id).toContain(r2.names.en.replace(/ District$/, ""));
    }
    expect(r.stdout).toContain("District boundaries: geoBoundaries");
    expect(r.stdout).toContain("Kalbajar");
  });

  it("colours the districts on a terminal (FORCE_COLOR) and not with --no-color", () => {
    expect(cli(["map", "kalbajar"], { FORCE_COLOR: "1" }).stdout).toContain(`${ESC}48;5;`);
    expect(cli(["map", "kalbajar", "--no-color"], { FORCE_COLOR: "1" }).stdout).not.toContain(ESC);
  });

  it("enlarges one district, names it in capitals and lists its deposits known only to the district", () => {
    const r = cli(["map", "kalbajar"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Kalbajar District");
    expect(r.stdout).toContain("KALBAJAR");
    const unplaced = atlas.deposits({ region: "kalbajar" }).filter((d) => !d.location && d.region === "kalbajar");
    for (const d of unplaced) expect(r.stdout).toContain(`${d.names.en} (Kalbajar)`);
  });

  it("finds a region by name and draws a former district as the districts that hold it", () => {
    expect(cli(["map", "Kəlbəcər"]).stdout.split("\n")[0]).toBe("Kalbajar District");
    const r = cli(["map", "aghdara"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/no polygon of its own: drawn as (Kalbajar District, Tartar District|Tartar District, Kalbajar District)/);
  });

  it("an unknown region is exit 1 with a suggestion; --json gives the same facts as data", () => {
    const r = cli(["map", "kalbajr"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("karabakh-atlas: no region 'kalbajr' — did you mean 'kalbajar'?\n");
    const j = cli(["map", "kalbajar", "--json"]);
    const data = JSON.parse(j.stdout) as { region: string; districts: { id: string; returnGroup: string }[]; deposits: { id: string }[] };
    expect(data.region).toBe("kalbajar");
    expect(data.districts).toEqual([expect.objectContaining({ id: "kalbajar", returnGroup: "2020-statement" })]);
    expect(data.deposits.map((d) => d.id).sort()).toEqual(atlas.deposits().filter((d) => d.region === "kalbajar").map((d) => d.id).sort());
  });

  it("on a terminal (tmux, 80 columns) breaks the key's long lines at spaces, never the terminal inside a word", async () => {
    const socket = `karabakh-atlas-map-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
    // The command, then a wait, so the pane is still there to be read once it has printed.
    tmux("new-session", "-d", "-s", "map", "-x", "80", "-y", "24", "-e", "NO_COLOR=1", "-e", "LC_ALL=", "-e", "LANG=C.UTF-8", "sh", "-c", `'${process.execPath}' '${BIN}' map kalbajar; echo END; sleep 60`);
    try {
      let text = "";
      for (let i = 0; i < 100 && !/^END$/m.test(text); i++) {
        await new Promise((done) => setTimeout(done, 100));
        // -J joins the rows the terminal wrapped itself back into one line; -S - includes what scrolled away.
        text = tmux("capture-pane", "-p", "-J", "-S", "-", "-t", "map");
      }
      expect(text).toMatch(/^END$/m);
      const lines = text.slice(0, text.search(/^END$/m)).split("\n");
      expect(lines[0]).toBe("Kalbajar District");
      for (const line of lines) expect(stringWidth(line.trimEnd()), line).toBeLessThanOrEqual(80);
      // The key's list goes on over indented rows, each deposit's name whole on a row or broken at a space.
      const start = lines.findIndex((l) => l.startsWith("Known only to their district"));
      expect(start).toBeGreaterThan(0);
      expect(lines[start + 1]).toMatch(/^ {2}\S/);
    } finally {
      spawnSync("tmux", ["-L", socket, "kill-server"]);
    }
  });
});
