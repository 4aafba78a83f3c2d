// The dashboard's production server (apps/web/server/main.ts, `npm start`): its store of
// prerendered answers on its own, with a stand-in for Next.js; then the server as the suite runs
// it, answer for answer against Next.js's own `next start` over the same build.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import { startDashboard, type Server } from "@karabakh-atlas/test-support";
import { PageStore, prerenderedPaths, type UpstreamAnswer } from "@karabakh-atlas/web/server/page-store.ts";
import { useWebSite, webDir } from "./harness.ts";

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** One request with node:http (fetch would decompress the body and join repeated headers). */
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The answer's headers as sent, in order, less those of the connection and the framing. */
const CONNECTION = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);
function answerHeaders(a: Answer): string[] {
  const out: string[] = [];
  for (let i = 0; i < a.rawHeaders.length; i += 2) {
    const name = (a.rawHeaders[i] as string).toLowerCase();
    if (!CONNECTION.has(name)) out.push(`${name}: ${a.rawHeaders[i + 1]}`);
  }
  return out;
}

// ---- the store, with a stand-in for Next.js ---------------------------------------------------

const PAGE_HEADERS = ["Content-Type", "text/html; charset=utf-8", "x-nextjs-cache", "HIT", "x-nextjs-prerender", "1", "x-nextjs-prerender", "1", "Vary", "rsc, Accept-Encoding", "Cache-Control", "s-maxage=31536000"];

function answerOf(rawHeaders: string[], body: string | Buffer, status = 200): UpstreamAnswer {
  const headers: IncomingHttpHeaders = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = (rawHeaders[i] as string).toLowerCase();
    const value = rawHeaders[i + 1] as string;
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { status, headers, rawHeaders, body: Buffer.isBuffer(body) ? body : Buffer.from(body) };
}

