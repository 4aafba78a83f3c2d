/**
 * Supply-chain checks over the repository's manifests, lockfile and installed packages. Each
 * check returns what it found; the test and the `audit` script decide what fails.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
/** The packages published to npm: what their users install. */
export const PUBLISHED = ["@karabakh-atlas/domain", "@karabakh-atlas/data", "@karabakh-atlas/cli"];
export const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"] as const;

interface Manifest {
  name?: string;
  version?: string;
  workspaces?: string[];
  scripts?: Record<string, string>;
  gypfile?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

// ---- exact versions -------------------------------------------------------------------------

/** Every package.json of the repository: the root and each workspace. */
export function workspaceManifests(): { path: string; manifest: Manifest }[] {
  const root = readJson<Manifest>(join(ROOT, "package.json"));
  const dirs = (root.workspaces ?? []).flatMap((pattern) => {
    const parent = join(ROOT, pattern.replace(/\/\*$/, ""));
    return existsSync(parent) ? readdirSync(parent).map((name) => join(parent, name)) : [];
  });
  return [ROOT, ...dirs]
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ path: join(dir, "package.json").slice(ROOT.length + 1), manifest: readJson<Manifest>(join(dir, "package.json")) }));
}

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Dependencies given as a range, a tag, a URL or a path instead of an exact version or a workspace link. */
export function inexactVersions(): string[] {
  const found: string[] = [];
  for (const { path, manifest } of workspaceManifests()) {
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"] as const) {
      for (const [name, spec] of Object.entries(manifest[field] ?? {})) {
        if (!EXACT.test(spec) && !spec.startsWith("workspace:")) found.push(`${path} ${field}.${name}: '${spec}'`);
      }
    }
  }
  return found;
}

// ---- lockfile -------------------------------------------------------------------------------

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  inBundle?: boolean;
  hasInstallScript?: boolean;
}

export interface Lockfile {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
}

export const lockfile = (): Lockfile => readJson<Lockfile>(join(ROOT, "package-lock.json"));

/** Registry packages in the lockfile without an integrity hash, or fetched from elsewhere. */
export function lockfileGaps(lock: Lockfile = lockfile()): string[] {
  const found: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.includes("node_modules/") || entry.link || entry.inBundle) continue;
    // Without `resolved` (omit-lockfile-registry-resolved) a package comes from the registry by
    // name and version; anything else (git, a tarball URL, a path) must not appear at all.
    if (entry.resolved !== undefined && !entry.resolved.startsWith("https://registry.npmjs.org/")) found.push(`${path}: resolved from '${entry.resolved}', not the registry`);
    if (!/^sha512-[A-Za-z0-9+/]+=*$/.test(entry.integrity ?? "")) found.push(`${path}: no sha512 integrity hash`);
  }
  return found;
}

/** Packages with an install script anywhere in the lockfile, with npm's own flags. */
export function lockedInstallScripts(lock: Lockfile = lockfile()): { path: string; version: string; dev: boolean }[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes("node_modules/") && entry.hasInstallScript)
    .map(([path, entry]) => ({ path, version: entry.version ?? "?", dev: Boolean(entry.dev) }));
}

// ---- production dependencies of the published packages --------------------------------------

interface LsNode {
  version?: string;
  path?: string;
  resolved?: string;
  dependencies?: Record<string, LsNode>;
}

/** Every package `npm ls --omit=dev --all` lists under the published packages (by folder). */
export async function productionPackages(): Promise<Map<string, { name: string; version: string }>> {
  const args = ["ls", "--omit=dev", "--all", "--long", "--json", ...PUBLISHED.flatMap((w) => ["-w", w])];
  const { stdout } = await run("npm", args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => {
    // npm ls exits 1 on extraneous or missing packages but still prints the tree.
    if (error.stdout) return { stdout: error.stdout };
    throw error;
  });
  const tree = JSON.parse(stdout) as LsNode;
  const found = new Map<string, { name: string; version: string }>();
  const walk = (deps: Record<string, LsNode> | undefined) => {
    for (const [name, node] of Object.entries(deps ?? {})) {
      if (node.path) found.set(node.path, { name, version: node.version ?? "?" });
      // A "deduped" entry lists no dependencies of its own: they appear where it is listed in full.
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  return found;
}

/** Installed production packages (not our own workspaces) whose package.json runs a script on install. */
export function installScripts(packages: Map<string, { name: string; version: string }>): string[] {
  const found: string[] = [];
  for (const [dir, { name, version }] of packages) {
    if (name.startsWith("@karabakh-atlas/")) continue;
    const manifest = readJson<Manifest>(join(dir, "package.json"));
    const scripts = INSTALL_SCRIPTS.filter((s) => manifest.scripts?.[s]).map((s) => `${s}: ${manifest.scripts?.[s]}`);
    // npm runs `node-gyp rebuild` for a package with a binding.gyp even without a script.
    if (manifest.gypfile !== false && existsSync(join(dir, "binding.gyp"))) scripts.push("binding.gyp (node-gyp rebuild)");
    if (scripts.length > 0) found.push(`${name}@${version} (${dir.slice(ROOT.length + 1)}): ${scripts.join("; ")}`);
  }
  return found;
}

// ---- npm audit ------------------------------------------------------------------------------

export type AuditResult =
  | { reachable: true; high: number; critical: number; total: number; advisories: string[] }
  | { reachable: false; reason: string };

/** `npm audit --omit=dev --audit-level=high`, or why the registry's audit endpoint could not answer. */
export async function audit(): Promise<AuditResult> {
  const args = ["audit", "--omit=dev", "--audit-level=high", "--json"];
  const { stdout, stderr } = await run("npm", args, { cwd: ROOT, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; message?: string }) => ({ stdout: error.stdout ?? "", stderr: `${error.stderr ?? ""}${error.message ?? ""}` }),
  );
  let report: {
    error?: { summary?: string; code?: string };
    message?: string;
    statusCode?: number;
    metadata?: { vulnerabilities?: Record<string, number> };
    vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  };
  try {
    report = JSON.parse(stdout);
  } catch {
    return { reachable: false, reason: `npm audit printed no report: ${stderr.trim().split("\n").slice(-3).join(" ")}` };
  }
  if (!report.metadata?.vulnerabilities) {
    return { reachable: false, reason: report.message ?? report.error?.summary ?? `npm audit failed: ${stderr.trim().split("\n").slice(-3).join(" ")}` };
  }
  const counts = report.metadata.vulnerabilities;
  const advisories = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => `${name}: ${v.severity}`);
  return { reachable: true, high: counts.high ?? 0, critical: counts.critical ?? 0, total: counts.total ?? 0, advisories };
}
