/**
 * The dashboard's production server (`npm start`): Next.js's own request handler — what `next
 * start` runs — with a store of prerendered answers in front of it (page-store.ts).
 *
 * `next start` spends about a millisecond of CPU on every request for a prerendered page (its
 * router, its response cache, a web stream per page) and four more when the client asks for gzip,
 * as browsers do: it compresses the page anew each time. Here the first request for a page is
 * answered by Next.js and its answer kept; the next ones are sent from memory, bytes and headers
 * as Next.js sent them. Everything else — the API, search, not-found pages, RSC payloads, any
 * request with a query string — is Next.js's, every time.
 *
 *   node server/main.ts [--port 3000] [--hostname 0.0.0.0] [--store-mb 256]
 *
 * The port defaults to $PORT, then 3000; without --hostname it listens on every interface, as
 * `next start` does. `next start` itself still works (`npm run start:next`).
 */
import { readFileSync } from "node:fs";
import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import { brotliCompress as brotliCompressCallback, constants as zlib } from "node:zlib";
import { PageStore, prerenderedPaths, type Upstream, type UpstreamAnswer } from "./page-store.ts";

const USAGE = "usage: node server/main.ts [--port <0-65535>] [--hostname <address>] [--store-mb <megabytes>]";

function fail(message: string): never {
  process.stderr.write(`karabakh-atlas web: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: "string", short: "p" },
        hostname: { type: "string", short: "H" },
        "store-mb": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const portText = values.port ?? process.env.PORT ?? "3000";
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${portText}".`);
  const storeText = values["store-mb"] ?? "256";
  const storeMb = Number(storeText);
  if (!/^\d+$/.test(storeText)) fail(`--store-mb must be a whole number of megabytes (0 turns the store off), not "${storeText}".`);
  return { port, hostname: values.hostname, storeBytes: storeMb * 1024 * 1024 };
}

const brotliCompress = promisify(brotliCompressCallback);

/**
 * A page compressed once, when the store first keeps it, on libuv's thread pool rather than the
 * thread that answers requests. Quality 9: the timeline's 637 kB in 24 ms to 45 kB (Next.js's gzip:
 * 75 kB). Quality 11 makes 40 kB but takes 0.7 s, which the page's first reader would wait.
 */
function compressBrotli(body: Buffer): Promise<Buffer> {
  return brotliCompress(body, {
    params: { [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT, [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

/** Asks Next.js's handler, listening on a loopback port of its own, for a path. */
function upstreamAt(port: number): Upstream {
  return (path, acceptEncoding) =>
    new Promise<UpstreamAnswer>((resolve, reject) => {
      const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
      if (acceptEncoding !== undefined) headers["accept-encoding"] = acceptEncoding;
      const req = request({ host: "127.0.0.1", port, path, method: "GET", headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 502, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
}

async function main() {
  const { port, hostname, storeBytes } = options();
  // As `next start` does, before Next.js is loaded.
  (process.env as Record<string, string>).NODE_ENV = "production";
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..");
  // The build folder as next.config.ts names it (a build over a test dataset has its own).
  const { default: config } = await import("../next.config.ts");
  const manifestPath = join(dir, config.distDir ?? ".next", "prerender-manifest.json");
  let manifestText: string;
  try {
    manifestText = readFileSync(manifestPath, "utf8");
  } catch {
    fail(`the dashboard is not built (no ${manifestPath}); run \`npx turbo run build --filter=@karabakh-atlas/web...\` first.`);
  }
  const { default: next } = await import("next");
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const toNext = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Internal Server Error");
    });
  };

  // Next.js's handler on a loopback port of its own: the store asks it for the pages it keeps.
  const inner = createServer(toNext);
  await new Promise<void>((resolve) => inner.listen(0, "127.0.0.1", resolve));
  const { paths, bypass } = prerenderedPaths(JSON.parse(manifestText));
  const store = storeBytes > 0 ? new PageStore({ paths, bypass, upstream: upstreamAt((inner.address() as AddressInfo).port), maxBytes: storeBytes, brotli: compressBrotli }) : undefined;

  const server = createServer((req, res) => {
    if (!store?.accepts(req)) return toNext(req, res);
    store.answer(req, res).catch((error: unknown) => {
      // Next.js did not answer through the loopback: let it answer this request directly.
      process.stderr.write(`page store: ${(error as Error)?.message ?? String(error)}; ${req.url} answered by Next.js\n`);
      if (!res.headersSent) toNext(req, res);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    if (hostname === undefined) server.listen(port, resolve);
    else server.listen(port, hostname, resolve);
  });
  const address = server.address() as AddressInfo;
  const shown = hostname ?? "localhost";
  process.stdout.write(
    `Karabakh Atlas on http://${shown.includes(":") ? `[${shown}]` : shown}:${address.port} (Next.js production server; ${store ? `${paths.size} prerendered paths stored on first request, up to ${storeBytes / 1024 / 1024} MB` : "page store off"})\n`,
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    inner.close();
    server.closeAllConnections();
    inner.closeAllConnections();
    void app.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

await main();
