import { afterEach, beforeEach, expect, it } from 'vitest';
import { type ApiClient, signedInAs } from '../../../tests/helpers/api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeContributor, makeSection, makeSite } from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import type { Article } from '../../articles/article.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('the Admin API for articles', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  let site: Site;
  let editor: ApiClient & { userId: string };

  beforeEach(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
    site = await makeSite(t.ctx, {
      language: 'es-PE',
      timezone: 'America/Lima',
      basePath: '/es-pe',
    });
    editor = await signedInAs(t.ctx, app, 'editora@example.org', [
      { siteId: site.id, role: 'editor' },
    ]);
  });
  afterEach(() => t.destroy());

  const create = async (client: ApiClient, fields: Record<string, unknown> = {}) => {
    const response = await client.json<Article>('POST', `/sites/${site.id}/articles`, {
      headline: 'Paro en el puerto',
      ...fields,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body;
  };

  it('writes an article with every field and answers it as saved', async () => {
    const section = await makeSection(t.ctx, site, 'Trabajadores');
    const author = await makeContributor(t.ctx, { name: 'Rosa Quispe' });
    const article = await create(editor, {
      kicker: 'Callao',
      dek: 'Los estibadores paran.',
      sectionId: section.id,
      credits: [{ contributorId: author.id, role: 'author' }],
      body: [
        { type: 'heading', html: 'Qué piden' },
        { type: 'quote', html: 'No vamos a aflojar.', cite: 'Delegada' },
      ],
      socialTitle: 'Paro',
    });
    expect(article).toMatchObject({
      status: 'draft',
      slug: 'paro-en-el-puerto',
      language: 'es-PE',
      revision: 1,
      createdBy: editor.userId,
    });
    expect(article.body.map((block) => block.type)).toEqual(['heading', 'quote']);
    const read = await editor.json<Article>('GET', `/articles/${article.id}`);
    expect(read.body).toEqual(article);
  });

  it('names each missing or wrong-typed field, and writes nothing', async () => {
    const wrong = await editor.json<{ error: { issues: { path: string; code: string }[] } }>(
      'POST',
      `/sites/${site.id}/articles`,
      {
        headline: 42,
        dek: ['not', 'text'],
        body: 'not blocks',
        credits: [{ contributorId: 'nobody', role: 'hero' }],
        sectionId: null,
      },
    );
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.issues.map((i) => `${i.path} ${i.code}`).sort()).toEqual(
      [
        'body issue.wrongType',
        'credits.0.role issue.notAllowed',
        'dek issue.wrongType',
        'headline issue.wrongType',
      ].sort(),
    );
    const missing = await editor.json<{ error: { issues: { path: string; code: string }[] } }>(
      'POST',
      `/sites/${site.id}/articles`,
      {},
    );
    expect(missing.body.error.issues).toEqual([
      expect.objectContaining({ path: 'headline', code: 'issue.required' }),
    ]);
    const notJson = await editor.request('POST', `/sites/${site.id}/articles`, undefined, {
      headers: { 'content-type': 'application/json' },
    });
    expect(notJson.status).toBe(422);
    const list = await editor.json<{ total: number }>('GET', `/sites/${site.id}/articles`);
    expect(list.body.total).toBe(0);
  });

  it('refuses a body over the size limit', async () => {
    const huge = {
      headline: 'x',
      body: [{ type: 'paragraph', html: 'x'.repeat(3 * 1024 * 1024) }],
    };
    const response = await editor.request('POST', `/sites/${site.id}/articles`, huge);
    expect(response.status).toBe(413);
  });

  it('lists an edition’s articles with filters, sorting and a total', async () => {
    const labor = await makeSection(t.ctx, site, 'Trabajadores');
    const rosa = await makeContributor(t.ctx, { name: 'Rosa' });
    const a = await create(editor, {
      headline: 'Alfa huelga',
      sectionId: labor.id,
      credits: [{ contributorId: rosa.id, role: 'author' }],
    });
    await create(editor, { headline: 'Beta puerto' });
    const c = await create(editor, { headline: 'Gamma 100% real_' });
    await editor.json('POST', `/articles/${c.id}/publish`);
    const list = async (query: string) =>
      (
        await editor.json<{ total: number; items: { headline: string }[] }>(
          'GET',
          `/sites/${site.id}/articles${query}`,
        )
      ).body;
    expect((await list('')).total).toBe(3);
    expect((await list('?status=published')).items.map((i) => i.headline)).toEqual([
      'Gamma 100% real_',
    ]);
    expect((await list(`?sectionId=${labor.id}`)).items.map((i) => i.headline)).toEqual([
      'Alfa huelga',
    ]);
    expect((await list(`?authorId=${rosa.id}`)).items.map((i) => i.headline)).toEqual([
      'Alfa huelga',
    ]);
    expect((await list('?q=PUERTO')).items.map((i) => i.headline)).toEqual(['Beta puerto']);
    expect((await list('?q=100%25')).items.map((i) => i.headline)).toEqual(['Gamma 100% real_']);
    expect((await list('?q=_')).total).toBe(1);
    expect((await list('?sort=headline')).items.map((i) => i.headline)).toEqual([
      'Alfa huelga',
      'Beta puerto',
      'Gamma 100% real_',
    ]);
    expect((await list('?sort=headline&perPage=2&page=2')).items.map((i) => i.headline)).toEqual([
      'Gamma 100% real_',
    ]);
    expect((await editor.json('GET', `/sites/${site.id}/articles?perPage=1000`)).status).toBe(422);
    expect((await editor.json('GET', `/sites/${site.id}/articles?status=lost`)).status).toBe(422);
    void a;
  });

  it('checks a slug while the editor types, suggesting a free one', async () => {
    await create(editor, { headline: 'Paro en el puerto' });
    const check = await editor.json(
      'GET',
      `/sites/${site.id}/slug-check?slug=Paro%20en%20el%20puerto`,
    );
    expect(check.body).toEqual({
      slug: 'paro-en-el-puerto',
      available: false,
      suggestion: 'paro-en-el-puerto-2',
    });
    const free = await editor.json('GET', `/sites/${site.id}/slug-check?slug=otra-nota`);
    expect(free.body).toEqual({ slug: 'otra-nota', available: true, suggestion: 'otra-nota' });
  });

  it('saves changes as revisions and refuses a save based on an old revision, answering with the other version', async () => {
    const article = await create(editor);
    const saved = await editor.json<Article>('PUT', `/articles/${article.id}`, {
      expectedRevision: 1,
      dek: 'Primer copete',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      revision: 2,
      dek: 'Primer copete',
      headline: 'Paro en el puerto',
    });

    const stale = await editor.json<{
      error: { code: string; currentRevision: number; current: Article };
    }>('PUT', `/articles/${article.id}`, {
      expectedRevision: 1,
      dek: 'Mi versión',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'conflict',
      currentRevision: 2,
      current: { dek: 'Primer copete' },
    });

    const [first, second] = await Promise.all([
      editor.request('PUT', `/articles/${article.id}`, { expectedRevision: 2, headline: 'Una' }),
      editor.request('PUT', `/articles/${article.id}`, { expectedRevision: 2, headline: 'Otra' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
  });

  it('keeps every revision, shows what changed between two and restores one as a new revision', async () => {
    const article = await create(editor, {
      body: [{ id: 'b1', type: 'paragraph', html: 'Los estibadores paran hoy.' }],
    });
    await editor.json('PUT', `/articles/${article.id}`, {
      expectedRevision: 1,
      headline: 'Paro total en el puerto',
      body: [
        { id: 'b1', type: 'paragraph', html: 'Los estibadores paran mañana.' },
        { id: 'b2', type: 'paragraph', html: 'Nuevo párrafo.' },
      ],
    });
    const revisions = await editor.json<{ number: number; createdBy: { name: string } }[]>(
      'GET',
      `/articles/${article.id}/revisions`,
    );
    expect(revisions.body.map((r) => r.number)).toEqual([2, 1]);
    expect(revisions.body[0]?.createdBy.name).toBe('editora');

    const diff = await editor.json<{
      fields: { field: string; words: { op: string; text: string }[] }[];
      blocks: { kind: string; words?: { op: string; text: string }[] }[];
    }>('GET', `/articles/${article.id}/diff?from=1&to=2`);
    // The address stays: a new headline does not move a published article.
    expect(diff.body.fields.map((f) => f.field)).toEqual(['headline']);
    expect(diff.body.fields[0]?.words).toContainEqual({ op: 'added', text: 'total ' });
    expect(diff.body.blocks.map((b) => b.kind)).toEqual(['changed', 'added']);
    expect(diff.body.blocks[0]?.words).toEqual(
      expect.arrayContaining([
        { op: 'removed', text: 'hoy' },
        { op: 'added', text: 'mañana' },
      ]),
    );
    expect((await editor.json('GET', `/articles/${article.id}/diff?from=1&to=9`)).status).toBe(404);

    const restored = await editor.json<Article>(
      'POST',
      `/articles/${article.id}/revisions/1/restore`,
      { expectedRevision: 2 },
    );
    expect(restored.body).toMatchObject({ revision: 3, headline: 'Paro en el puerto' });
    expect(restored.body.body.map((b) => b.id)).toEqual(['b1']);
  });

  it('publishes, unpublishes, trashes and restores, and the reader site follows', async () => {
    const article = await create(editor);
    const reader = (path: string) => app.request(path, { headers: { host: 'tribune.test' } });
    expect((await editor.json('POST', `/articles/${article.id}/publish`)).status).toBe(200);
    expect((await reader(`/es-pe/${article.slug}`)).status).toBe(200);
    expect(
      (await editor.json<Article>('DELETE', `/articles/${article.id}`)).body.deletedAt,
    ).not.toBeNull();
    expect((await reader(`/es-pe/${article.slug}`)).status).toBe(410);
    const trash = await editor.json<{ total: number }>(
      'GET',
      `/sites/${site.id}/articles?status=trash`,
    );
    expect(trash.body.total).toBe(1);
    expect(
      (await editor.json<Article>('POST', `/articles/${article.id}/restore`)).body.deletedAt,
    ).toBeNull();
    expect((await reader(`/es-pe/${article.slug}`)).status).toBe(200);
    expect(
      (await editor.json<Article>('POST', `/articles/${article.id}/unpublish`)).body.status,
    ).toBe('unpublished');
    expect((await reader(`/es-pe/${article.slug}`)).status).toBe(410);
    expect((await editor.json('POST', `/articles/${article.id}/unpublish`)).status).toBe(422);
  });

  it('schedules only in the future, and the scheduler publishes the article once its time comes', async () => {
    const article = await create(editor);
    const past = await editor.json('POST', `/articles/${article.id}/schedule`, {
      at: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(422);
    expect(past.body).toMatchObject({
      error: { issues: [{ path: 'at', code: 'issue.notInFuture' }] },
    });
    expect(
      (await editor.json('POST', `/articles/${article.id}/schedule`, { at: 'tomorrow' })).status,
    ).toBe(422);
    const at = new Date(t.clock.now().getTime() + 60_000).toISOString();
    const scheduled = await editor.json<Article>('POST', `/articles/${article.id}/schedule`, {
      at,
    });
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledAt: at });
    t.clock.advance(61_000);
    await t.ctx.scheduler.tick();
    t.ctx.scheduler.stop();
    expect((await editor.json<Article>('GET', `/articles/${article.id}`)).body).toMatchObject({
      status: 'published',
      publishedAt: at,
    });
  });

  it('hides another edition’s articles and answers 404 for unknown ones', async () => {
    const other = await makeSite(t.ctx);
    const outsider = await signedInAs(t.ctx, app, 'outsider@example.org', [
      { siteId: other.id, role: 'editor' },
    ]);
    const article = await create(editor);
    expect((await outsider.json('GET', `/articles/${article.id}`)).status).toBe(404);
    expect(
      (
        await outsider.json('PUT', `/articles/${article.id}`, {
          expectedRevision: 1,
          headline: 'x',
        })
      ).status,
    ).toBe(404);
    expect((await outsider.json('GET', `/sites/${site.id}/articles`)).status).toBe(403);
    expect(
      (await outsider.json('POST', `/sites/${site.id}/articles`, { headline: 'x' })).status,
    ).toBe(403);
    expect(
      (await editor.json('GET', '/articles/01900000-0000-7000-8000-000000000000')).status,
    ).toBe(404);
  });
});
