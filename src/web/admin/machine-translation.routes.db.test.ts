import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AdminClient,
  adminClient,
  issuesOf,
  makeStaff,
} from '../../../tests/helpers/admin-client.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../../tests/helpers/factories.ts';
import {
  loadExchange,
  type ReplayServer,
  startReplayServer,
} from '../../../tests/helpers/replay-server.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

const HTML =
  'La <strong>huelga</strong> sigue en <a href="https://example.org/callao">el Callao</a>.';

describeEachDialect('Admin API: machine translation', (dialect) => {
  describe('when no service is configured', () => {
    let t: TestContext;
    beforeEach(async () => {
      t = await createTestContext(dialect);
    });
    afterEach(() => t.destroy());

    it('says it is off, and answers 503 to every request for a translation', async () => {
      const api = adminClient(t.ctx);
      const site = await makeSite(t.ctx);
      const editor = await makeStaff(t.ctx, { roles: [[site, 'editor']] });
      expect((await api.get('/machine-translation', editor.as)).body).toEqual({ enabled: false });
      const segments = await api.post('/machine-translation', editor.as, {
        from: 'es',
        to: 'en',
        segments: [{ id: 'a', text: 'Hola' }],
      });
      expect(segments.status).toBe(503);
      expect(segments.body.error.code).toBe('machine-translation-off');
      const article = await makeArticle(t.ctx, site);
      const draft = await api.post('/translate-draft', editor.as, {
        sourceArticleId: article.id,
        targetLanguage: 'es',
      });
      expect(draft.status).toBe(503);
    });
  });

  describe('with LibreTranslate', () => {
    let t: TestContext;
    let server: ReplayServer;
    let api: AdminClient;
    let site: Site;
    beforeEach(async () => {
      server = await startReplayServer();
      t = await createTestContext(dialect, {
        machineTranslation: { provider: 'libretranslate', url: server.url, apiKey: 'lt-test-key' },
      });
      api = adminClient(t.ctx);
      site = await makeSite(t.ctx, { language: 'en-GB', timezone: 'Europe/London' });
    });
    afterEach(async () => {
      await t.destroy();
      await server.close();
    });

    it('says which service translates into which languages', async () => {
      const translator = await makeStaff(t.ctx, { roles: [[site, 'translator']] });
      server.play(loadExchange('libretranslate', 'languages'));
      const status = await api.get('/machine-translation', translator.as);
      expect(server.mismatches).toEqual([]);
      expect(status.body).toMatchObject({ enabled: true, provider: 'libretranslate' });
      expect(status.body.languages).toContainEqual({ code: 'es', name: 'Spanish' });
    });

    it('translates segments keeping their inline HTML, marked as machine-made', async () => {
      const translator = await makeStaff(t.ctx, { roles: [[site, 'translator']] });
      server.play(loadExchange('libretranslate', 'translate-html'));
      const answer = await api.post('/machine-translation', translator.as, {
        from: 'es',
        to: 'en-GB',
        segments: [{ id: 'b1', text: HTML }],
      });
      expect(server.mismatches).toEqual([]);
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        machine: true,
        provider: 'libretranslate',
        from: 'es',
        to: 'en-GB',
        segments: [
          {
            id: 'b1',
            machine: true,
            text: 'The <strong>strike</strong> goes on in <a href="https://example.org/callao">Callao</a>.',
          },
        ],
      });
    });

    it('turns the service’s failures into 502 problems that say why', async () => {
      const translator = await makeStaff(t.ctx, { roles: [[site, 'translator']] });
      const body = {
        from: 'es-AR',
        to: 'en-US',
        segments: [
          { id: 'a', text: 'La huelga sigue.' },
          { id: 'b', text: 'Los portuarios votaron.' },
        ],
      };
      for (const [scenario, reason] of [
        ['bad-key', 'unauthorized'],
        ['quota', 'quota'],
        ['server-error', 'unavailable'],
        ['malformed', 'malformed'],
      ] as const) {
        server.play(loadExchange('libretranslate', scenario));
        const answer = await api.post('/machine-translation', translator.as, body);
        expect(answer.status, scenario).toBe(502);
        expect(answer.body.error, scenario).toMatchObject({
          code: 'machine-translation-failed',
          provider: 'libretranslate',
          reason,
        });
        expect(answer.body.error.detail, scenario).toContain('LibreTranslate');
      }
      expect(server.mismatches).toEqual([]);
    });

    it('refuses bad input and more text than one request may send', async () => {
      const translator = await makeStaff(t.ctx, { roles: [[site, 'translator']] });
      const wrong = await api.post('/machine-translation', translator.as, {
        from: 'klingon',
        to: 'en',
        segments: [],
      });
      expect(issuesOf(wrong)).toEqual({ from: 'issue.languageTag', segments: 'issue.tooFew' });
      const same = await api.post('/machine-translation', translator.as, {
        from: 'pt-BR',
        to: 'pt-PT',
        segments: [{ id: 'a', text: 'Olá' }],
      });
      expect(issuesOf(same)).toEqual({ to: 'issue.sameLanguage' });
      const tooMuch = await api.post('/machine-translation', translator.as, {
        from: 'es',
        to: 'en',
        segments: Array.from({ length: 15 }, (_, index) => ({
          id: `s${index}`,
          text: 'x'.repeat(15_000),
        })),
      });
      expect(tooMuch.status).toBe(413);
      expect(tooMuch.body.error).toMatchObject({ code: 'too-much-text', max: 200_000 });
      expect(server.received).toEqual([]);
    });
  });

  describe('with DeepL, drafts of whole articles', () => {
    let t: TestContext;
    let server: ReplayServer;
    let api: AdminClient;
    let lima: Site;
    let london: Site;
    beforeEach(async () => {
      server = await startReplayServer();
      t = await createTestContext(dialect, {
        machineTranslation: { provider: 'deepl', url: server.url, apiKey: 'dl-test-key' },
      });
      api = adminClient(t.ctx);
      lima = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
      london = await makeSite(t.ctx, { language: 'en-GB', timezone: 'Europe/London' });
      // A stand-in for DeepL that marks each text, and answers one with markup to be cleaned.
      server.answerWith((request) => {
        const { text } = JSON.parse(request.body) as { text: string[] };
        return {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            translations: text.map((one) => ({
              detected_source_language: 'ES',
              text: one === 'Foto' ? '<img src=x onerror="alert(1)">Photo' : `EN ${one}`,
            })),
          }),
        };
      });
    });
    afterEach(async () => {
      await t.destroy();
      await server.close();
    });

    it('translates every text of the source into a draft with sourceBlockIds, writing no article', async () => {
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
        .png()
        .toBuffer();
      const photo = unwrap(await t.ctx.media.importImage(png, { originalName: 'muelle.png' }));
      const source = await makeArticle(t.ctx, lima, {
        kicker: 'Perú',
        headline: 'Huelga & paro',
        dek: 'El puerto para.',
        body: [
          { id: 'p1', type: 'paragraph', html: HTML },
          { id: 'q1', type: 'quote', html: 'No vamos a retroceder', cite: 'Rosa Quispe' },
          { id: 'l1', type: 'list', items: ['Salario', 'Jornada'] },
          { id: 'i1', type: 'image', mediaId: photo.id, caption: 'Foto', alt: 'La asamblea' },
          { id: 'd1', type: 'divider' },
        ],
      });
      unwrap(await t.ctx.articles.publishArticle(source.id, { userId: null }));
      const translator = await makeStaff(t.ctx, { roles: [[london, 'translator']] });
      const articlesBefore = await t.ctx.db.selectFrom('articles').select('id').execute();

      const answer = await api.post('/translate-draft', translator.as, {
        sourceArticleId: source.id,
        targetLanguage: 'en-GB',
      });

      expect(answer.status).toBe(200);
      const draft = answer.body;
      expect(draft).toMatchObject({
        machine: true,
        provider: 'deepl',
        sourceArticleId: source.id,
        sourceRevision: 1,
        language: 'en-GB',
        kicker: 'EN Perú',
        headline: 'EN Huelga & paro',
        dek: 'EN El puerto para.',
      });
      expect(draft.body.map((block: { sourceBlockId: string }) => block.sourceBlockId)).toEqual([
        'p1',
        'q1',
        'l1',
        'i1',
        'd1',
      ]);
      expect(
        draft.body.every(
          (block: { id: string }) => !['p1', 'q1', 'l1', 'i1', 'd1'].includes(block.id),
        ),
      ).toBe(true);
      expect(draft.body[0].html).toBe(`EN ${HTML}`);
      expect(draft.body[1]).toMatchObject({
        html: 'EN No vamos a retroceder',
        cite: 'Rosa Quispe',
      });
      expect(draft.body[2].items).toEqual(['EN Salario', 'EN Jornada']);
      // What the service answers is sanitised like any block text.
      expect(draft.body[3]).toMatchObject({
        caption: 'Photo',
        alt: 'EN La asamblea',
        mediaId: photo.id,
      });

      // One request, with the plain fields escaped and the key in the header.
      expect(server.received).toHaveLength(1);
      const sent = JSON.parse(server.received[0]?.body ?? '');
      expect(sent).toMatchObject({ source_lang: 'ES', target_lang: 'EN-GB', tag_handling: 'html' });
      expect(sent.text).toEqual([
        'Perú',
        'Huelga &amp; paro',
        'El puerto para.',
        HTML,
        'No vamos a retroceder',
        'Salario',
        'Jornada',
        'Foto',
        'La asamblea',
      ]);
      expect(server.received[0]?.headers.authorization).toBe('DeepL-Auth-Key dl-test-key');
      expect(await t.ctx.db.selectFrom('articles').select('id').execute()).toHaveLength(
        articlesBefore.length,
      );
    });

    it('drafts from an earlier revision when asked, and hides what the caller may not read', async () => {
      const source = await makeArticle(t.ctx, lima, {
        headline: 'Primera versión',
        body: [{ id: 'p1', type: 'paragraph', html: 'Texto' }],
      });
      const translator = await makeStaff(t.ctx, { roles: [[london, 'translator']] });
      // A draft of another edition is not the translator's to see.
      const hidden = await api.post('/translate-draft', translator.as, {
        sourceArticleId: source.id,
        targetLanguage: 'en',
      });
      expect(hidden.status).toBe(404);

      unwrap(
        await t.ctx.articles.updateArticle(source.id, { headline: 'Segunda versión' }, 1, {
          userId: null,
        }),
      );
      unwrap(await t.ctx.articles.publishArticle(source.id, { userId: null }));
      const first = await api.post('/translate-draft', translator.as, {
        sourceArticleId: source.id,
        targetLanguage: 'en',
        sourceRevision: 1,
      });
      expect(first.body).toMatchObject({ headline: 'EN Primera versión', sourceRevision: 1 });
      const missing = await api.post('/translate-draft', translator.as, {
        sourceArticleId: source.id,
        targetLanguage: 'en',
        sourceRevision: 9,
      });
      expect(missing.status).toBe(404);
      const nowhere = await api.post('/translate-draft', translator.as, {
        sourceArticleId: 'no-such-article',
        targetLanguage: 'en',
      });
      expect(nowhere.status).toBe(404);
    });
  });
});
