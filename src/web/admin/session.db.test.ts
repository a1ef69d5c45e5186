import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { API, ApiClient, PASSWORD, signedInAs } from '../../../tests/helpers/api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import { unwrap } from '../../core/result.ts';
import { SIGN_IN_LIMITS } from '../../users/auth.service.ts';

describeEachDialect('signing in to the newsroom', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
  });
  afterEach(() => t.destroy());

  const outbox = async () => {
    const folder = join(t.dataDir, 'outbox');
    const files = (await readdir(folder).catch(() => []))
      .filter((name) => name.endsWith('.eml'))
      .sort();
    return Promise.all(files.map(async (name) => simpleParser(await readFile(join(folder, name)))));
  };

  it('sets an HttpOnly, SameSite=Lax session cookie and answers who is signed in', async () => {
    const site = await makeSite(t.ctx);
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }, [
        { siteId: site.id, role: 'editor' },
      ]),
    );
    const client = new ApiClient(app);
    const response = await client.signIn('Ana@Example.org', PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tribune_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await client.json<{
      user: { email: string };
      memberships: unknown[];
      csrfToken: string;
    }>('GET', '/session');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe('ana@example.org');
    expect(me.body.memberships).toEqual([
      { userId: expect.any(String), siteId: site.id, role: 'editor' },
    ]);
    expect(me.body.csrfToken).toBe(client.csrfToken);
    expect(me.body).not.toHaveProperty('user.passwordHash');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }),
    );
    const response = await app.request(`${API}/session`, {
      method: 'POST',
      headers: {
        host: 'tribune.test',
        'content-type': 'application/json',
        'x-forwarded-proto': 'https',
      },
      body: JSON.stringify({ email: 'ana@example.org', password: PASSWORD }),
    });
    expect(response.headers.get('set-cookie')).toContain('Secure');
  });

  it('gives a wrong e-mail and a wrong password the same answer', async () => {
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }),
    );
    const wrongPassword = await new ApiClient(app).json('POST', '/session', {
      email: 'ana@example.org',
      password: 'not the password',
    });
    const wrongEmail = await new ApiClient(app).json('POST', '/session', {
      email: 'nobody@example.org',
      password: 'not the password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail).toEqual(wrongPassword);
    expect(wrongPassword.body).toEqual({
      error: {
        code: 'invalid-credentials',
        message: 'The e-mail address or the password is not right.',
      },
    });
  });

  it('checks a password even for an address with no account, so both take about as long', async () => {
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }),
    );
    const time = async (email: string) => {
      const start = performance.now();
      await new ApiClient(app, `10.0.${(Math.random() * 200 + 1) | 0}.1`).request(
        'POST',
        '/session',
        { email, password: 'wrong password!' },
      );
      return performance.now() - start;
    };
    await time('warm-up@example.org');
    const known = await time('ana@example.org');
    const unknown = await time('nobody@example.org');
    // Both run argon2 (tens of milliseconds); without the stand-in hash the unknown one would take ~0.
    expect(unknown).toBeGreaterThan(known / 4);
  });

  it('limits sign-in attempts per account, whatever the address, and per address', async () => {
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }),
    );
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      const client = new ApiClient(app, `10.1.0.${i + 1}`);
      expect(
        (
          await client.request('POST', '/session', {
            email: 'ana@example.org',
            password: 'wrong password',
          })
        ).status,
      ).toBe(401);
    }
    const blocked = await new ApiClient(app, '10.1.0.99').json('POST', '/session', {
      email: 'ana@example.org',
      password: PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: { code: 'rate-limited' } });

    const from = new ApiClient(app, '10.2.0.1');
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) {
      await from.request('POST', '/session', {
        email: `someone${i}@example.org`,
        password: 'wrong password',
      });
    }
    expect(
      (await from.request('POST', '/session', { email: 'other@example.org', password: 'x' }))
        .status,
    ).toBe(429);
  });

  it('refuses an expired session and a signed-out one', async () => {
    unwrap(
      await t.ctx.users.createUser({ email: 'ana@example.org', name: 'Ana', password: PASSWORD }),
    );
    const client = new ApiClient(app);
    await client.signIn('ana@example.org', PASSWORD);
    t.clock.advance(31 * 86_400_000);
    expect((await client.json('GET', '/session')).status).toBe(401);

    const again = new ApiClient(app);
    await again.signIn('ana@example.org', PASSWORD);
    expect((await again.request('DELETE', '/session')).status).toBe(204);
    expect((await again.json('GET', '/session')).status).toBe(401);
  });

  it('refuses a change made with the cookie but without the CSRF token, as a form from another site would', async () => {
    const site = await makeSite(t.ctx);
    const client = await signedInAs(t.ctx, app, 'ed@example.org', [
      { siteId: site.id, role: 'editor' },
    ]);
    const formPost = await client.request('POST', `/sites/${site.id}/articles`, undefined, {
      csrf: false,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(formPost.status).toBe(403);
    expect(await formPost.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrongToken = await client.request(
      'POST',
      `/sites/${site.id}/articles`,
      { headline: 'x' },
      {
        csrf: false,
        headers: { 'x-csrf-token': 'guess' },
      },
    );
    expect(wrongToken.status).toBe(403);
    expect(
      (await client.request('POST', `/sites/${site.id}/articles`, { headline: 'With the token' }))
        .status,
    ).toBe(201);
  });

  it('accepts an API token as Bearer, without CSRF, until it is revoked', async () => {
    const site = await makeSite(t.ctx);
    const user = unwrap(
      await t.ctx.users.createUser({ email: 'script@example.org', name: 'Script' }, [
        { siteId: site.id, role: 'editor' },
      ]),
    );
    const { token, record } = unwrap(await t.ctx.apiTokens.create(user.id, 'importer'));
    const client = new ApiClient(app);
    client.bearer = token;
    expect(
      (await client.request('POST', `/sites/${site.id}/articles`, { headline: 'From a script' }))
        .status,
    ).toBe(201);
    expect(await t.ctx.apiTokens.revoke(user.id, record.id)).toBe(true);
    const refused = await client.json('GET', `/sites/${site.id}/articles`);
    expect(refused.status).toBe(401);
    client.bearer = 'trb_made-up';
    expect((await client.json('GET', '/session')).status).toBe(401);
  });

  it('e-mails a reset link only to existing accounts, answering the same either way, and the link works once', async () => {
    unwrap(
      await t.ctx.users.createUser({
        email: 'ana@example.org',
        name: 'Ana',
        password: PASSWORD,
        locale: 'es',
      }),
    );
    const client = new ApiClient(app);
    const known = await client.json('POST', '/password-reset', { email: 'ana@example.org' });
    const unknown = await client.json('POST', '/password-reset', { email: 'nobody@example.org' });
    expect(known).toEqual(unknown);
    expect(known.status).toBe(202);
    const [message] = await outbox();
    expect(message?.subject).toBe('Restablecé tu contraseña de Tribune');
    const token = /#\/reset\/([\w-]+)/.exec(message?.text ?? '')?.[1] ?? '';
    expect(token.length).toBeGreaterThan(20);

    const short = await client.json('POST', '/password', { token, password: 'short' });
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({
      error: { issues: [{ path: 'password', code: 'issue.passwordLength' }] },
    });
    expect(
      (await client.json('POST', '/password', { token, password: 'a brand new password' })).status,
    ).toBe(200);
    expect(
      (await client.json('POST', '/password', { token, password: 'another new password' })).status,
    ).toBe(400);
    expect(
      (await new ApiClient(app).signIn('ana@example.org', 'a brand new password')).status,
    ).toBe(200);
    expect((await new ApiClient(app, '10.9.9.9').signIn('ana@example.org', PASSWORD)).status).toBe(
      401,
    );
  });

  it('answers in the user’s language, and in the request’s before anyone signs in', async () => {
    const site = await makeSite(t.ctx);
    unwrap(
      await t.ctx.users.createUser(
        { email: 'es@example.org', name: 'Es', password: PASSWORD, locale: 'es' },
        [{ siteId: site.id, role: 'editor' }],
      ),
    );
    const client = new ApiClient(app);
    await client.signIn('es@example.org', PASSWORD);
    const invalid = await client.json('POST', `/sites/${site.id}/articles`, {
      headline: '',
      slug: 'No Slug',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toMatchObject({
      error: {
        code: 'invalid',
        message: 'Hay campos que revisar.',
        issues: expect.arrayContaining([
          { path: 'headline', code: 'issue.required', message: 'es obligatorio' },
          {
            path: 'slug',
            code: 'issue.slug',
            message: 'debe tener solo minúsculas, cifras y guiones',
          },
        ]),
      },
    });
    const anonymous = await app.request(`${API}/session`, {
      headers: { host: 'tribune.test', 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(await anonymous.json()).toEqual({
      error: { code: 'unauthorized', message: 'Connectez-vous d’abord.' },
    });
  });

  it('answers an unknown API path with a JSON 404, not a web page', async () => {
    const site = await makeSite(t.ctx);
    const client = await signedInAs(t.ctx, app, 'lost@example.org', [
      { siteId: site.id, role: 'editor' },
    ]);
    const lost = await client.request('GET', '/no-such-thing');
    expect(lost.status).toBe(404);
    expect(lost.headers.get('content-type')).toContain('application/json');
    expect(await lost.json()).toMatchObject({ error: { code: 'not-found' } });
  });

  it('describes every route in an OpenAPI 3.1 document', async () => {
    const response = await app.request(`${API}/openapi.json`, {
      headers: { host: 'tribune.test' },
    });
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown; responses: unknown }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const put = document.paths['/articles/{id}']?.put;
    expect(put?.requestBody).toMatchObject({
      content: {
        'application/json': {
          schema: { properties: { headline: { type: 'string', maxLength: 300 } } },
        },
      },
    });
    expect(document.paths['/session']?.post).toMatchObject({ security: [] });
    expect(Object.keys(document.paths).length).toBeGreaterThan(10);
  });
});
