import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

/**
 * The production server's store of prerendered answers (server/main.ts): what Next.js answered for
 * a prerendered page, kept in memory and sent again as it was, so that a later request for the same
 * page runs none of Next.js's per-request code (routing, its response cache, a web stream per page,
 * gzip of every answer anew).
 *
 * Nothing here decides what a page's answer is but its compression for a client that accepts
 * Brotli. The first request for a page (and Accept-Encoding) is answered by Next.js itself, through
 * `upstream`; the store keeps that answer — status, every header Next.js sent, the body's bytes as
 * sent (its own gzip included) — when it is one Next.js served from the build
 * (`x-nextjs-cache: HIT`) and may be shared. Next.js does not send Brotli: for a client that
 * accepts it, the store asks Next.js for the page uncompressed and keeps it compressed with
 * `brotli` (60 % of the bytes of Next.js's gzip on the timeline), Next.js's headers and
 * `Content-Encoding: br`. Only the connection's own headers are left to Node (Date, Connection,
 * Keep-Alive), and the body goes out with a Content-Length instead of `Transfer-Encoding: chunked`.
 *
 * Only plain GETs of a path the build prerendered, with revalidation off, are stored: a query
 * string, a conditional or ranged request, a server action, any of the client router's headers
 * (RSC payloads) or a header the prerender manifest says bypasses its cache goes to Next.js
 * every time.
 */

/** What Next.js answered, as the store receives it from `upstream`. */
export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The headers as sent, in order: name, value, name, value… (Node's `rawHeaders`). */
  rawHeaders: string[];
  body: Buffer;
}

/** Asks Next.js for a path, sending the client's Accept-Encoding (or none). */
export type Upstream = (path: string, acceptEncoding: string | undefined) => Promise<UpstreamAnswer>;

/** A header condition from the prerender manifest's `experimentalBypassFor`. */
export interface BypassRule {
  type: string;
  key: string;
  value?: string;
}

/** A bypass rule as `storable` tests it: the header's name in lower case, its value's pattern compiled once. */
interface BypassTest {
  header?: string;
  pattern?: RegExp;
}

export interface PageStoreOptions {
  /** The paths the build prerendered with revalidation off (see prerenderedPaths). */
  paths: ReadonlySet<string>;
  upstream: Upstream;
  /** Most bytes of bodies kept; the least recently sent answers go first. */
  maxBytes: number;
  bypass?: readonly BypassRule[];
  /**
   * Compresses a page with Brotli for clients that accept `br`, which Next.js does not send: for
   * them the store asks Next.js for the page uncompressed and keeps it compressed, with
   * `Content-Encoding: br` added to Next.js's headers. Without it, every client gets what Next.js
   * sends for its Accept-Encoding.
   */
  brotli?: (body: Buffer) => Promise<Buffer>;
}

interface Stored {
  status: number;
  /** Name, value, name, value…: each header as Next.js sent it, repeated ones repeated. */
  headers: string[];
  body: Buffer;
}

/** The client router's request headers (an RSC payload, a prefetch), on which Next.js's pages vary. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

/**
 * Request headers that make the answer depend on more than the path and Accept-Encoding: the
 * client router's (an RSC payload, a prefetch), a server action, conditional and ranged requests,
 * and Next.js's on-demand revalidation.
 */
const BYPASS_HEADERS = [
  ...ROUTER_HEADERS,
  "next-url",
  "next-action",
  "x-prerender-revalidate",
  "x-prerender-revalidate-if-generated",
  "range",
  "if-range",
  "if-match",
  "if-none-match",
  "if-modified-since",
  "if-unmodified-since",
];

/** Headers of one connection or one framing, not of the answer: Node writes its own. */
const CONNECTION_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "proxy-connection", "trailer", "upgrade"]);

/** The request headers an answer may vary on and still be stored: the client router's, which are bypassed, and the encoding, which is part of the key. */
const KEYED_VARY = new Set([...ROUTER_HEADERS, "accept-encoding"]);

interface PrerenderManifest {
  routes: Record<string, { initialRevalidateSeconds?: number | false; experimentalBypassFor?: BypassRule[] }>;
}

/** The paths of a build's prerender manifest whose pages never revalidate, and the manifest's bypass rules. */
export function prerenderedPaths(manifest: PrerenderManifest): { paths: Set<string>; bypass: BypassRule[] } {
  const paths = new Set<string>();
  const bypass = new Map<string, BypassRule>();
  for (const [path, route] of Object.entries(manifest.routes)) {
    if (route.initialRevalidateSeconds !== false) continue;
    paths.add(path);
    for (const rule of route.experimentalBypassFor ?? []) bypass.set(JSON.stringify(rule), rule);
  }
  return { paths, bypass: [...bypass.values()] };
}

/** The rules as tests; a rule of another type than a header is one this store cannot evaluate (no `header`: it always bypasses). */
function bypassTests(rules: readonly BypassRule[]): BypassTest[] {
  return rules.map((rule) =>
    rule.type !== "header" ? {} : { header: rule.key.toLowerCase(), ...(rule.value === undefined ? {} : { pattern: new RegExp(`^(?:${rule.value})$`) }) },
  );
}

