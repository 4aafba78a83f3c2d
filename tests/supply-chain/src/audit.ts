/**
 * `npm run audit:supply-chain`: every supply-chain check, as a report. Exits 1 when a check
 * fails, and 3 when npm's audit endpoint cannot be reached (said loudly, never passed silently).
 */
import { audit, inexactVersions, installScripts, lockedInstallScripts, lockfile, lockfileGaps, productionPackages } from "./checks.ts";

let failed = false;
const section = (title: string, problems: string[], ok: string) => {
  if (problems.length > 0) failed = true;
  console.log(`${problems.length > 0 ? "FAIL" : "ok  "} ${title}: ${problems.length > 0 ? `\n  ${problems.join("\n  ")}` : ok}`);
};

const lock = lockfile();
section("lockfile", lock.lockfileVersion === 3 ? lockfileGaps(lock) : [`lockfileVersion is ${lock.lockfileVersion}, expected 3`], "version 3, every registry package with a sha512 integrity hash");
section("exact versions", inexactVersions(), "every dependency of every workspace is an exact version");
const production = await productionPackages();
section("install scripts in production dependencies", installScripts(production), `none among the ${production.size} packages the published packages install`);
const dev = lockedInstallScripts(lock).filter((p) => p.dev);
console.log(`note dev dependencies with install scripts (never installed by the published packages' users): ${dev.map((p) => `${p.path.replace(/^.*node_modules\//, "")}@${p.version}`).join(", ") || "none"}`);

const result = await audit();
if (!result.reachable) {
  console.log(`\n!!! SKIPPED npm audit: the registry's audit endpoint did not answer (${result.reason}).\n!!! No advisory check was made; run 'npm audit --omit=dev --audit-level=high' where the endpoint is reachable.\n`);
  process.exitCode = failed ? 1 : 3;
} else {
  section("npm audit --omit=dev --audit-level=high", result.advisories, `no high or critical advisories (${result.total} advisories of any level)`);
  process.exitCode = failed ? 1 : 0;
}
