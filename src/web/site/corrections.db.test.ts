import { afterEach, beforeEach, expect, it } from 'vitest';
import { ContentApiClient } from '../../../tests/helpers/content-api.ts';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeContributor, makeSite } from '../../../tests/helpers/factories.ts';
import { jsonLdProblems } from '../../../tests/helpers/validators.ts';
import { createApp } from '../../app.ts';
import type { Article, CreateArticleInput } from '../../articles/article.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';
import { articleSchema } from '../api/content-schemas.ts';

/** The JSON-LD objects of a page's head. */
function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap(
    (match) => [JSON.parse(match[1] ?? 'null')].flat(),
  );
}

/** The correction box of a page, or '' when it has none. */
function correctionsOf(html: string): string {
  return /<section class="corrections"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
}

describeEachDialect('corrections on every version of a story', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  let lima: Site;
  let original: Article;
  let english: Article;
  let french: Article;
  let copy: Article;

  const page = async (path: string) => {
    const response = await app.request(path, { headers: { host: 'tribune.test' } });
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const published = async (site: Site, input: Partial<CreateArticleInput>) => {
    const article = await makeArticle(t.ctx, site, input);
    return unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
  };
  const correct = async (article: Article, note: string) =>
    unwrap(
      await t.ctx.articles.updateArticle(
        article.id,
        { dek: `${article.dek} (corregido)` },
        (await t.ctx.articles.repository.findById(article.id))?.revision ?? 0,
        { userId: null },
        { changeKind: 'correction', correctionNote: note },
      ),
    );

  beforeEach(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
    lima = await makeSite(t.ctx, {
      slug: 'es-pe',
      name: 'Meridiano Perú',
      language: 'es-PE',
      timezone: 'America/Lima',
      basePath: '/es-pe',
    });
    const newYork = await makeSite(t.ctx, { slug: 'en', name: 'Meridian', basePath: '/en' });
    const paris = await makeSite(t.ctx, {
      slug: 'fr',
      name: 'Méridien',
      language: 'fr-FR',
      timezone: 'Europe/Paris',
      basePath: '/fr',
    });
    const buenosAires = await makeSite(t.ctx, {
      slug: 'es-ar',
      name: 'Meridiano',
      language: 'es-AR',
      timezone: 'America/Argentina/Buenos_Aires',
      basePath: '/es-ar',
    });
    await t.ctx.siteDirectory.reload();
    const rosa = await makeContributor(t.ctx, { name: 'Rosa Quispe' });
    const credits = [{ contributorId: rosa.id, role: 'author' as const }];
    original = await published(lima, { slug: 'paro', headline: 'Paro en el puerto', credits });
    english = await published(newYork, {
      slug: 'strike',
      headline: 'Strike at the port',
      credits,
      origin: { type: 'translation', sourceArticleId: original.id },
    });
    french = await published(paris, {
      slug: 'greve',
      headline: 'Grève au port',
      credits,
      origin: { type: 'translation', sourceArticleId: english.id },
    });
    copy = unwrap(
      await t.ctx.republication.republish(
        original.id,
        { siteId: buenosAires.id, publish: true },
        { userId: null },
      ),
    );
  });
  afterEach(() => t.destroy());

  it('shows the original’s correction on the original, its translations and its copy, labelled in each page’s language', async () => {
    expect(correctionsOf(await page('/es-pe/paro'))).toBe('');
    await correct(original, 'Decíamos 1200 estibadores; son 1400.');
    const note = '<span lang="es-PE">Decíamos 1200 estibadores; son 1400.</span>';
    const at = '<time datetime="2026-03-10T12:00:00.000Z">';

    const spanish = correctionsOf(await page('/es-pe/paro'));
    expect(spanish).toContain('<section class="corrections" aria-label="Correcciones">');
    expect(spanish).toContain(
      `<strong class="correction__label">Corrección (${at}10 de marzo de 2026</time>):</strong> ${note}`,
    );
    expect(correctionsOf(await page('/es-ar/paro'))).toContain(
      `Corrección (${at}10 de marzo de 2026</time>):</strong> ${note}`,
    );
    expect(correctionsOf(await page('/en/strike'))).toContain(
      `<strong class="correction__label">Correction (${at}March 10, 2026</time>, in Spanish):</strong> ${note}`,
    );
    expect(correctionsOf(await page('/fr/greve'))).toContain(
      `Rectificatif (${at}10 mars 2026</time>, en espagnol) :</strong> ${note}`,
    );
    expect(await page('/en/strike')).toContain('data-corrected="yes"');
  });

  it('keeps a translation’s own correction to it and the versions made from it', async () => {
    await correct(english, 'An earlier version mistranslated the name of the union.');
    expect(correctionsOf(await page('/en/strike'))).toContain(
      'Correction (<time datetime="2026-03-10T12:00:00.000Z">March 10, 2026</time>):</strong> <span lang="en-US">An earlier version mistranslated the name of the union.</span>',
    );
    expect(correctionsOf(await page('/fr/greve'))).toContain('en anglais');
    expect(correctionsOf(await page('/es-pe/paro'))).toBe('');
    expect(correctionsOf(await page('/es-ar/paro'))).toBe('');
  });

  it('lists several corrections oldest first', async () => {
    await correct(original, 'Primera corrección.');
    t.clock.set(new Date('2026-03-14T18:00:00.000Z'));
    await correct(english, 'Second correction.');
    const box = correctionsOf(await page('/fr/greve'));
    expect(box.indexOf('Primera corrección.')).toBeGreaterThan(0);
    expect(box.indexOf('Second correction.')).toBeGreaterThan(box.indexOf('Primera corrección.'));
    expect(box).toContain('14 mars 2026</time>, en anglais) :');
  });

  it('describes the corrections in JSON-LD as CorrectionComments', async () => {
    await correct(original, 'Decíamos 1200 estibadores; son 1400.');
    const [article] = jsonLdOf(await page('/en/strike'));
    expect(await jsonLdProblems(article)).toEqual([]);
    expect(article?.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'Decíamos 1200 estibadores; son 1400.',
        datePublished: '2026-03-10T12:00:00.000Z',
        inLanguage: 'es-PE',
      },
    ]);
    const [corrected] = jsonLdOf(await page('/es-pe/paro'));
    expect(corrected?.correction).toEqual(article?.correction);
  });

  it('gives the corrections in the Content API, for every version', async () => {
    const content = new ContentApiClient(app);
    expect(articleSchema.parse(await content.json(`/articles/${copy.id}`)).corrections).toEqual([]);
    await correct(original, 'Decíamos 1200 estibadores; son 1400.');
    for (const id of [original.id, english.id, french.id, copy.id]) {
      const article = articleSchema.parse(await content.json(`/articles/${id}`));
      expect(article.corrections, id).toEqual([
        {
          correctedAt: '2026-03-10T12:00:00.000Z',
          language: 'es-PE',
          note: 'Decíamos 1200 estibadores; son 1400.',
        },
      ]);
    }
  });
});
