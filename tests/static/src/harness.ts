import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { freePort, startDashboard, stopChild } from "@karabakh-atlas/test-support";

export { launchBrowser } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);

/** The web app's folder, found through its package name. */
export const webDir = dirname(require.resolve("@karabakh-atlas/web/package.json"));
/** The static export that `npm run build:static -w @karabakh-atlas/web` writes. */
export const outDir = join(webDir, "out");
/** The nginx settings the web app documents for its export; the test serves with exactly these. */
export const siteConf = join(webDir, "nginx-static.conf");

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

export interface Server {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function waitUntilAnswering(name: string, url: string, child: ChildProcess, log: () => string, stop: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`${name} did not answer on ${url} within 60 s:\n${log()}`);
}

function findNginx(): string {
  const candidates = [process.env.NGINX_PATH, ...(process.env.PATH ?? "").split(":").map((d) => join(d, "nginx")), "/usr/sbin/nginx", "/usr/local/sbin/nginx"];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) {
    throw new Error("nginx not found (looked in PATH, /usr/sbin and /usr/local/sbin, and NGINX_PATH). The static-site test serves the export with it: install it with `apt-get install -y nginx`.");
  }
  return found;
}

/** nginx's own mime.types, next to the configuration file it was built to read. */
function mimeTypes(nginx: string): string {
  const version = spawnSync(nginx, ["-V"], { encoding: "utf8" });
  const text = `${version.stdout}${version.stderr}`;
  const confPath = /--conf-path=(\S+)/.exec(text)?.[1];
  const prefix = /--prefix=(\S+)/.exec(text)?.[1];
  const candidates = [confPath && join(dirname(confPath), "mime.types"), prefix && join(prefix, "conf", "mime.types"), "/etc/nginx/mime.types"];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) throw new Error(`nginx's mime.types not found (tried ${candidates.filter(Boolean).join(", ")}).`);
  return found;
}

/**
 * Serves the export with nginx: a temporary nginx.conf (loopback, a free port, pid, logs and
 * temporary files in a temporary folder, in the foreground) that includes the web app's
 * nginx-static.conf. The child process and the folder are removed by `stop`.
 */
export async function startNginx(): Promise<Server> {
  if (!existsSync(join(outDir, "index.html"))) {
    throw new Error(`The static export is missing (no ${join(outDir, "index.html")}). Run \`npx turbo run build:static --filter=@karabakh-atlas/web\` first.`);
  }
  const nginx = findNginx();
  const dir = mkdtempSync(join(tmpdir(), "karabakh-atlas-nginx-"));
  const port = await freePort();
  const conf = join(dir, "nginx.conf");
  writeFileSync(
    conf,
    [
      "daemon off;",
      "master_process on;",
      "worker_processes 1;",
      // Run as root, the workers would drop to 'nobody', who may not read the checkout.
      ...(process.getuid?.() === 0 ? [`user ${userInfo().username};`] : []),
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      `  include ${mimeTypes(nginx)};`,
      "  default_type application/octet-stream;",
      "  access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${join(dir, t)};`),
      "  server {",
      `    listen 127.0.0.1:${port};`,
      `    root ${outDir};`,
      `    include ${siteConf};`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(nginx, ["-p", dir, "-c", conf, "-e", join(dir, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout?.on("data", (d) => (log += String(d)));
  child.stderr?.on("data", (d) => (log += String(d)));
  const output = () => {
    const errorLog = join(dir, "error.log");
    return `${log}${existsSync(errorLog) ? readFileSync(errorLog, "utf8") : ""}`;
  };
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering("nginx", url, child, output, stop);
  return { url, output, stop };
}

/** Starts the server build in .next (its production server, `npm start`) on a free loopback port: what the export is compared with. */
export const startNext = (): Promise<Server> => startDashboard(webDir);

/** Runs `task` over `items`, at most `limit` at a time, in order of the items. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
