import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  type Credentials,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

const SOURCE = {
  kind: 'outside',
  publication: 'The Harbour Review',
  url: 'https://harbourreview.example/essays/the-long-shift',
  language: 'en',
  publishedOn: '2019-05-14',
  permission: 'Republished with the permission of The Harbour Review.',
};

describeEachDialect('republishing a text from outside the network', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let editor: Credentials;

  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { slug: 'en', name: 'Meridian', basePath: '/en' });
    await t.ctx.siteDirectory.reload();
    editor = (await makeStaff(t.ctx, { roles: [[site, 'editor']] })).as;
  });
  afterEach(() => t.destroy());

  const create = (source: Record<string, unknown>, as = editor) =>
    api.post(`/sites/${site.id}/articles`, as, {
      headline: 'The long shift',
      origin: { type: 'republication', source },
    });
  const without = (field: keyof typeof SOURCE) => {
    const { [field]: _left, ...rest } = SOURCE;
    return rest;
  };

  it('requires the publication, address, language, original date and permission', async () => {
    for (const field of ['publication', 'url', 'language', 'publishedOn', 'permission'] as const) {
      const answer = await create(without(field));
      expect(answer.status, field).toBe(422);
      expect(issuesOf(answer), field).toEqual({ [`origin.source.${field}`]: 'issue.required' });
    }
    const blank = await create({ ...SOURCE, publication: '   ', permission: '' });
    expect(issuesOf(blank)).toEqual({
      'origin.source.publication': 'issue.required',
      'origin.source.permission': 'issue.required',
    });
    const nothing = await create({ kind: 'outside' });
    expect(Object.keys(issuesOf(nothing)).sort()).toEqual([
      'origin.source.language',
      'origin.source.permission',
      'origin.source.publication',
      'origin.source.publishedOn',
      'origin.source.url',
    ]);
    const list = await api.get(`/sites/${site.id}/articles`, editor);
    expect(list.body.total).toBe(0);
  });

  it('says what is wrong with each field, in the editor’s language', async () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ url: 'ftp://harbourreview.example/essay' }, 'url', 'issue.url'],
      [{ url: 'harbourreview.example/essay' }, 'url', 'issue.url'],
      [{ url: 'javascript:alert(1)' }, 'url', 'issue.url'],
      [{ url: 'https://editor:secret@harbourreview.example/' }, 'url', 'issue.urlCredentials'],
      [{ language: 'english!' }, 'language', 'issue.languageTag'],
      [{ publishedOn: '14/05/2019' }, 'publishedOn', 'issue.date'],
      [{ publishedOn: '2019-02-30' }, 'publishedOn', 'issue.realDate'],
      [{ publishedOn: '2026-04-01' }, 'publishedOn', 'issue.inFuture'],
    ];
    for (const [change, field, code] of cases) {
      const answer = await create({ ...SOURCE, ...change });
      expect(answer.status, JSON.stringify(change)).toBe(422);
      expect(issuesOf(answer), JSON.stringify(change)).toEqual({
        [`origin.source.${field}`]: code,
      });
    }

    const editora = unwrap(
      await t.ctx.users.createUser(
        { email: 'editora@tribune.test', name: 'Editora', password: null, locale: 'es' },
        [{ siteId: site.id, role: 'editor' }],
      ),
    );
    const { token } = unwrap(await t.ctx.apiTokens.create(editora.id, 'tests'));
    const spanish = await create(
      { ...without('permission'), url: 'ftp://x.example', publishedOn: '2030-01-01' },
      { bearer: token },
    );
    expect(spanish.body.error.message).toBe('Hay campos que revisar.');
    expect(
      Object.fromEntries(
        spanish.body.error.issues.map((found: { path: string; message: string }) => [
          found.path,
          found.message,
        ]),
      ),
    ).toEqual({
      'origin.source.url': 'debe ser una dirección http(s)',
      'origin.source.permission': 'es obligatorio',
    });
  });

  it('credits the outside publication on the reader page and links to the original', async () => {
    const answer = await create(SOURCE);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(answer.body.origin).toEqual({ type: 'republication', source: SOURCE });
    await api.post(`/articles/${answer.body.id}/publish`, editor);
    const response = await api.app.request(`/en/${answer.body.slug}`, {
      headers: { host: 'tribune.test' },
    });
    const html = await response.text();
    expect(html).toContain('data-origin="outside"');
    expect(html).toContain(
      'Originally published on May 14, 2019 in <a href="https://harbourreview.example/essays/the-long-shift">The Harbour Review</a>.',
    );
    expect(html).toContain('<p>Republished with the permission of The Harbour Review.</p>');
  });
});
