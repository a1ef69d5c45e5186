import type { Hono } from 'hono';
import type { AppContext } from '../../src/context.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Role } from '../../src/users/user.ts';
import type { AppEnv } from '../../src/web/env.ts';

export const API = '/api/admin/v1';

/** A caller of the Admin API through app.request: signed in by cookie (with CSRF token) or token. */
export class ApiClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly address = '10.0.0.1',
  ) {}

  /** Sends a request; JSON bodies are serialised, FormData sent as it is. */
  async request(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { host: 'tribune.test', ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && options.csrf !== false && method !== 'GET')
      headers['x-csrf-token'] = this.csrfToken;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    return this.app.request(
      `${API}${path}`,
      { method, headers, ...(payload === undefined ? {} : { body: payload }) },
      { incoming: { socket: { remoteAddress: this.address } } },
    );
  }

  async json<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Signs in; keeps the cookie and the CSRF token. */
  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.request('POST', '/session', { email, password });
    const setCookie = response.headers.get('set-cookie');
    if (response.status === 200 && setCookie) {
      this.cookie = setCookie.split(';')[0] ?? null;
      this.csrfToken = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return response;
  }
}

export const PASSWORD = 'a long enough password';

/** A user with roles on editions, signed in through the API. */
export async function signedInAs(
  ctx: AppContext,
  app: Hono<AppEnv>,
  email: string,
  roles: { siteId: string; role: Role }[],
  options: { networkAdmin?: boolean; address?: string } = {},
): Promise<ApiClient & { userId: string }> {
  const user = unwrap(
    await ctx.users.createUser(
      {
        email,
        name: email.split('@')[0] ?? email,
        password: PASSWORD,
        isNetworkAdmin: options.networkAdmin ?? false,
      },
      roles,
    ),
  );
  const client = new ApiClient(app, options.address) as ApiClient & { userId: string };
  client.userId = user.id;
  const response = await client.signIn(email, PASSWORD);
  if (response.status !== 200) throw new Error(`sign-in of ${email} failed: ${response.status}`);
  return client;
}
