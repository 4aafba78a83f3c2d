import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { audit, inexactVersions, installScripts, lockedInstallScripts, lockfile, lockfileGaps, productionPackages, PUBLISHED, ROOT } from "./checks.ts";

describe("supply chain", () => {
  it("the lockfile is version 3 and pins every registry package with a sha512 integrity hash", () => {
    const lock = lockfile();
    expect(lock.lockfileVersion).toBe(3);
    expect(Object.keys(lock.packages).filter((p) => p.includes("node_modules/")).length).toBeGreaterThan(50);
    expect(lockfileGaps(lock)).toEqual([]);
  });

  it("the lockfile is the only source of versions: every dependency of every workspace is exact", () => {
    expect(inexactVersions()).toEqual([]);
  });

  it("no production dependency of the published packages runs an install script", async () => {
    const production = await productionPackages();
    const names = [...production.values()].map((p) => p.name);
    // The tree really is the published packages' (not an empty or failed `npm ls`).
    for (const name of ["zod", "yaml"]) expect(names).toContain(name);
    console.log(`production packages of ${PUBLISHED.join(", ")}: ${[...production.values()].map((p) => `${p.name}@${p.version}`).join(", ")}`);
    expect(installScripts(production)).toEqual([]);
  }, 60_000);

  it("the install-script check sees one where there is one (esbuild's postinstall)", () => {
    const esbuild = join(ROOT, "node_modules", "esbuild");
    expect(installScripts(new Map([[esbuild, { name: "esbuild", version: "dev" }]]))).toEqual([expect.stringMatching(/^esbuild@dev .*postinstall: /)]);
  });

  it("only the known dev dependencies have install scripts", () => {
    // node: downloads the pinned Node.js binary for this repository's scripts; esbuild: checks
    // its platform binary (tsup, vite). Neither reaches the published packages' users.
    const withScripts = lockedInstallScripts().map((p) => `${p.path.replace(/^.*node_modules\//, "")}${p.dev ? "" : " (not dev!)"}`);
    expect(withScripts.sort()).toEqual(["esbuild", "node"]);
  });

  it("npm audit --omit=dev finds no high or critical advisory", async (ctx) => {
    const result = await audit();
    if (!result.reachable) {
      console.warn(
        `\n${"!".repeat(78)}\n!!! SKIPPED: npm's audit endpoint did not answer: ${result.reason}\n!!! No advisory check was made. Run 'npm audit --omit=dev --audit-level=high' where it is reachable.\n${"!".repeat(78)}\n`,
      );
      ctx.skip(`npm audit endpoint unreachable: ${result.reason}`);
      return;
    }
    console.log(`npm audit --omit=dev: ${result.total} advisories, ${result.high} high, ${result.critical} critical`);
    expect(result.advisories).toEqual([]);
    expect(result.high + result.critical).toBe(0);
  }, 150_000);
});
