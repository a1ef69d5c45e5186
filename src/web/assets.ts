import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import type { AppEnv } from './env.ts';

/** The fingerprinted addresses of the reader site's stylesheet and script. */
export interface AssetUrls {
  css: string;
  js: string;
  favicon: string;
}

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

const SOURCES = [
  { name: 'reader', ext: 'css', type: 'text/css; charset=utf-8' },
  { name: 'reader', ext: 'js', type: 'text/javascript; charset=utf-8' },
  { name: 'favicon', ext: 'svg', type: 'image/svg+xml' },
] as const;

/**
 * The reader site's static files, read once at start, named by their content's hash (so they
 * can be cached forever) and compressed once with gzip and Brotli.
 */
export class Assets {
  readonly urls: AssetUrls;
  private readonly files = new Map<string, Asset>();

  constructor(directory = join(import.meta.dirname, 'assets')) {
    const urls: Record<string, string> = {};
    for (const source of SOURCES) {
      const body = readFileSync(join(directory, `${source.name}.${source.ext}`));
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
      const file = `${source.name}.${hash}.${source.ext}`;
      this.files.set(file, {
        type: source.type,
        body,
        gzip: gzipSync(body, { level: 9 }),
        brotli: brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
        }),
        etag: `"${hash}"`,
      });
      urls[source.ext] = `/assets/${file}`;
    }
    this.urls = { css: urls.css ?? '', js: urls.js ?? '', favicon: urls.svg ?? '' };
  }

  /** GET /assets/<name>.<hash>.<ext>: immutable, compressed as the client accepts. */
  routes(): Hono<AppEnv> {
    return (
      new Hono<AppEnv>()
        // Browsers and crawlers ask for /favicon.ico whatever the page says.
        .get('/favicon.ico', (c) => c.redirect(this.urls.favicon, 301))
        .get('/assets/:file', (c) => {
          const asset = this.files.get(c.req.param('file'));
          if (!asset) return c.text('Not found', 404);
          c.header('Content-Type', asset.type);
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
          c.header('ETag', asset.etag);
          c.header('Vary', 'Accept-Encoding');
          if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304);
          const accepted = c.req.header('Accept-Encoding') ?? '';
          if (/\bbr\b/.test(accepted)) {
            c.header('Content-Encoding', 'br');
            return c.body(new Uint8Array(asset.brotli));
          }
          if (/\bgzip\b/.test(accepted)) {
            c.header('Content-Encoding', 'gzip');
            return c.body(new Uint8Array(asset.gzip));
          }
          return c.body(new Uint8Array(asset.body));
        })
    );
  }
}
