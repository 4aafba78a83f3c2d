/**
 * `npm run build:static`: the dashboard as a static site in `out/`, for any static host.
 *
 * Next 16 always builds in `<project>/.next`, also for `output: "export"` (there a custom
 * `distDir` only names the export folder), so an export built in this folder would replace the
 * `.next` that `next start` serves. The export is therefore built in a second project folder,
 * `.static-build/`: a fresh copy of `app/` and `next.config.ts`, and a tsconfig whose `@/…` points
 * back at this folder's `components/` and `lib/` (not copied). Both builds can run at once.
 * The export is then moved to `out/`.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { documentPolicy, scriptHash } from "../lib/csp.ts";
import { pageScripts } from "./inline-scripts.ts";

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stage = join(webDir, ".static-build");
const out = join(webDir, "out");

const started = Date.now();
// The stage holds only what is copied below; its .next (Next's build cache) is kept between builds.
mkdirSync(stage, { recursive: true });
for (const name of readdirSync(stage)) if (name !== ".next") rmSync(join(stage, name), { recursive: true, force: true });
cpSync(join(webDir, "app"), join(stage, "app"), { recursive: true });
if (existsSync(join(webDir, "public"))) cpSync(join(webDir, "public"), join(stage, "public"), { recursive: true });
cpSync(join(webDir, "next.config.ts"), join(stage, "next.config.ts"));
// next.config.ts reads the security headers from lib/csp.ts (and that its theme script): beside it.
cpSync(join(webDir, "lib"), join(stage, "lib"), { recursive: true });
writeFileSync(
  join(stage, "tsconfig.json"),
  `${JSON.stringify(
    {
      extends: "../tsconfig.json",
      compilerOptions: { paths: { "@/*": ["../*"] } },
      include: ["next-env.d.ts", "app/**/*.ts", "app/**/*.tsx", ".next/types/**/*.ts"],
      exclude: ["node_modules", ".next", "out"],
    },
    null,
    2,
  )}\n`,
);

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const build = spawnSync(process.execPath, [next, "build"], {
  cwd: stage,
  stdio: "inherit",
  env: { ...process.env, KARABAKH_STATIC_EXPORT: "1", NEXT_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) {
  process.stderr.write(`build:static: next build failed (${build.signal ?? `exit code ${build.status}`})\n`);
  process.exit(build.status ?? 1);
}
if (!existsSync(join(stage, "out", "index.html"))) {
  process.stderr.write(`build:static: next build wrote no ${join(stage, "out", "index.html")}\n`);
  process.exit(1);
}
/**
 * A static host sends no per-page header, so each page carries its Content-Security-Policy in a
 * `<meta>`, first in its head: its own inline scripts by hash, as `next start` sends it in a header (scripts/csp-manifest.ts).
 * The host's headers add the rest (nginx-static.conf).
 */
function addPolicies(dir: string): number {
  const pages = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
  for (const page of pages) {
    const file = join(dir, page);
    const html = readFileSync(file, "utf8");
    const { scripts, headStart } = pageScripts(html);
    if (headStart === undefined) throw new Error(`build:static: ${page} has no <head> for its Content-Security-Policy`);
    const policy = documentPolicy({ hashes: [...new Set(scripts.map(scriptHash))], delivery: "meta" });
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}">`;
    writeFileSync(file, html.slice(0, headStart) + meta + html.slice(headStart));
  }
  return pages.length;
}

const policies = addPolicies(join(stage, "out"));
rmSync(out, { recursive: true, force: true });
renameSync(join(stage, "out"), out);
process.stdout.write(`build:static: a Content-Security-Policy in each of ${policies} pages\n`);
process.stdout.write(`build:static: the static site is in ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