/** Whether a stored answer could serve this request: see the file's comment. */
function storable(req: IncomingMessage, paths: ReadonlySet<string>, bypass: readonly BypassTest[]): boolean {
  if (req.method !== "GET" || !req.url || req.url.includes("?") || !paths.has(req.url)) return false;
  if (BYPASS_HEADERS.some((h) => req.headers[h] !== undefined)) return false;
  return !bypass.some(({ header, pattern }) => {
    if (header === undefined) return true; // a condition this store cannot evaluate: let Next.js decide
    const value = req.headers[header];
    return value !== undefined && (pattern === undefined || pattern.test(String(value)));
  });
}

/** The request headers an answer says it varies on, in lower case. */
function varyOf(answer: UpstreamAnswer): string[] {
  return String(answer.headers.vary ?? "")
    .split(",")
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
}

/** Whether Next.js's answer is one every client asking the same path with the same Accept-Encoding gets. */
function shareable(answer: UpstreamAnswer): boolean {
  const h = answer.headers;
  if (answer.status !== 200 || h["x-nextjs-cache"] !== "HIT" || h["set-cookie"] !== undefined) return false;
  if (/\b(?:private|no-store|no-cache)\b/i.test(String(h["cache-control"] ?? ""))) return false;
  return varyOf(answer).every((v) => KEYED_VARY.has(v));
}

/** Whether an Accept-Encoding lists Brotli (`br`, not with `q=0`). */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((p) => p.trim().toLowerCase());
    return coding === "br" && !params.some((p) => /^q=0(?:\.0*)?$/.test(p));
  });
}

function toStored(answer: UpstreamAnswer): Stored {
  const headers: string[] = [];
  for (let i = 0; i + 1 < answer.rawHeaders.length; i += 2) {
    const name = answer.rawHeaders[i] as string;
    if (!CONNECTION_HEADERS.has(name.toLowerCase())) headers.push(name, answer.rawHeaders[i + 1] as string);
  }
  headers.push("Content-Length", String(answer.body.length));
  return { status: answer.status, headers, body: answer.body };
}

export class PageStore {
  readonly #paths: ReadonlySet<string>;
  readonly #bypass: readonly BypassTest[];
  readonly #upstream: Upstream;
  readonly #maxBytes: number;
  readonly #brotli: ((body: Buffer) => Promise<Buffer>) | undefined;
  /** Insertion order is recency: a hit moves its entry to the end, eviction takes from the start. */
  readonly #answers = new Map<string, Stored>();
  /** Answers being fetched, so that concurrent first requests ask Next.js once. */
  readonly #pending = new Map<string, Promise<{ answer: UpstreamAnswer; stored?: Stored }>>();
  #bytes = 0;
  hits = 0;
  misses = 0;

  constructor(options: PageStoreOptions) {
    this.#paths = options.paths;
    this.#bypass = bypassTests(options.bypass ?? []);
    this.#upstream = options.upstream;
    this.#maxBytes = options.maxBytes;
    this.#brotli = options.brotli;
  }

  /** Bytes of bodies kept now. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Answers kept now. */
  get size(): number {
    return this.#answers.size;
  }

  /** Whether this request is the store's to answer; if not, it is Next.js's. */
  accepts(req: IncomingMessage): boolean {
    return storable(req, this.#paths, this.#bypass);
  }

  /** Answers a request `accepts` said yes to: from memory, or from Next.js and then kept. */
  async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = req.url as string;
    const encoding = req.headers["accept-encoding"];
    // Every client that accepts Brotli gets the one compressed answer; the others, Next.js's for their Accept-Encoding.
    const brotli = acceptsBrotli(encoding) ? this.#brotli : undefined;
    const key = brotli ? `br\n${path}` : `${encoding ?? ""}\n${path}`;
    const kept = this.#answers.get(key);
    if (kept) {
      this.hits++;
      this.#answers.delete(key);
      this.#answers.set(key, kept);
      send(res, kept);
      return;
    }
    this.misses++;
    let fetching = this.#pending.get(key);
    if (!fetching) {
      fetching = this.#fetch(key, path, brotli ? "identity" : encoding, brotli).finally(() => this.#pending.delete(key));
      this.#pending.set(key, fetching);
    }
    const { answer, stored } = await fetching;
    send(res, stored ?? toStored(answer));
  }

  /** `brotli`: the compressor, for a client that accepts Brotli (`encoding` is then "identity"). */
  async #fetch(key: string, path: string, encoding: string | undefined, brotli: ((body: Buffer) => Promise<Buffer>) | undefined): Promise<{ answer: UpstreamAnswer; stored?: Stored }> {
    const answer = await this.#upstream(path, encoding);
    if (!shareable(answer) || answer.body.length > this.#maxBytes) return { answer };
    // Compressed only where Next.js sent it uncompressed and says it varies on the encoding (a page, not robots.txt).
    const compress = brotli && answer.headers["content-encoding"] === undefined && varyOf(answer).includes("accept-encoding");
    const stored = toStored(compress ? { ...answer, rawHeaders: [...answer.rawHeaders, "Content-Encoding", "br"], body: await brotli(answer.body) } : answer);
    this.#answers.set(key, stored);
    this.#bytes += stored.body.length;
    for (const [oldest, entry] of this.#answers) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#answers.delete(oldest);
      this.#bytes -= entry.body.length;
    }
    return { answer, stored };
  }
}

function send(res: ServerResponse, answer: Stored): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}
