import { createApp } from '../../src/app.ts';
import type { AppContext } from '../../src/context.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import type { Role, User } from '../../src/users/user.ts';

/** The host the Admin API is called on in tests: the network's shared origin. */
export const API_HOST = 'tribune.test';
export const API_BASE = '/api/admin/v1';

/** How a test request proves who it is: a Bearer token, a session, or nothing. */
export type Credentials =
  | { bearer: string }
  | { cookie: string; csrfToken: string; sendCsrf?: boolean }
  | null;

export interface ApiAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers are asserted field by field.
  body: any;
}

export interface CallOptions {
  as?: Credentials;
  /** A JSON body (a string is sent as it is, for malformed JSON). */
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/** Calls the Admin API of an app built over `ctx`, the way the newsroom and scripts do. */
export function adminClient(ctx: AppContext) {
  const app = createApp(ctx);
  const call = async (
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiAnswer> => {
    const headers: Record<string, string> = { Host: API_HOST, ...options.headers };
    const as = options.as;
    if (as && 'bearer' in as) headers.Authorization = `Bearer ${as.bearer}`;
    if (as && 'cookie' in as) {
      headers.Cookie = as.cookie;
      if (as.sendCsrf !== false && method !== 'GET') headers['X-CSRF-Token'] = as.csrfToken;
    }
    let body: BodyInit | undefined;
    if (options.form) body = options.form;
    else if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = typeof options.json === 'string' ? options.json : JSON.stringify(options.json);
    }
    const response = await app.request(`${API_BASE}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('Content-Type') ?? '').includes('json') && text) {
      parsed = JSON.parse(text);
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    app,
    call,
    get: (path: string, as: Credentials, options: CallOptions = {}) =>
      call('GET', path, { ...options, as }),
    post: (path: string, as: Credentials, json?: unknown) => call('POST', path, { as, json }),
    put: (path: string, as: Credentials, json?: unknown) => call('PUT', path, { as, json }),
    patch: (path: string, as: Credentials, json?: unknown) => call('PATCH', path, { as, json }),
    delete: (path: string, as: Credentials) => call('DELETE', path, { as }),
    /** Signs in with e-mail and password: the session cookie and its CSRF token. */
    signIn: async (email: string, password: string) => {
      const response = await app.request(`${API_BASE}/session`, {
        method: 'POST',
        headers: { Host: API_HOST, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
      const cookie = (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return { cookie, csrfToken };
    },
  };
}

export type AdminClient = ReturnType<typeof adminClient>;

let counter = 0;

/**
 * A newsroom account with roles on editions (or a network admin), and an API token that acts
 * as it. Without a password, only the token gets in (and it is quicker: no hashing).
 */
export async function makeStaff(
  ctx: AppContext,
  options: {
    roles?: [Site, Role][];
    isNetworkAdmin?: boolean;
    password?: string;
    name?: string;
    email?: string;
  } = {},
): Promise<{ user: User; as: Credentials & { bearer: string } }> {
  const n = ++counter;
  const user = unwrap(
    await ctx.users.createUser(
      {
        email: options.email ?? `staff-${n}@tribune.test`,
        name: options.name ?? `Staff Member ${n}`,
        password: options.password ?? null,
        isNetworkAdmin: options.isNetworkAdmin ?? false,
      },
      (options.roles ?? []).map(([site, role]) => ({ siteId: site.id, role })),
    ),
  );
  const { token } = unwrap(await ctx.apiTokens.create(user.id, 'tests'));
  return { user, as: { bearer: token } };
}

/** The codes of an error answer's field issues, by path: { slug: 'issue.slugTaken' }. */
export function issuesOf(answer: ApiAnswer): Record<string, string> {
  const issues = (answer.body?.error?.issues ?? []) as { path: string; code: string }[];
  return Object.fromEntries(issues.map((found) => [found.path, found.code]));
}
