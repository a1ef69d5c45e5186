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
import { makeSection, makeSite } from '../../../tests/helpers/factories.ts';
import type { Article } from '../../articles/article.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('changes of an original offered to its copies', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let lima: Site;
  let buenosAires: Site;
  let editoraLima: Credentials;
  let editorBa: Credentials;
  let original: Article;
  let copy: Article;
  let updatedKinds: string[];

  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    lima = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    buenosAires = await makeSite(t.ctx, {
      language: 'es-AR',
      timezone: 'America/Argentina/Buenos_Aires',
    });
    editoraLima = (await makeStaff(t.ctx, { roles: [[lima, 'editor']] })).as;
    editorBa = (await makeStaff(t.ctx, { roles: [[buenosAires, 'editor']] })).as;
    const created = await api.post(`/sites/${lima.id}/articles`, editoraLima, {
      headline: 'Paro en el puerto',
      dek: 'Los estibadores paran.',
      body: [
        { type: 'paragraph', html: 'Unos 1200 estibadores paran desde el lunes.' },
        { type: 'paragraph', html: 'Piden volver a los turnos de ocho horas.' },
      ],
    });
    original = (await api.post(`/articles/${created.body.id}/publish`, editoraLima)).body;
    const section = await makeSection(t.ctx, buenosAires, 'Internacional');
    copy = (
      await api.post(`/articles/${original.id}/republish`, editorBa, {
        siteId: buenosAires.id,
        publish: true,
        sectionId: section.id,
      })
    ).body;
    updatedKinds = [];
    t.ctx.events.on('article.updated', ({ article, changeKind }) => {
      if (article.id === copy.id) updatedKinds.push(changeKind);
    });
  });
  afterEach(() => t.destroy());

  /** The original's editors save a change of the given kind. */
  const changeOriginal = async (fields: Record<string, unknown>, changeKind = 'edit') => {
    const current = (await api.get(`/articles/${original.id}`, editoraLima)).body as Article;
    const saved = await api.put(`/articles/${original.id}`, editoraLima, {
      expectedRevision: current.revision,
      changeKind,
      ...fields,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    return saved.body as Article;
  };
  const correctedBody = () => [
    {
      id: original.body[0]?.id,
      type: 'paragraph',
      html: 'Unos 1400 estibadores paran desde el lunes.',
    },
    original.body[1],
  ];
  const standing = async () => (await api.get(`/articles/${copy.id}/source-update`, editorBa)).body;
  const waiting = async () =>
    (await api.get(`/sites/${buenosAires.id}/source-updates`, editorBa)).body as {
      articleId: string;
    }[];

  it('offers nothing before the original changes, nor for a change of its own edition’s fields', async () => {
    expect(await standing()).toMatchObject({
      state: 'up-to-date',
      pinnedRevision: 1,
      currentRevision: 1,
      revisions: [],
    });
    expect(await waiting()).toEqual([]);
    const section = await makeSection(t.ctx, lima, 'Trabajadores');
    await changeOriginal({ sectionId: section.id, kicker: 'Callao' });
    expect((await standing()).state).toBe('up-to-date');
    expect(await waiting()).toEqual([]);
    const apply = await api.post(`/articles/${copy.id}/apply-source-update`, editorBa, {
      expectedRevision: copy.revision,
    });
    expect(issuesOf(apply)).toEqual({ sourceRevision: 'issue.upToDate' });
  });

  it('offers a correction with its note and the diff, and applies it as a new revision of the copy', async () => {
    await changeOriginal(
      { body: correctedBody(), correctionNote: 'Decíamos 1200 estibadores; son 1400.' },
      'correction',
    );
    const update = await standing();
    expect(update).toMatchObject({
      articleId: copy.id,
      source: { id: original.id, siteId: lima.id },
      state: 'available',
      pinnedRevision: 1,
      currentRevision: 2,
      changeKind: 'correction',
      minor: false,
      revisions: [{ number: 2, changeKind: 'correction' }],
      corrections: [{ note: 'Decíamos 1200 estibadores; son 1400.', language: 'es-PE' }],
      overwritesLocalEdits: false,
      diff: { fields: [] },
    });
    expect(update.diff.blocks.map((b: { kind: string; id: string }) => [b.kind, b.id])).toEqual([
      ['changed', original.body[0]?.id],
      ['same', original.body[1]?.id],
    ]);
    expect(await waiting()).toEqual([expect.objectContaining({ articleId: copy.id })]);

    const applied = await api.post(`/articles/${copy.id}/apply-source-update`, editorBa, {
      expectedRevision: copy.revision,
    });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const after = applied.body as Article;
    expect(after.revision).toBe(copy.revision + 1);
    expect(after.body.map((b) => b.id)).toEqual(copy.body.map((b) => b.id));
    expect(after.body[0]).toMatchObject({
      html: 'Unos 1400 estibadores paran desde el lunes.',
      sourceBlockId: original.body[0]?.id,
    });
    expect(after.sectionId).toBe(copy.sectionId);
    expect(after.origin).toEqual({
      type: 'republication',
      source: { kind: 'article', articleId: original.id, sourceRevision: 2 },
    });
    // The copy's own translations are told it was a correction.
    expect(updatedKinds).toEqual(['correction']);
    expect((await standing()).state).toBe('up-to-date');
    expect(await waiting()).toEqual([]);
  });

  it('offers an ordinary edit of the text, and a typo fix flagged as minor', async () => {
    await changeOriginal({ dek: 'Los estibadores paran por los turnos.' });
    expect(await standing()).toMatchObject({
      state: 'available',
      changeKind: 'edit',
      minor: false,
    });
    expect((await standing()).diff.fields.map((f: { field: string }) => f.field)).toEqual(['dek']);

    const other = await makeSite(t.ctx, { language: 'es-CL', timezone: 'America/Santiago' });
    const editorCl = (await makeStaff(t.ctx, { roles: [[other, 'editor']] })).as;
    const second = (
      await api.post(`/articles/${original.id}/republish`, editorCl, {
        siteId: other.id,
        publish: true,
      })
    ).body as Article;
    await changeOriginal({ headline: 'Paro en el puerto del Callao' }, 'typo');
    const minor = (await api.get(`/articles/${second.id}/source-update`, editorCl)).body;
    expect(minor).toMatchObject({ state: 'available', changeKind: 'typo', minor: true });
    const applied = await api.post(`/articles/${second.id}/apply-source-update`, editorCl, {
      expectedRevision: second.revision,
    });
    expect(applied.body.headline).toBe('Paro en el puerto del Callao');
    const revisions = await api.get(`/articles/${second.id}/revisions`, editorCl);
    expect(revisions.body[0].changeKind).toBe('typo');
  });

  it('dismisses what was offered until the original changes again', async () => {
    await changeOriginal({ body: correctedBody() }, 'correction');
    const wrong = await api.post(`/articles/${copy.id}/dismiss-source-update`, editorBa, {
      sourceRevision: 7,
    });
    expect(issuesOf(wrong)).toEqual({ sourceRevision: 'issue.notRevision' });
    const dismissed = await api.post(`/articles/${copy.id}/dismiss-source-update`, editorBa, {
      sourceRevision: 2,
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ state: 'dismissed', dismissedRevision: 2 });
    expect(await waiting()).toEqual([]);
    expect((await api.get(`/articles/${copy.id}`, editorBa)).body.body).toEqual(copy.body);

    await changeOriginal({ dek: 'Los estibadores siguen en paro.' });
    expect(await standing()).toMatchObject({
      state: 'available',
      pinnedRevision: 1,
      currentRevision: 3,
      dismissedRevision: 2,
      revisions: [{ number: 2 }, { number: 3 }],
    });
    expect(await waiting()).toHaveLength(1);
  });

  it('warns that applying undoes the copy’s own edits of the text, and keeps its own fields', async () => {
    const own = await api.put(`/articles/${copy.id}`, editorBa, {
      expectedRevision: copy.revision,
      kicker: 'Desde Lima',
      dek: 'Los estibadores del Callao paran.',
    });
    expect(own.status).toBe(200);
    await changeOriginal({ body: correctedBody() });
    const update = await standing();
    expect(update.overwritesLocalEdits).toBe(true);
    expect(update.diff.fields.map((f: { field: string }) => f.field)).toEqual(['dek']);
    const applied = await api.post(`/articles/${copy.id}/apply-source-update`, editorBa, {
      expectedRevision: own.body.revision,
    });
    expect(applied.body).toMatchObject({ kicker: 'Desde Lima', dek: original.dek });
  });

  it('refuses an apply that started from an old revision of the copy, and strangers', async () => {
    await changeOriginal({ body: correctedBody() });
    const stale = await api.post(`/articles/${copy.id}/apply-source-update`, editorBa, {
      expectedRevision: copy.revision + 5,
    });
    expect(stale.status).toBe(409);
    const stranger = await api.post(`/articles/${copy.id}/apply-source-update`, editoraLima, {
      expectedRevision: copy.revision,
    });
    expect(stranger.status).toBe(404);
    const notCopy = await api.get(`/articles/${original.id}/source-update`, editoraLima);
    expect(notCopy.status).toBe(404);
  });
});