/** A server wired as main.ts wires it: the store's requests to the store, the rest to "Next.js". */
async function storeServer(store: PageStore): Promise<{ url: string; passedOn: string[]; close: () => Promise<void> }> {
  const passedOn: string[] = [];
  const server: HttpServer = createServer((req, res) => {
    if (store.accepts(req)) return void store.answer(req, res);
    passedOn.push(`${req.method} ${req.url}`);
    res.writeHead(299).end("next");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    passedOn,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe("the page store", () => {
  test("a prerendered page is asked of Next.js once, then sent from memory as Next.js sent it", async () => {
    const asked: string[] = [];
    const store = new PageStore({
      paths: new Set(["/a"]),
      maxBytes: 1e6,
      upstream: async (path, encoding) => {
        asked.push(`${path} ${encoding ?? "(none)"}`);
        return answerOf([...PAGE_HEADERS, ...(encoding === "gzip" ? ["Content-Encoding", "gzip"] : [])], `page ${path} ${encoding ?? ""}`);
      },
    });
    const s = await storeServer(store);
    try {
      const first = await get(`${s.url}/a`);
      const second = await get(`${s.url}/a`);
      const zipped = await get(`${s.url}/a`, { "accept-encoding": "gzip" });
      const zippedAgain = await get(`${s.url}/a`, { "accept-encoding": "gzip" });
      assert.deepEqual(asked, ["/a (none)", "/a gzip"], "one request to Next.js per path and Accept-Encoding");
      for (const a of [first, second]) {
        assert.equal(a.status, 200);
        assert.equal(a.body.toString(), "page /a ");
        // Every header as sent, a repeated one repeated, in order; a Content-Length for the body.
        assert.deepEqual(answerHeaders(a), ["content-type: text/html; charset=utf-8", "x-nextjs-cache: HIT", "x-nextjs-prerender: 1", "x-nextjs-prerender: 1", "vary: rsc, Accept-Encoding", "cache-control: s-maxage=31536000"]);
        assert.equal(a.headers["content-length"], String(a.body.length));
      }
      assert.equal(zipped.body.toString(), "page /a gzip");
      assert.equal(zippedAgain.headers["content-encoding"], "gzip");
      assert.deepEqual(answerHeaders(zipped), answerHeaders(zippedAgain));
      assert.equal(store.hits, 2);
      assert.equal(store.misses, 2);
      assert.deepEqual(s.passedOn, []);
    } finally {
      await s.close();
    }
  });

  test("a client that accepts Brotli gets the page Next.js sent uncompressed, compressed once with Brotli", async () => {
    const asked: string[] = [];
    const compressed: string[] = [];
    const store = new PageStore({
      paths: new Set(["/a", "/private"]),
      maxBytes: 1e6,
      upstream: async (path, encoding) => {
        asked.push(`${path} ${encoding ?? "(none)"}`);
        const headers = path === "/private" ? [...PAGE_HEADERS, "Cache-Control", "private"] : PAGE_HEADERS;
        return answerOf([...headers, ...(encoding === "gzip" ? ["Content-Encoding", "gzip"] : [])], `page ${path} ${encoding ?? ""}`);
      },
      brotli: async (body) => {
        compressed.push(body.toString());
        return brotliCompressSync(body);
      },
    });
    const s = await storeServer(store);
    try {
      const first = await get(`${s.url}/a`, { "accept-encoding": "gzip, deflate, br, zstd" });
      const second = await get(`${s.url}/a`, { "accept-encoding": "br;q=1.0, gzip;q=0.8" });
      const zipped = await get(`${s.url}/a`, { "accept-encoding": "gzip, br;q=0" });
      assert.deepEqual(asked, ["/a identity", "/a gzip, br;q=0"], "one request to Next.js for every client that accepts Brotli, uncompressed");
      assert.deepEqual(compressed, ["page /a identity"], "compressed once");
      for (const a of [first, second]) {
        assert.equal(brotliDecompressSync(a.body).toString(), "page /a identity");
        assert.deepEqual(answerHeaders(a), ["content-type: text/html; charset=utf-8", "x-nextjs-cache: HIT", "x-nextjs-prerender: 1", "x-nextjs-prerender: 1", "vary: rsc, Accept-Encoding", "cache-control: s-maxage=31536000", "content-encoding: br"]);
        assert.equal(a.headers["content-length"], String(a.body.length));
      }
      assert.equal(zipped.body.toString(), "page /a gzip, br;q=0", "br;q=0 is a refusal: Next.js's answer for the header as sent");
      // An answer that may not be kept is passed on as Next.js sent it (uncompressed, which the client accepts too).
      const personal = await get(`${s.url}/private`, { "accept-encoding": "br" });
      assert.equal(personal.body.toString(), "page /private identity");
      assert.equal(personal.headers["content-encoding"], undefined);
      assert.deepEqual(compressed, ["page /a identity"]);
    } finally {
      await s.close();
    }
  });

  test("anything but a plain GET of a prerendered path goes to Next.js", async () => {
    const { paths, bypass } = prerenderedPaths({
      routes: {
        "/a": { initialRevalidateSeconds: false, experimentalBypassFor: [{ type: "header", key: "next-action" }, { type: "header", key: "content-type", value: "multipart/form-data;.*" }] },
        "/revalidated": { initialRevalidateSeconds: 60 },
      },
    });
    assert.deepEqual([...paths], ["/a"], "a page that revalidates is not stored");
    const store = new PageStore({ paths, bypass, maxBytes: 1e6, upstream: async () => assert.fail("Next.js asked through the store") });
    const s = await storeServer(store);
    try {
      const cases: [string, Record<string, string>, string?][] = [
        ["/a?x=1", {}],
        ["/a/", {}],
        ["/b", {}],
        ["/revalidated", {}],
        ["/a", { rsc: "1" }],
        ["/a", { "next-router-prefetch": "1" }],
        ["/a", { "next-router-state-tree": "%5B%5D" }],
        ["/a", { "if-none-match": '"x"' }],
        ["/a", { range: "bytes=0-10" }],
        ["/a", { "next-action": "abc" }],
        ["/a", { "content-type": "multipart/form-data; boundary=x" }],
        ["/a", {}, "HEAD"],
        ["/a", {}, "POST"],
      ];
      for (const [path, headers, method] of cases) {
        const a = await get(`${s.url}${path}`, headers, method);
        assert.equal(a.status, 299, `${method ?? "GET"} ${path} ${JSON.stringify(headers)} went to Next.js`);
      }
      assert.equal(s.passedOn.length, cases.length);
    } finally {
      await s.close();
    }
  });

  test("an answer that is not the build's, or not for everyone, is passed on and never kept", async () => {
    const variants: [string, UpstreamAnswer][] = [
      ["a 404", answerOf(PAGE_HEADERS, "gone", 404)],
      ["rendered now (MISS)", answerOf(["x-nextjs-cache", "MISS", "Content-Type", "text/html"], "fresh")],
      ["with a cookie", answerOf([...PAGE_HEADERS, "Set-Cookie", "a=b"], "cookie")],
      ["private", answerOf(["x-nextjs-cache", "HIT", "Cache-Control", "private, max-age=0"], "private")],
      ["varying on a cookie", answerOf(["x-nextjs-cache", "HIT", "Vary", "rsc, Cookie"], "vary")],
    ];
    for (const [name, answer] of variants) {
      let asked = 0;
      const store = new PageStore({ paths: new Set(["/a"]), maxBytes: 1e6, upstream: async () => (asked++, answer) });
      const s = await storeServer(store);
      try {
        for (let i = 0; i < 2; i++) {
          const a = await get(`${s.url}/a`);
          assert.equal(a.status, answer.status, name);
          assert.ok(a.body.equals(answer.body), name);
        }
        assert.equal(asked, 2, `${name}: asked of Next.js every time`);
        assert.equal(store.size, 0, `${name}: not kept`);
      } finally {
        await s.close();
      }
    }
  });

  test("concurrent first requests for a page ask Next.js once", async () => {
    let asked = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const store = new PageStore({
      paths: new Set(["/a"]),
      maxBytes: 1e6,
      upstream: async () => {
        asked++;
        await gate;
        return answerOf(PAGE_HEADERS, "page");
      },
    });
    const s = await storeServer(store);
    try {
      const answers = Promise.all(Array.from({ length: 8 }, () => get(`${s.url}/a`)));
      await new Promise((r) => setTimeout(r, 100));
      release();
      for (const a of await answers) assert.equal(a.body.toString(), "page");
      assert.equal(asked, 1);
    } finally {
      await s.close();
    }
  });

  test("it keeps at most maxBytes of bodies, dropping the least recently sent first", async () => {
    const asked: string[] = [];
    const store = new PageStore({ paths: new Set(["/a", "/b", "/c", "/huge"]), maxBytes: 250, upstream: async (path) => (asked.push(path), answerOf(PAGE_HEADERS, path === "/huge" ? "x".repeat(251) : "x".repeat(100))) });
    const s = await storeServer(store);
    try {
      for (const path of ["/a", "/b", "/a", "/c", "/a", "/b", "/huge", "/huge"]) await get(`${s.url}${path}`);
      // /c pushed out /b (/a had just been sent); /b coming back pushed out /c; a body over the budget is never kept.
      assert.deepEqual(asked, ["/a", "/b", "/c", "/b", "/huge", "/huge"]);
      assert.equal(store.bytes, 200);
      assert.equal(store.size, 2);
    } finally {
      await s.close();
    }
  });
});

// ---- the production server against next start ---------------------------------------------------

const site = useWebSite({ browser: false });

describe("npm start answers as next start does", () => {
  let nextStart: Server | undefined;
  before(async () => {
    nextStart = await startDashboard(webDir, { server: "next start" });
  });
  after(async () => {
    await nextStart?.stop();
  });

  // Every kind of answer but search, whose nonce differs per request by design.
  const PATHS = ["/", "/deposits/gyzylbulag", "/az/regions/kalbajar", "/ru/statistics", "/robots.txt", "/sitemap.xml", "/no/such/page", "/az/no/such/page", "/api/v1/regions/kalbajar", "/api/v1/deposits?commodity=gold", "/?view=x"];
  const ENCODINGS: Record<string, string>[] = [{}, { "accept-encoding": "gzip, deflate" }];

  test("the same status, headers and bytes, on a first request and from the store", async () => {
    for (const path of PATHS) {
      for (const encoding of ENCODINGS) {
        const theirs = await get(`${nextStart?.url}${path}`, encoding);
        for (const round of ["first", "second"]) {
          const ours = await get(`${site.base()}${path}`, encoding);
          const what = `${path} (${encoding["accept-encoding"] ?? "no Accept-Encoding"}, ${round} request)`;
          assert.equal(ours.status, theirs.status, `${what}: status`);
          assert.deepEqual(answerHeaders(ours), answerHeaders(theirs), `${what}: headers`);
          assert.ok(ours.body.equals(theirs.body), `${what}: body, ${ours.body.length} bytes against next start's ${theirs.body.length}`);
        }
      }
    }
  });

  test("a browser that accepts Brotli gets next start's page and headers, compressed with Brotli; what is not stored, as next start sends it", async () => {
    const browser = { "accept-encoding": "gzip, deflate, br, zstd" };
    for (const path of PATHS) {
      const plain = await get(`${nextStart?.url}${path}`);
      const theirs = await get(`${nextStart?.url}${path}`, browser);
      for (const round of ["first", "second"]) {
        const ours = await get(`${site.base()}${path}`, browser);
        const what = `${path} (${round} request)`;
        assert.equal(ours.status, theirs.status, `${what}: status`);
        // What the store compresses: a page it keeps (no query string; status 200 from Next.js's cache of the build) that varies on the encoding (not robots.txt).
        const compressible = !path.includes("?") && theirs.status === 200 && theirs.headers["x-nextjs-cache"] === "HIT" && /\baccept-encoding\b/i.test(String(theirs.headers.vary));
        if (ours.headers["content-encoding"] === "br") {
          assert.ok(compressible, `${what}: only a page Next.js serves from the build is compressed here`);
          assert.deepEqual(answerHeaders(ours), [...answerHeaders(plain), "content-encoding: br"], `${what}: next start's headers for the page uncompressed, and the encoding`);
          assert.ok(brotliDecompressSync(ours.body).equals(plain.body), `${what}: next start's bytes`);
        } else {
          assert.ok(!compressible, `${what}: a page of the build is sent compressed with Brotli`);
          assert.deepEqual(answerHeaders(ours), answerHeaders(theirs), `${what}: headers`);
          assert.ok(ours.body.equals(theirs.body), `${what}: body`);
        }
      }
    }
  });

  test("the client router's requests get next start's answer, not the stored page", async () => {
    // Without the `_rsc` parameter the client router computes from its headers, Next.js redirects
    // to the address with one: whatever it answers, the store must not answer the HTML page.
    for (const [path, headers] of [
      ["/deposits/gyzylbulag", { rsc: "1" }],
      ["/", { rsc: "1", "next-router-prefetch": "1" }],
      ["/regions/kalbajar?_rsc=atlas", { rsc: "1" }],
    ] as const) {
      await get(`${site.base()}${path.split("?")[0]}`); // the page itself is in the store
      const theirs = await get(`${nextStart?.url}${path}`, headers);
      const ours = await get(`${site.base()}${path}`, headers);
      assert.equal(ours.status, theirs.status, `${path}: status`);
      assert.deepEqual(answerHeaders(ours), answerHeaders(theirs), `${path}: headers`);
      assert.ok(ours.body.equals(theirs.body), `${path}: body`);
      assert.ok(!/^text\/html/.test(String(ours.headers["content-type"])), `${path}: not the HTML page`);
    }
  });

  test("next start sends a prerendered page as the build's bytes from its page cache, not encoded per request", async () => {
    // lib/page-cache.ts keeps a page's HTML as a Buffer; Next.js streams a Buffer (chunked) where it
    // sends a string with a Content-Length. A Next.js that no longer goes through it shows here.
    for (const [path, file] of [["/", "index.html"], ["/deposits/gyzylbulag", "deposits/gyzylbulag.html"]] as const) {
      await get(`${nextStart?.url}${path}`); // the first request fills the cache
      const res = await get(`${nextStart?.url}${path}`);
      assert.equal(res.headers["x-nextjs-cache"], "HIT", `${path} comes from the cache`);
      assert.equal(res.headers["content-length"], undefined, `${path} is sent as bytes (no Content-Length of an encoded string)`);
      assert.ok(res.body.equals(readFileSync(join(webDir, ".next", "server", "app", file))), `${path}: the bytes the build wrote`);
    }
  });

  test("HEAD gets the page's headers and no body", async () => {
    const head = await get(`${site.base()}/deposits/gyzylbulag`, {}, "HEAD");
    const theirs = await get(`${nextStart?.url}/deposits/gyzylbulag`, {}, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.deepEqual(answerHeaders(head), answerHeaders(theirs));
  });
});
