/**
 * The two servers under load, each a child process on a free loopback port: the built dashboard
 * (`npm start`'s server or `next start`), and Debian's nginx serving bytes saved from it. Every child is registered so
 * that it is stopped when the run ends, fails, times out or is interrupted.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { dashboardArgs, freePort, type DashboardServer } from "@karabakh-atlas/test-support";

const require = createRequire(import.meta.url);

/** The built web app's directory, found through its package name. */
/** The built web app: this repository's, or BENCH_WEB_DIR's (another build, to compare two in the same conditions). */
export const webDir = process.env.BENCH_WEB_DIR ? resolve(process.env.BENCH_WEB_DIR) : dirname(require.resolve("@karabakh-atlas/web/package.json"));

export interface Server {
  name: string;
  url: string;
  pid: number;
  output: () => string;
  stop: () => Promise<void>;
}

const children = new Set<ChildProcess>();
const temps = new Set<string>();

/** Last resort, synchronous (for `process.on("exit")`): kill whatever is still running. */
export function killAllSync(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  temps.clear();
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((done) => {
    const finish = () => {
      children.delete(child);
      done();
    };
    if (child.exitCode !== null || child.signalCode !== null) return finish();
    child.once("exit", finish);
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

/** Registers a child for clean-up and keeps the tail of its output. */
export function track(child: ChildProcess): () => string {
  children.add(child);
  let log = "";
  const keep = (d: Buffer) => {
    log += String(d);
    if (log.length > 20_000) log = log.slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return () => log;
}

export interface Response {
  status: number;
  contentType: string;
  body: Buffer;
  /** `Content-Encoding` of the answer ("" when none). */
  contentEncoding: string;
  /** Next.js marks an answer from its prerendered pages with `x-nextjs-prerender`. */
  prerendered: boolean;
}

/**
 * One GET with node:http, with the Accept-Encoding the load generator sends (none by default, as
 * wrk sends none), so the body is the very bytes the load generator will receive: the identity
 * bytes, or with `gzip` the compressed bytes as the server sent them (not decompressed).
 */
export function get(url: string, timeoutMs = 10_000, gzip = false): Promise<Response> {
  return new Promise((done, fail) => {
    const headers = gzip ? { "accept-encoding": "gzip" } : {};
    const req = request(url, { method: "GET", agent: false, timeout: timeoutMs, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        done({
          status: res.statusCode ?? 0,
          contentType: String(res.headers["content-type"] ?? ""),
          body: Buffer.concat(chunks),
          contentEncoding: String(res.headers["content-encoding"] ?? ""),
          prerendered: res.headers["x-nextjs-prerender"] !== undefined,
        }),
      );
      res.on("error", fail);
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${url} timed out after ${timeoutMs} ms`)));
    req.on("error", fail);
    req.end();
  });
}

async function waitFor(url: string, child: ChildProcess, name: string, log: () => string, signal?: AbortSignal, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    signal?.throwIfAborted();
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before answering:\n${log().slice(-4000)}`);
    }
    try {
      if ((await get(url, 2000)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not answer 200 on ${url} within ${timeoutMs / 1000} s:\n${log().slice(-4000)}`);
}

/**
 * The built dashboard (NODE_ENV=production) on a free loopback port: `npm start`'s server
 * (apps/web/server/main.ts, Next.js's handler with the store of prerendered answers in front) or
 * Next.js's own `next start`.
 */
export async function startDashboard(which: DashboardServer, signal?: AbortSignal): Promise<Server> {
  if (!existsSync(join(webDir, ".next", "BUILD_ID"))) {
    throw new Error(`The web app is not built (no ${join(webDir, ".next/BUILD_ID")}). Run \`npx turbo run build --filter=@karabakh-atlas/web...\` first.`);
  }
  if (which === "npm start" && !existsSync(join(webDir, "server", "main.ts"))) {
    throw new Error(`${webDir} has no server/main.ts (a build from before the production server): run it with BENCH_SERVER="next start".`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, dashboardArgs(webDir, which, port), {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = track(child);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/`, child, which, output, signal);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { name: which, url, pid: child.pid ?? 0, output, stop: () => stopChild(child) };
}

/** Where a system program is: $PATH first, then the sbin folders (nginx is in /usr/sbin). */
export function findBin(name: string): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), "/usr/sbin", "/usr/local/sbin"];
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p));
}

/** A temporary folder, removed when the run ends. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.add(dir);
  return dir;
}

export function nginxVersion(bin: string): string {
  const r = spawnSync(bin, ["-v"], { encoding: "utf8" });
  return (r.stderr || r.stdout).trim().replace(/^nginx version:\s*/, "");
}

export interface StaticFile {
  /** Request path, without the query string (nginx matches locations on the path alone). */
  path: string;
  contentType: string;
  /** The bytes to serve; gzip-compressed when the run asks for gzip (see startNginx). */
  body: Buffer;
}

/**
 * nginx as this process's child with a config in a temporary prefix: daemon off, pid, error log
 * and temp paths inside the prefix, one exact `location` per saved file with the content type
 * the dashboard sent. One worker process: the dashboard serves from one JavaScript thread, and on a
 * 2-core machine the second core belongs to the load generator.
 *
 * With `gzip`, each file's body is the gzip answer saved from the dashboard: nginx serves exactly
 * those bytes, precompressed (`gzip_static`, the `.gz` beside the decompressed file), to a client
 * that accepts gzip, where the dashboard compresses each answer anew.
 */
export async function startNginx(files: StaticFile[], workers = 1, signal?: AbortSignal, gzip = false): Promise<Server & { prefix: string; conf: string }> {
  const bin = findBin("nginx");
  if (!bin) throw new Error("nginx not found (looked in $PATH and /usr/sbin): install it with `apt-get install nginx`.");
  const prefix = tempDir("bench-load-nginx-");
  // Workers run as `nobody` when the master is root: they must be able to read the root.
  chmodSync(prefix, 0o755);
  const root = join(prefix, "root");
  mkdirSync(root, { mode: 0o755 });
  const locations = files.map((file, i) => {
    const name = `route-${i}.body`;
    if (gzip) {
      writeFileSync(join(root, name), gunzipSync(file.body), { mode: 0o644 });
      writeFileSync(join(root, `${name}.gz`), file.body, { mode: 0o644 });
    } else {
      writeFileSync(join(root, name), file.body, { mode: 0o644 });
    }
    // try_files rather than alias: an alias for "/" would be taken as a directory.
    return `    location = ${file.path} {\n      default_type "${file.contentType.replace(/"/g, "")}";\n      try_files /${name} =404;\n    }`;
  });
  const port = await freePort();
  const conf = join(prefix, "nginx.conf");
  writeFileSync(
    conf,
    `# Written by @karabakh-atlas/bench-load for one run; removed afterwards.
daemon off;
master_process on;
worker_processes ${workers};
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  # Node's http server has no per-connection request limit; nginx closes after 1000 by default.
  keepalive_requests 1000000;
  keepalive_timeout 75s;
  # No compression per request. ${gzip ? "The client asks for gzip: the saved .gz bytes are sent as they are." : "The client asks for none."}
  gzip off;
  gzip_static ${gzip ? "on" : "off"};
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { }
  server {
    listen 127.0.0.1:${port};
    root ${root};
${locations.join("\n")}
    location / { return 404; }
  }
}
`,
  );
  const child = spawn(bin, ["-p", prefix, "-c", conf, "-e", join(prefix, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  const log = track(child);
  const output = () => {
    const errorLog = join(prefix, "error.log");
    return log() + (existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "");
  };
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(prefix, { recursive: true, force: true });
    temps.delete(prefix);
  };
  try {
    await waitFor(`${url}${files[0]?.path ?? "/"}`, child, "nginx", output, signal);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: "nginx", url, pid: child.pid ?? 0, output, stop, prefix, conf };
}

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux architecture Node runs on

/** CPU seconds used so far by a process and all its descendants (Linux /proc; 0 elsewhere). */
export function treeCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    let ticks = Number(fields[11]) + Number(fields[12]);
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      let kids = "";
      try {
        kids = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8");
      } catch {
        continue;
      }
      for (const kid of kids.split(" ").filter(Boolean)) ticks += treeCpuSeconds(Number(kid)) * CLOCK_TICKS;
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
