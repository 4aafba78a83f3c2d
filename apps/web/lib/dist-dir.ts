/**
 * The build folder. A build over a test dataset (KARABAKH_ATLAS_DATASET, see lib/data.ts) goes to
 * a folder of its own, so the real `.next` is never overwritten. next.config.ts sets it as
 * `distDir`; proxy.ts asks again at run time (not inlined at build), because tests/hostile makes
 * the fixture's build from a copy of the real build's compiled code (`next build
 * --experimental-build-mode=generate`), which then runs from the other folder.
 */
export function distDirFor(env: Readonly<Record<string, string | undefined>>): string {
  return env.KARABAKH_ATLAS_DATASET ? ".next/test-dataset" : ".next";
}
