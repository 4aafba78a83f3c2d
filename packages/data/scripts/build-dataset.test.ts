import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { copyFixture, edit, lineOf, removeCopies, VALID_FIXTURE } from "../src/test-support.js";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const script = join(packageDir, "scripts", "build-dataset.ts");
const generated = join(packageDir, "generated", "dataset.json");

afterAll(removeCopies);

/** Runs the build script as a user would (`tsx scripts/build-dataset.ts …`) from the package folder. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: packageDir,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts node + tsx (about a second each on an idle machine, several under a full
// turbo run on two cores), so these get a generous time limit; nothing here is timed.
describe("scripts/build-dataset.ts --check <dir>", { timeout: 60_000 }, () => {
  it("exits 0 on a valid folder and writes nothing", () => {
    const before = existsSync(generated) ? statSync(generated).mtimeMs : undefined;
    const { status, stdout, stderr } = run("--check", VALID_FIXTURE);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^ok: 34 record files valid \(7 regions, 4 deposits, 6 companies, .*\) in \d+ ms\n$/);
    expect(stdout).not.toContain("wrote");
    expect(existsSync(generated) ? statSync(generated).mtimeMs : undefined).toBe(before);
  });

  it("exits 1 and prints file:line:column, field, message and suggestion for each problem", () => {
    const dir = copyFixture();
    edit(dir, "deposits/gyzylbulag.yaml", "company: base-metals", "company: base-metal");
    edit(dir, "events/lachin-occupied.yaml", 'date: "1992-05-18"', "date: 92");
    const { status, stdout, stderr } = run("--check", dir);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    const shown = relative(packageDir, dir);
    const line = lineOf(dir, "deposits/gyzylbulag.yaml", "company: base-metal");
    expect(stderr).toContain(`${shown}/events/lachin-occupied.yaml:4:7  date: a number here must be a year from 1000 to 2100 (e.g. 2003); write any other date in quotes as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2003-04"\n`);
    expect(stderr).not.toContain("base-metal'");
    expect(stderr).toMatch(/\n\n1 problem in .* \(34 record files read\)\n$/);

    // Once the schema problem is fixed, the integrity check runs and finds the dangling id.
    edit(dir, "events/lachin-occupied.yaml", "date: 92", "date: 1992");
    const second = run("--check", dir);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(
      `${shown}/deposits/gyzylbulag.yaml:${line}:14  operations[0].company: unknown company 'base-metal' — did you mean 'base-metals'?\n`,
    );
    expect(second.stderr).not.toMatch(/\n\s+at /); // a user mistake gives no stack trace
  });

  it("exits 1 with a plain message for a folder that does not exist", () => {
    const { status, stderr } = run("--check", join(VALID_FIXTURE, "missing"));
    expect(status).toBe(1);
    expect(stderr).toContain("folder not found or not readable");
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
