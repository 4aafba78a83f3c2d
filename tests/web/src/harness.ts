import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startNext, type Server } from "@karabakh-atlas/test-support";

export { launchBrowser, type Server } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);

/** The built web app's directory, found through its package name. */
export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const artifactsDir = resolve(process.env.ARTIFACTS_DIR ?? resolve(repoRoot, "artifacts"), "web");

/** Starts `next start` of the built dashboard on a free loopback port and waits until it answers. */
export const startServer = (): Promise<Server> => startNext(webDir);

export function ensureArtifactsDir(): string {
  mkdirSync(artifactsDir, { recursive: true });
  return artifactsDir;
}
