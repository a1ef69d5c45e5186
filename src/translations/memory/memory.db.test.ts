import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../../tests/helpers/factories.ts';
import { publishTranslation } from '../../../tests/helpers/translation-pairs.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';

describeEachDialect('translation memory', (dialect) => {
  let t: TestContext;
  let lima: Site;
  let newYork: Site;
  beforeEach(async () => {
    t = await createTestContext(dialect);
    lima = await makeSite(t.ctx, {
      name: 'Diario de Lima',
      language: 'es-PE',
      timezone: 'America/Lima',
    });
    newYork = await makeSite(t.ctx, { name: 'The New York Left', language: 'en-US' });
  });
  afterEach(() => t.destroy());

  const strike = {
    headline: ['Los portuarios votan la huelga', 'Dockworkers vote to strike'],
    paragraphs: [
      [
        'La asamblea del Callao votó la huelga por tiempo indeterminado.',
        'The Callao assembly voted for an indefinite strike.',
      ],
      [
        'Exigen un aumento del 15 % y la jornada de ocho horas.',
        'They demand a 15% raise and the eight-hour day.',
      ],
    ],
  } satisfies Parameters<typeof publishTranslation>[3];

  it('takes the segment pairs of a translation when it is published, aligned by sourceBlockId', async () => {
    const { source, translation } = await publishTranslation(t.ctx, lima, newYork, strike);

    const stored = await t.ctx.translationMemory.repository.ofTranslation(translation.id);
    const byBlock = new Map(stored.map((row) => [row.target_block_id, row]));
    expect([...byBlock.keys()].sort()).toEqual(
      [':headline', ...translation.body.map((b) => b.id)].sort(),
    );
    const first = byBlock.get(translation.body[0]?.id ?? '');
    expect(first).toMatchObject({
      language_pair: 'es>en',
      source_language: 'es-PE',
      target_language: 'en-US',
      source_text: 'La asamblea del Callao votó la huelga por tiempo indeterminado.',
      target_text: 'The Callao assembly voted for an indefinite strike.',
      source_article_id: source.id,
      source_block_id: source.body[0]?.id,
      site_id: newYork.id,
    });
  });

  it('finds an exact match with where it was published, and a fuzzy one with its score', async () => {
    const { translation } = await publishTranslation(t.ctx, lima, newYork, strike);

    const matches = await t.ctx.translationMemory.matches('es-AR', 'en-GB', [
      { id: 'same', text: '«La asamblea del Callao votó la huelga por tiempo indeterminado»' },
      { id: 'close', text: 'La asamblea del Callao votó la huelga por tiempo limitado.' },
      { id: 'unrelated', text: 'El ministro habló de la inflación en la radio.' },
      { id: 'empty', text: '<em> </em>' },
    ]);

    const [exact] = matches.get('same') ?? [];
    expect(exact).toMatchObject({
      kind: 'exact',
      score: 100,
      targetText: 'The Callao assembly voted for an indefinite strike.',
      translation: {
        articleId: translation.id,
        headline: 'Dockworkers vote to strike',
        siteId: newYork.id,
        siteName: 'The New York Left',
        publishedAt: translation.publishedAt,
      },
    });
    const [close] = matches.get('close') ?? [];
    expect(close).toMatchObject({ kind: 'fuzzy', score: 90 });
    expect(matches.get('unrelated')).toEqual([]);
    expect(matches.get('empty')).toEqual([]);
  });

  it('keeps language pairs apart, by primary language', async () => {
    const paris = await makeSite(t.ctx, { language: 'fr-FR', timezone: 'Europe/Paris' });
    await publishTranslation(t.ctx, lima, paris, {
      headline: ['Los portuarios votan la huelga', 'Les dockers votent la grève'],
      paragraphs: [],
    });
    const text = [{ id: 'h', text: 'Los portuarios votan la huelga' }];
    expect(await t.ctx.translationMemory.matches('es', 'en', text)).toEqual(new Map([['h', []]]));
    expect(
      (await t.ctx.translationMemory.matches('es-MX', 'fr-CA', text)).get('h')?.[0]?.targetText,
    ).toBe('Les dockers votent la grève');
    // The other way round is another pair.
    expect(
      (
        await t.ctx.translationMemory.matches('fr', 'es', [
          { id: 'h', text: 'Les dockers votent la grève' },
        ])
      ).get('h'),
    ).toEqual([]);
  });

  it('prefers the regional variants asked for when translations are equally close', async () => {
    const london = await makeSite(t.ctx, { language: 'en-GB', timezone: 'Europe/London' });
    const sentence = 'El sindicato llamó a la movilización nacional.';
    await publishTranslation(t.ctx, lima, london, {
      headline: ['Movilización', 'Mobilisation'],
      paragraphs: [[sentence, 'The union called for a national mobilisation.']],
    });
    await publishTranslation(t.ctx, lima, newYork, {
      headline: ['Movilización', 'Mobilization'],
      paragraphs: [[sentence, 'The union called for a national mobilization.']],
    });
    const first = async (target: string) =>
      (await t.ctx.translationMemory.matches('es-PE', target, [{ id: 's', text: sentence }])).get(
        's',
      )?.[0]?.targetText;
    expect(await first('en-GB')).toBe('The union called for a national mobilisation.');
    expect(await first('en-US')).toBe('The union called for a national mobilization.');
  });

  it('updates the pairs when a published translation is edited, one pair per block', async () => {
    const { translation } = await publishTranslation(t.ctx, lima, newYork, strike);
    const [firstBlock, secondBlock] = translation.body;
    const before = await t.ctx.translationMemory.repository.ofTranslation(translation.id);
    t.clock.advance(60_000);

    unwrap(
      await t.ctx.articles.updateArticle(
        translation.id,
        {
          body: [
            { ...firstBlock, html: 'The Callao assembly voted for an open-ended strike.' } as never,
            // The second paragraph is dropped.
          ],
        },
        translation.revision,
        { userId: null },
      ),
    );

    const after = await t.ctx.translationMemory.repository.ofTranslation(translation.id);
    expect(after.map((row) => row.target_block_id).sort()).toEqual(
      [':headline', firstBlock?.id].sort(),
    );
    const updated = after.find((row) => row.target_block_id === firstBlock?.id);
    expect(updated?.target_text).toBe('The Callao assembly voted for an open-ended strike.');
    // It keeps the time it was first recorded.
    expect(updated?.created_at).toBe(
      before.find((row) => row.target_block_id === firstBlock?.id)?.created_at,
    );
    expect((updated?.updated_at ?? '') > (updated?.created_at ?? '')).toBe(true);
    expect(after.some((row) => row.target_block_id === secondBlock?.id)).toBe(false);
    const [match] =
      (
        await t.ctx.translationMemory.matches('es', 'en', [
          { id: 'p', text: strike.paragraphs[0]![0] },
        ])
      ).get('p') ?? [];
    expect(match?.targetText).toBe('The Callao assembly voted for an open-ended strike.');
  });

  it('records a translation the desk announces, and leaves drafts and originals out', async () => {
    const source = await makeArticle(t.ctx, lima, {
      headline: 'Paro nacional',
      body: [{ id: 'src1', type: 'paragraph', html: 'Mañana hay paro nacional.' }],
    });
    const draft = await makeArticle(t.ctx, newYork, {
      headline: 'National strike',
      origin: { type: 'translation', sourceArticleId: source.id },
      body: [
        {
          id: 'dst1',
          sourceBlockId: 'src1',
          type: 'paragraph',
          html: 'There is a national strike tomorrow.',
        },
      ],
    });
    expect(await t.ctx.translationMemory.recordTranslation(draft.id)).toBe(0);
    expect(await t.ctx.translationMemory.recordTranslation(source.id)).toBe(0);

    // The desk publishes and says so; whichever event comes first, the pairs are there once.
    const published = unwrap(await t.ctx.articles.publishArticle(draft.id, { userId: null }));
    await t.ctx.events.emit('translation.published', {
      task: {
        id: 'task-1',
        sourceArticleId: source.id,
        targetSiteId: newYork.id,
        targetLanguage: 'en-US',
        targetArticleId: draft.id,
      },
      sourceArticle: source,
      targetArticle: published,
    });
    const stored = await t.ctx.translationMemory.repository.ofTranslation(draft.id);
    expect(stored.map((row) => row.target_block_id).sort()).toEqual([':headline', 'dst1']);
  });

  it('pairs the translation with the source revision it was made from', async () => {
    const source = await makeArticle(t.ctx, lima, {
      headline: 'Paro',
      body: [{ id: 'src1', type: 'paragraph', html: 'El paro empieza el lunes.' }],
    });
    const translation = await makeArticle(t.ctx, newYork, {
      headline: 'Strike',
      origin: { type: 'translation', sourceArticleId: source.id, sourceRevision: 1 },
      body: [
        {
          id: 'dst1',
          sourceBlockId: 'src1',
          type: 'paragraph',
          html: 'The strike starts on Monday.',
        },
      ],
    });
    // The source changes after the translation was made from revision 1.
    unwrap(
      await t.ctx.articles.updateArticle(
        source.id,
        { body: [{ id: 'src1', type: 'paragraph', html: 'El paro empieza el martes.' }] },
        1,
        { userId: null },
      ),
    );
    unwrap(await t.ctx.articles.publishArticle(translation.id, { userId: null }));
    const [pair] = (await t.ctx.translationMemory.repository.ofTranslation(translation.id)).filter(
      (row) => row.target_block_id === 'dst1',
    );
    expect(pair?.source_text).toBe('El paro empieza el lunes.');
  });

  it('stops offering the segments of a translation in the trash', async () => {
    const { translation } = await publishTranslation(t.ctx, lima, newYork, strike);
    const text = [{ id: 'p', text: strike.paragraphs[1]![0] }];
    expect((await t.ctx.translationMemory.matches('es', 'en', text)).get('p')).toHaveLength(1);
    unwrap(await t.ctx.articles.trashArticle(translation.id, { userId: null }));
    expect((await t.ctx.translationMemory.matches('es', 'en', text)).get('p')).toEqual([]);
  });

  it('offers a translation published many times once', async () => {
    const slogan: [string, string] = ['¡Abajo el ajuste!', 'Down with austerity!'];
    for (let i = 0; i < 3; i++) {
      await publishTranslation(t.ctx, lima, newYork, {
        headline: [`Marcha ${i}`, `March ${i}`],
        paragraphs: [slogan],
      });
    }
    const matches = (
      await t.ctx.translationMemory.matches('es', 'en', [{ id: 's', text: slogan[0] }])
    ).get('s');
    expect(matches?.map((match) => match.targetText)).toEqual(['Down with austerity!']);
  });
});
