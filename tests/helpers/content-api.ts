import type { Hono } from 'hono';
import { expect } from 'vitest';
import { CONTENT_API_BASE } from '../../src/web/api/content.api.ts';
import type { AppEnv } from '../../src/web/env.ts';

/** A reader of the Content API through app.request, on the network's shared origin. */
export class ContentApiClient {
  constructor(private readonly app: Hono<AppEnv>) {}

  /** `path` is below /api/content/v1, or a whole path starting with it (a `next` link). */
  request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
    const url = path.startsWith(CONTENT_API_BASE) ? path : `${CONTENT_API_BASE}${path}`;
    return this.app.request(url, {
      ...init,
      headers: { host: 'tribune.test', ...init.headers },
    });
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { headers });
  }

  /** The JSON of an answer that must have `status`. */
  async json(path: string, status = 200) {
    const response = await this.get(path);
    expect(response.status, path).toBe(status);
    return response.json();
  }
}
