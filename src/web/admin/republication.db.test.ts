import sharp from 'sharp';
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
import { makeContributor, makeSection, makeSite } from '../../../tests/helpers/factories.ts';
import type { Article } from '../../articles/article.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('republishing a sister edition’s article', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let lima: Site;
  let buenosAires: Site;
  let mexico: Site;
  let newYork: Site;
  let editoraLima: Credentials;
  let editorBa: Credentials;
  let colaboradora: Credentials;
  let source: Article;

  const page = async (path: string) => {
    const response = await api.app.request(path, { headers: { host: 'tribune.test' } });
    expect(response.status, path).toBe(200);
    return response.text();
  };

  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    lima = await makeSite(t.ctx, {
      slug: 'es-pe',
      name: 'Meridiano Perú',
      language: 'es-PE',
      timezone: 'America/Lima',
      basePath: '/es-pe',
    });
    buenosAires = await makeSite(t.ctx, {
      slug: 'es-ar',
      name: 'Meridiano',
      language: 'es-AR',
      timezone: 'America/Argentina/Buenos_Aires',
      basePath: '/es-ar',
    });
    mexico = await makeSite(t.ctx, {
      slug: 'es-mx',
      name: 'Meridiano México',
      language: 'es-MX',
      timezone: 'America/Mexico_City',
      basePath: '/es-mx',
      settings: { republicationPolicy: 'noindex' },
    });
    newYork = await makeSite(t.ctx, { slug: 'en', name: 'Meridian', basePath: '/en' });
    await t.ctx.siteDirectory.reload();
    editoraLima = (await makeStaff(t.ctx, { roles: [[lima, 'editor']] })).as;
    editorBa = (await makeStaff(t.ctx, { roles: [[buenosAires, 'editor']] })).as;
    colaboradora = (await makeStaff(t.ctx, { roles: [[buenosAires, 'contributor']] })).as;

    const author = await makeContributor(t.ctx, { name: 'Rosa Quispe' });
    const photo = unwrap(
      await t.ctx.media.importImage(
        await sharp({ create: { width: 64, height: 48, channels: 3, background: '#246' } })
          .jpeg()
          .toBuffer(),
        { originalName: 'gruas.jpg', credit: 'Estudio Meridiano' },
      ),
    );
    const section = await makeSection(t.ctx, lima, 'Trabajadores');
    const created = await api.post(`/sites/${lima.id}/articles`, editoraLima, {
      slug: 'paro-portuario',
      kicker: 'Callao',
      headline: 'Portuarios del Callao paralizan',
      dek: 'Unos 1400 estibadores están en huelga.',
      sectionId: section.id,
      leadMediaId: photo.id,
      credits: [{ contributorId: author.id, role: 'author' }],
      body: [
        { type: 'paragraph', html: 'Desde el lunes, las grúas están quietas.' },
        { type: 'quote', html: 'No la vamos a devolver.', cite: 'Elena Chumpitaz' },
      ],
    });
    expect(created.status).toBe(201);
    t.clock.set(new Date('2026-03-11T15:00:00.000Z'));
    source = (await api.post(`/articles/${created.body.id}/publish`, editoraLima)).body;
    t.clock.set(new Date('2026-03-12T10:00:00.000Z'));
  });
  afterEach(() => t.destroy());

  const republish = (as: Credentials, body: Record<string, unknown>, id = source.id) =>
    api.post(`/articles/${id}/republish`, as, body);

  it('copies it to an edition in the same language in one call, published, crediting the original', async () => {
    const section = await makeSection(t.ctx, buenosAires, 'Internacional');
    const answer = await republish(editorBa, {
      siteId: buenosAires.id,
      publish: true,
      sectionId: section.id,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    const copy = answer.body as Article;
    expect(copy).toMatchObject({
      siteId: buenosAires.id,
      storyId: source.storyId,
      language: 'es-AR',
      status: 'published',
      publishedAt: '2026-03-12T10:00:00.000Z',
      slug: 'paro-portuario',
      kicker: 'Callao',
      headline: source.headline,
      dek: source.dek,
      leadMediaId: source.leadMediaId,
      sectionId: section.id,
      credits: source.credits,
      origin: {
        type: 'republication',
        source: { kind: 'article', articleId: source.id, sourceRevision: source.revision },
      },
    });
    // The same blocks under new ids, each naming the block it copies.
    expect(copy.body.map((block) => block.sourceBlockId)).toEqual(source.body.map((b) => b.id));
    for (const [index, block] of copy.body.entries()) {
      expect(block.id).not.toBe(source.body[index]?.id);
      expect({ ...block, id: 'x', sourceBlockId: 'x' }).toEqual({
        ...source.body[index],
        id: 'x',
        sourceBlockId: 'x',
      });
    }

    // On the reader site: the credit line in the copy's language, canonical to the original.
    const html = await page('/es-ar/paro-portuario');
    expect(html).toContain('data-origin="republication"');
    expect(html).toContain(
      'Publicado originalmente el 11 de marzo en <a href="/es-pe/paro-portuario">Meridiano Perú</a>.',
    );
    expect(html).toContain(
      '<link rel="canonical" href="http://tribune.test/es-pe/paro-portuario"/>',
    );
    expect(html).not.toContain('noindex');
    expect(html).toContain('<a href="/es-ar/contributor/');
  });

  it('keeps the copy out of search engines where the edition says so', async () => {
    const editorMx = (await makeStaff(t.ctx, { roles: [[mexico, 'editor']] })).as;
    const answer = await republish(editorMx, { siteId: mexico.id, publish: true });
    expect(answer.status).toBe(201);
    const html = await page('/es-mx/paro-portuario');
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(html).toContain(
      '<link rel="canonical" href="http://tribune.test/es-mx/paro-portuario"/>',
    );
    expect(html).toContain('Publicado originalmente el 11 de marzo en');
  });

  it('makes a draft unless asked to publish, and the draft is not on the reader site', async () => {
    const answer = await republish(editorBa, { siteId: buenosAires.id });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'draft', publishedAt: null });
    const response = await api.app.request('/es-ar/paro-portuario', {
      headers: { host: 'tribune.test' },
    });
    expect(response.status).toBe(404);
    const copies = await api.get(`/articles/${source.id}/copies`, editoraLima);
    expect(copies.body).toEqual([
      expect.objectContaining({ siteId: buenosAires.id, status: 'draft', sourceRevision: 1 }),
    ]);
  });

  it('refuses an edition in another language: that is a translation, for the desk', async () => {
    const editorNy = (await makeStaff(t.ctx, { roles: [[newYork, 'editor']] })).as;
    const answer = await republish(editorNy, { siteId: newYork.id, publish: true });
    expect(answer.status).toBe(422);
    expect(issuesOf(answer)).toEqual({ siteId: 'issue.otherLanguage' });
    expect(answer.body.error.issues[0].message).toBe(
      'is in another language (en-US): an article in another language is a translation, requested from the translation desk',
    );
    expect(await t.ctx.republication.copiesOf(source.id)).toEqual([]);
  });

  it('makes one copy per edition: the second request names the first copy', async () => {
    const first = await republish(editorBa, { siteId: buenosAires.id, publish: true });
    const second = await republish(editorBa, { siteId: buenosAires.id, publish: true });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'duplicate',
      message: 'This edition already has a version of this story.',
      existing: { id: first.body.id, siteId: buenosAires.id, slug: 'paro-portuario' },
    });
    // Nor back to the edition the story came from, nor from a copy to its original's edition.
    const back = await republish(editoraLima, { siteId: lima.id }, first.body.id);
    expect(back.status).toBe(409);
    expect(back.body.error.existing.id).toBe(source.id);
    const same = await republish(editoraLima, { siteId: lima.id });
    expect(issuesOf(same)).toEqual({ siteId: 'issue.sameEdition' });
    expect(await t.ctx.republication.copiesOf(source.id)).toHaveLength(1);
  });

  it('takes another slug when the edition has the source’s taken', async () => {
    const taken = await api.post(`/sites/${buenosAires.id}/articles`, editorBa, {
      slug: 'paro-portuario',
      headline: 'Otra nota',
    });
    expect(taken.status).toBe(201);
    const answer = await republish(editorBa, { siteId: buenosAires.id });
    expect(answer.status).toBe(201);
    expect(answer.body.slug).toBe('portuarios-del-callao-paralizan');
  });

  it('lets only who may create on the target edition copy there, and publish only who may publish', async () => {
    const outsider = await republish(editoraLima, { siteId: buenosAires.id });
    expect(outsider.status).toBe(403);
    const publishing = await republish(colaboradora, { siteId: buenosAires.id, publish: true });
    expect(publishing.status).toBe(403);
    expect(await t.ctx.republication.copiesOf(source.id)).toEqual([]);
    const draft = await republish(colaboradora, { siteId: buenosAires.id });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('draft');
  });

  it('copies only published articles, and shows others to nobody who cannot read them', async () => {
    const hidden = await api.post(`/sites/${lima.id}/articles`, editoraLima, {
      headline: 'Borrador de Lima',
    });
    const unseen = await republish(editorBa, { siteId: buenosAires.id }, hidden.body.id);
    expect(unseen.status).toBe(404);
    const both = (
      await makeStaff(t.ctx, {
        roles: [
          [lima, 'editor'],
          [buenosAires, 'editor'],
        ],
      })
    ).as;
    const draft = await republish(both, { siteId: buenosAires.id }, hidden.body.id);
    expect(draft.status).toBe(422);
    expect(issuesOf(draft)).toEqual({ source: 'issue.notPublished' });
    const unknownEdition = await republish(editorBa, { siteId: 'no-such-edition' });
    expect(unknownEdition.status).toBe(403);
  });
});
