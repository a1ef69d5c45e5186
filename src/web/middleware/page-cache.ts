import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import type { EventBus } from '../../core/events.ts';
import type { AppEnv } from '../env.ts';
import { pathAndSearch } from '../request-url.ts';

const gzip = promisify(gzipCallback);

/** Reader pages: browsers and CDNs may keep them briefly and serve stale while revalidating. */
export const PAGE_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';

interface Entry {
  status: number;
  body: string;
  /** The body in UTF-8, encoded once: hashed for the ETag, then sent as it is. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
  cacheControl: string;
  version: number;
  expires: number;
  gzip?: Buffer;
}

/**
 * Rendered reader pages kept in memory. Any domain event (a publication, a correction, a new
 * front page…) drops them all at once in this process; other processes' changes show within
 * the time to live. Bounded: the oldest pages go first.
 */
export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private version = 0;

  constructor(
    events: EventBus,
    readonly ttlMs: number,
    private readonly maxEntries = 2000,
  ) {
    events.onAny(() => {
      this.version++;
      this.entries.clear();
    });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== this.version || entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  set(key: string, entry: Omit<Entry, 'version' | 'expires'>): void {
    if (!this.enabled) return;
    this.entries.delete(key);
    this.entries.set(key, { ...entry, version: this.version, expires: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const bodies = new WeakMap<Response, string>();

/**
 * Remembers the text `response` was made from, so the page cache takes it as it is instead of
 * reading the response's stream back (a good part of an uncached page's cost).
 */
export function withBody(response: Response, body: string): Response {
  bodies.set(response, body);
  return response;
}

/** A weak validator of the page's bytes: the same for every content encoding. */
export function etagOf(body: string | Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (value: string) => value.trim().replace(/^W\//, '');
  return header === '*' || header.split(',').some((candidate) => strip(candidate) === strip(etag));
}

function acceptsGzip(c: Context<AppEnv>): boolean {
  return /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
}

async function respond(c: Context<AppEnv>, entry: Entry): Promise<Response> {
  const headers: Record<string, string> = {
    'Content-Type': entry.contentType,
    'Cache-Control': entry.cacheControl,
    ETag: entry.etag,
    Vary: 'Accept-Encoding',
  };
  if (matches(c.req.header('If-None-Match'), entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  if (acceptsGzip(c) && entry.body.length > 1024) {
    entry.gzip ??= await gzip(entry.body, { level: 6 });
    return new Response(new Uint8Array(entry.gzip), {
      status: entry.status,
      headers: { ...headers, 'Content-Encoding': 'gzip' },
    });
  }
  return new Response(entry.bytes, { status: entry.status, headers });
}

/**
 * For reader pages: answers from the page cache when it can; otherwise renders, then adds an
 * ETag and Cache-Control, answers a matching If-None-Match with 304, compresses for clients
 * that accept gzip, and keeps successful pages for the next reader. `contentType` says which
 * answers it handles (the Content API's JSON too).
 */
export function pageCacheMiddleware(
  cache: PageCache,
  contentType = 'text/html',
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const url = pathAndSearch(c.req.url);
    const key = `${c.req.header('host') ?? ''}${url.pathname}${url.search}`;
    const hit = cache.get(key);
    if (hit) {
      c.res = await respond(c, hit);
      c.res.headers.set('X-Cache', 'hit');
      return;
    }
    await next();
    const response = c.res;
    const type = response.headers.get('Content-Type') ?? '';
    if (!type.startsWith(contentType) || ![200, 404, 410].includes(response.status)) return;
    const body = bodies.get(response) ?? (await response.text());
    const bytes = Buffer.from(body);
    const entry = {
      status: response.status,
      body,
      bytes,
      etag: etagOf(bytes),
      contentType: type,
      cacheControl: response.headers.get('Cache-Control') ?? PAGE_CACHE_CONTROL,
    };
    // Only pages that exist are kept: random missing addresses must not fill the cache.
    if (response.status === 200) cache.set(key, entry);
    const fresh = await respond(c, { ...entry, version: 0, expires: 0 });
    // The handler's other headers (CORS, cookies…) stay, as Hono's setter would keep them; its
    // answer is dropped first, because that setter would rebuild the new answer around a
    // stream of its text, which the server then writes chunk by chunk.
    for (const [name, value] of response.headers) {
      if (name === 'content-type') continue;
      if (name === 'set-cookie') fresh.headers.append(name, value);
      else fresh.headers.set(name, value);
    }
    c.res = undefined;
    c.res = fresh;
    c.res.headers.set('X-Cache', 'miss');
  };
}
