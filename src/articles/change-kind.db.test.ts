import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  type Credentials,
  issuesOf,
  makeStaff,
} from '../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../tests/helpers/factories.ts';
import { unwrap } from '../core/result.ts';
import type { Site } from '../sites/site.ts';
import type { Article } from './article.ts';
import type { ChangeKind } from './change-kind.ts';

describeEachDialect('kinds of change to a published article', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let site: Site;
  let editor: Credentials;
  let article: Article;
  const seen: { changeKind: ChangeKind; revision: number }[] = [];
  const corrected: (string | null)[] = [];

  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    site = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    editor = (await makeStaff(t.ctx, { roles: [[site, 'editor']] })).as;
    seen.length = 0;
    corrected.length = 0;
    // What the translation desk does: listen to saves and read their kind.
    t.ctx.events.on('article.updated', ({ article, changeKind }) => {
      seen.push({ changeKind, revision: article.revision });
    });
    t.ctx.events.on('article.corrected', ({ correction }) => {
      corrected.push(correction?.note ?? null);
    });
    article = await makeArticle(t.ctx, site, {
      headline: 'Paro en el puerto',
      body: [{ type: 'paragraph', html: 'Unos 1200 estibadores paran.' }],
    });
    article = unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
  });
  afterEach(() => t.destroy());

  const save = (fields: Record<string, unknown>, revision = article.revision) =>
    api.put(`/articles/${article.id}`, editor, { expectedRevision: revision, ...fields });

  it('stores each kind on its revision and tells subscribers, a typo as a typo', async () => {
    const typo = await save({ headline: 'Paro en el puerto del Callao', changeKind: 'typo' });
    expect(typo.status, JSON.stringify(typo.body)).toBe(200);
    const edit = await save({ dek: 'Los estibadores paran.' }, 2);
    expect(edit.status).toBe(200);
    const correction = await save(
      {
        body: [
          { id: article.body[0]?.id, type: 'paragraph', html: 'Unos 1400 estibadores paran.' },
        ],
        changeKind: 'correction',
        correctionNote: '  Decíamos 1200 estibadores; son 1400.  ',
      },
      3,
    );
    expect(correction.status).toBe(200);

    expect(seen).toEqual([
      { changeKind: 'typo', revision: 2 },
      { changeKind: 'edit', revision: 3 },
      { changeKind: 'correction', revision: 4 },
    ]);
    expect(corrected).toEqual(['Decíamos 1200 estibadores; son 1400.']);
    const revisions = await api.get(`/articles/${article.id}/revisions`, editor);
    expect(revisions.body.map((r: { changeKind: string }) => r.changeKind)).toEqual([
      'correction',
      'edit',
      'typo',
      'edit',
    ]);
    const notes = await t.ctx.articles.corrections.forArticles([article.id]);
    expect(notes).toEqual([
      expect.objectContaining({
        articleId: article.id,
        revision: 4,
        language: 'es-PE',
        note: 'Decíamos 1200 estibadores; son 1400.',
        createdAt: '2026-03-10T12:00:00.000Z',
      }),
    ]);
  });

  it('keeps every correction note of an article, in order', async () => {
    await save({ changeKind: 'correction', correctionNote: 'Primera corrección.' });
    t.clock.set(new Date('2026-03-12T09:00:00.000Z'));
    await save({ changeKind: 'correction', correctionNote: 'Segunda corrección.' }, 2);
    await save({ changeKind: 'correction' }, 3); // a correction without a note for readers
    const notes = await t.ctx.articles.corrections.forArticles([article.id]);
    expect(notes.map((n) => [n.note, n.createdAt])).toEqual([
      ['Primera corrección.', '2026-03-10T12:00:00.000Z'],
      ['Segunda corrección.', '2026-03-12T09:00:00.000Z'],
    ]);
    expect(corrected).toEqual(['Primera corrección.', 'Segunda corrección.', null]);
  });

  it('says an ordinary edit when the save does not say, and for drafts', async () => {
    await save({ dek: 'Sin decir qué cambio es.' });
    const draft = await makeArticle(t.ctx, site);
    await api.put(`/articles/${draft.id}`, editor, { expectedRevision: 1, dek: 'Borrador.' });
    expect(seen.map((s) => s.changeKind)).toEqual(['edit', 'edit']);
  });

  it('refuses a typo or correction on a draft, a note without a correction, and unknown kinds', async () => {
    const draft = await makeArticle(t.ctx, site);
    const onDraft = await api.put(`/articles/${draft.id}`, editor, {
      expectedRevision: 1,
      changeKind: 'correction',
    });
    expect(onDraft.status).toBe(422);
    expect(issuesOf(onDraft)).toEqual({ changeKind: 'issue.onlyWhenPublished' });

    const stray = await save({ changeKind: 'typo', correctionNote: 'Nada que corregir.' });
    expect(stray.status).toBe(422);
    expect(issuesOf(stray)).toEqual({ correctionNote: 'issue.onlyWithCorrection' });

    const unknown = await save({ changeKind: 'rewrite' });
    expect(issuesOf(unknown)).toEqual({ changeKind: 'issue.notAllowed' });
    const long = await save({ changeKind: 'correction', correctionNote: 'x'.repeat(2001) });
    expect(issuesOf(long)).toEqual({ correctionNote: 'issue.tooLong' });

    // In the caller's language.
    const editora = unwrap(
      await t.ctx.users.createUser(
        { email: 'editora@tribune.test', name: 'Editora', password: null, locale: 'es' },
        [{ siteId: site.id, role: 'editor' }],
      ),
    );
    const { token } = unwrap(await t.ctx.apiTokens.create(editora.id, 'tests'));
    const spanish = await api.put(
      `/articles/${draft.id}`,
      { bearer: token },
      {
        expectedRevision: 1,
        changeKind: 'typo',
      },
    );
    expect(spanish.body.error.issues[0].message).toBe('solo se indica en un artículo publicado');

    expect(seen).toEqual([]);
    expect((await t.ctx.articles.repository.findById(article.id))?.revision).toBe(1);
    expect(await t.ctx.articles.corrections.forArticles([article.id])).toEqual([]);
  });
});
