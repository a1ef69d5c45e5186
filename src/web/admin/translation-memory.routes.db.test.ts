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
import { publishTranslation } from '../../../tests/helpers/translation-pairs.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('Admin API: translation suggestions and the glossary check', (dialect) => {
  let t: TestContext;
  let api: AdminClient;
  let lima: Site;
  let newYork: Site;
  let translator: Credentials;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    api = adminClient(t.ctx);
    lima = await makeSite(t.ctx, {
      name: 'Diario de Lima',
      language: 'es-PE',
      timezone: 'America/Lima',
    });
    newYork = await makeSite(t.ctx, { name: 'The New York Left', language: 'en-US' });
    translator = (await makeStaff(t.ctx, { roles: [[newYork, 'translator']] })).as;
    unwrap(
      await t.ctx.glossary.create(
        {
          sourceLanguage: 'es',
          targetLanguage: 'en',
          sourceTerm: 'huelga',
          targetTerm: 'strike',
          note: 'Never “walkout”.',
        },
        { userId: null },
      ),
    );
    unwrap(
      await t.ctx.glossary.create(
        {
          sourceLanguage: 'es',
          targetLanguage: 'en',
          sourceTerm: 'Callao',
          doNotTranslate: true,
          caseSensitive: true,
        },
        { userId: null },
      ),
    );
  });
  afterEach(() => t.destroy());

  it('suggests the memory’s matches and the glossary terms for each segment', async () => {
    const { translation } = await publishTranslation(t.ctx, lima, newYork, {
      headline: ['Los portuarios votan la huelga', 'Dockworkers vote to strike'],
      paragraphs: [
        [
          'La asamblea del <strong>Callao</strong> votó la huelga por tiempo indeterminado.',
          'The <strong>Callao</strong> assembly voted for an indefinite strike.',
        ],
      ],
    });

    const answer = await api.post('/translation-suggestions', translator, {
      sourceLanguage: 'es-AR',
      targetLanguage: 'en-US',
      segments: [
        { id: 'b1', text: 'La asamblea del Callao votó la huelga por tiempo indeterminado.' },
        { id: 'b2', text: 'La asamblea del Callao votó las huelgas por tiempo limitado.' },
        { id: 'b3', text: 'Llueve en Lima.' },
      ],
    });

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      sourceLanguage: 'es-AR',
      targetLanguage: 'en-US',
      threshold: 70,
    });
    const [exact, fuzzy, none] = answer.body.segments;
    expect(exact.id).toBe('b1');
    expect(exact.matches).toEqual([
      expect.objectContaining({
        kind: 'exact',
        score: 100,
        targetHtml: 'The <strong>Callao</strong> assembly voted for an indefinite strike.',
        targetText: 'The Callao assembly voted for an indefinite strike.',
        translation: expect.objectContaining({
          articleId: translation.id,
          headline: 'Dockworkers vote to strike',
          siteName: 'The New York Left',
          publishedAt: translation.publishedAt,
        }),
      }),
    ]);
    expect(
      exact.terms.map((term: { sourceTerm: string; targetTerm: string }) => [
        term.sourceTerm,
        term.targetTerm,
      ]),
    ).toEqual([
      ['Callao', 'Callao'],
      ['huelga', 'strike'],
    ]);
    expect(fuzzy.matches[0]).toMatchObject({ kind: 'fuzzy' });
    expect(fuzzy.matches[0].score).toBeGreaterThanOrEqual(70);
    expect(fuzzy.matches[0].score).toBeLessThan(100);
    expect(fuzzy.terms.map((term: { termId: string; note: string }) => term.note)).toContain(
      'Never “walkout”.',
    );
    expect(none).toEqual({ id: 'b3', matches: [], terms: [] });

    // A higher threshold leaves the fuzzy match out.
    const strict = await api.post('/translation-suggestions', translator, {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      threshold: 95,
      segments: [
        { id: 'b2', text: 'La asamblea del Callao votó las huelgas por tiempo limitado.' },
      ],
    });
    expect(strict.body.segments[0].matches).toEqual([]);
  });

  it('warns about terms translated differently, per pair', async () => {
    const answer = await api.post('/glossary-check', translator, {
      sourceLanguage: 'es-PE',
      targetLanguage: 'en-US',
      pairs: [
        { id: 'ok', source: 'Las huelgas del Callao', target: 'The strikes in Callao' },
        { id: 'walkout', source: 'La huelga sigue', target: 'The walkout goes on' },
        { id: 'renamed', source: 'El puerto del Callao', target: 'The port of Kallao' },
      ],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.segments).toEqual([
      { id: 'ok', warnings: [] },
      {
        id: 'walkout',
        warnings: [
          expect.objectContaining({
            sourceTerm: 'huelga',
            targetTerm: 'strike',
            problem: 'translated-differently',
          }),
        ],
      },
      {
        id: 'renamed',
        warnings: [expect.objectContaining({ sourceTerm: 'Callao', problem: 'not-kept' })],
      },
    ]);
  });

  it('refuses bad input with the field that is wrong', async () => {
    const ask = (body: unknown) => api.post('/translation-suggestions', translator, body);
    const segment = { id: 's', text: 'La huelga sigue.' };

    const unknownLanguage = await ask({
      sourceLanguage: 'klingon',
      targetLanguage: 'xx-YY',
      segments: [segment],
    });
    expect(unknownLanguage.status).toBe(422);
    expect(issuesOf(unknownLanguage)).toEqual({
      sourceLanguage: 'issue.languageTag',
      targetLanguage: 'issue.languageTag',
    });
    const sameLanguage = await ask({
      sourceLanguage: 'es-AR',
      targetLanguage: 'es',
      segments: [segment],
    });
    expect(issuesOf(sameLanguage)).toEqual({ targetLanguage: 'issue.sameLanguage' });
    const empty = await ask({ sourceLanguage: 'es', targetLanguage: 'en', segments: [] });
    expect(issuesOf(empty)).toEqual({ segments: 'issue.tooFew' });
    const tooMany = await ask({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      segments: Array.from({ length: 1000 }, (_, index) => ({ id: `s${index}`, text: 'Hola.' })),
    });
    expect(tooMany.status).toBe(422);
    expect(issuesOf(tooMany)).toEqual({ segments: 'issue.tooMany' });
    const tooLong = await ask({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      segments: [{ id: 's', text: 'palabra '.repeat(12_500) }],
    });
    expect(tooLong.status).toBe(422);
    expect(issuesOf(tooLong)).toEqual({ 'segments.0.text': 'issue.tooLong' });
    const badThreshold = await ask({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      threshold: 0,
      segments: [segment],
    });
    expect(issuesOf(badThreshold)).toEqual({ threshold: 'issue.tooSmall' });
    const noId = await ask({
      sourceLanguage: 'es',
      targetLanguage: 'en',
      segments: [{ text: 'Hola' }],
    });
    expect(issuesOf(noId)).toEqual({ 'segments.0.id': 'issue.required' });
    // A body past the Admin API's JSON limit is refused before it is read.
    const huge = await api.call('POST', '/translation-suggestions', {
      as: translator,
      json: JSON.stringify({
        sourceLanguage: 'es',
        targetLanguage: 'en',
        segments: [{ id: 's', text: 'x'.repeat(3_000_000) }],
      }),
    });
    expect(huge.status).toBe(413);

    const check = await api.post('/glossary-check', translator, {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      pairs: [{ id: 'p', source: 'Hola' }],
    });
    expect(issuesOf(check)).toEqual({ 'pairs.0.target': 'issue.required' });
  });

  it('is for the newsroom only', async () => {
    const body = {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      segments: [{ id: 's', text: 'Hola' }],
    };
    const outsider = await makeStaff(t.ctx);
    expect((await api.post('/translation-suggestions', outsider.as, body)).status).toBe(403);
    expect((await api.post('/translation-suggestions', null, body)).status).toBe(401);
    const pairs = {
      sourceLanguage: 'es',
      targetLanguage: 'en',
      pairs: [{ id: 'p', source: 'a', target: 'b' }],
    };
    expect((await api.post('/glossary-check', outsider.as, pairs)).status).toBe(403);
  });
});
