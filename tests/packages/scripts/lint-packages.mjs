/**
 * Packs the publishable packages with `npm pack` and lints each tarball with publint (strict)
 * and @arethetypeswrong/cli (strict profile: node10, node16 from CJS and ESM, bundler).
 * `npm run lint:package` runs it on its own; the consumer test imports `packAll` and `lintTarball`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const PACKAGES = ["@karabakh-atlas/domain", "@karabakh-atlas/data"];
const bin = (name) => join(repoRoot, "node_modules", ".bin", name);

/** `npm pack`s every package into `dest`; returns the tarball path, its files, their sizes and the unpacked size by package name. */
export function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const args = ["pack", "--json", "--pack-destination", dest, ...PACKAGES.flatMap((p) => ["-w", p])];
  const out = execFileSync("npm", args, { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const packed = JSON.parse(out.slice(out.indexOf("[")));
  return Object.fromEntries(
    packed.map((p) => [p.name, { tarball: join(dest, p.filename), files: p.files.map((f) => f.path), sizes: Object.fromEntries(p.files.map((f) => [f.path, f.size])), unpackedSize: p.unpackedSize }]),
  );
}

/** Runs publint and attw on one tarball; `ok` is true when both report no problem. */
export function lintTarball(tarball) {
  const publint = spawnSync(bin("publint"), [tarball, "--strict"], { encoding: "utf8" });
  const attw = spawnSync(bin("attw"), [tarball, "--profile", "strict", "--format", "table-flipped", "--no-emoji"], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return {
    ok: publint.status === 0 && attw.status === 0,
    publint: { status: publint.status, output: `${publint.stdout}${publint.stderr}`.trim() },
    attw: { status: attw.status, output: `${attw.stdout}${attw.stderr}`.trim() },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const packed = packAll(mkdtempSync(join(tmpdir(), "karabakh-atlas-pack-")));
  let failed = 0;
  for (const [name, { tarball }] of Object.entries(packed)) {
    const result = lintTarball(tarball);
    process.stdout.write(`\n== ${name} (${tarball})\n-- publint\n${result.publint.output}\n-- attw\n${result.attw.output}\n`);
    if (!result.ok) failed++;
  }
  process.stdout.write(`\n${failed === 0 ? "ok: publint and attw found no problems" : `${failed} package(s) with problems`}\n`);
  process.exitCode = failed === 0 ? 0 : 1;
}
