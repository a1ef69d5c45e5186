import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import {
  makeArticle,
  makeContributor,
  makeSection,
  makeSite,
} from '../../../tests/helpers/factories.ts';
import { createApp } from '../../app.ts';
import type { Article } from '../../articles/article.ts';
import type { Contributor } from '../../contributors/contributor.ts';
import { unwrap } from '../../core/result.ts';
import type { Site } from '../../sites/site.ts';
import type { Section } from '../../taxonomy/taxonomy.ts';

/** The headlines of a results page, in order, without their marks. */
function headlines(html: string): string[] {
  return [...html.matchAll(/<h3 class="teaser__title"><a href="[^"]*">(.*?)<\/a><\/h3>/g)].map(
    (m) => (m[1] ?? '').replace(/<\/?mark>/g, ''),
  );
}

function count(html: string): string | undefined {
  return html.match(/class="search-results__count">([^<]*)</)?.[1];
}

describeEachDialect('the search page', (dialect) => {
  let t: TestContext;
  let app: ReturnType<typeof createApp>;
  let lima: Site;
  let london: Site;
  let labour: Section;
  let ana: Contributor;
  let dockers: Article;

  const page = async (path: string) => {
    const response = await app.request(path, { headers: { host: 'tribune.test' } });
    expect(response.status, path).toBe(200);
    return response.text();
  };

  const publish = async (site: Site, fields: Parameters<typeof makeArticle>[2]) => {
    const article = await makeArticle(t.ctx, site, fields);
    return unwrap(await t.ctx.articles.publishArticle(article.id, { userId: null }));
  };

  beforeAll(async () => {
    t = await createTestContext(dialect);
    app = createApp(t.ctx);
    lima = await makeSite(t.ctx, {
      name: 'Meridiano Lima',
      language: 'es-PE',
      basePath: '/lima',
      timezone: 'America/Lima',
    });
    london = await makeSite(t.ctx, {
      name: 'Meridian London',
      language: 'en-GB',
      basePath: '/london',
      timezone: 'Europe/London',
    });
    labour = await makeSection(t.ctx, lima, 'Trabajo');
    ana = await makeContributor(t.ctx, { name: 'Ana Quispe' });
    dockers = await publish(lima, {
      headline: 'Los trabajadores del puerto del Callao votan la huelga',
      dek: 'Asamblea de trabajadores portuarios en el muelle cinco',
      body: [
        {
          type: 'paragraph',
          html: 'La asamblea de estibadores decidió parar el lunes. Los trabajadores piden un convenio por rama.',
        },
      ],
      sectionId: labour.id,
      credits: [{ contributorId: ana.id, role: 'author' }],
    });
    t.clock.advance(60_000);
    await publish(lima, {
      headline: 'Un trabajador herido en la obra de la avenida',
      body: [{ type: 'paragraph', html: 'El accidente ocurrió durante el turno de noche.' }],
    });
    await makeArticle(t.ctx, lima, { headline: 'Borrador sobre trabajadores que nadie publicó' });
    // Other news, so that ranking has a corpus to weigh words against.
    for (const topic of [
      'La feria del libro abre sus puertas',
      'Lluvias en la sierra central',
      'El alcalde presenta el presupuesto',
      'Nuevo horario del metropolitano',
      'Concierto gratuito en el parque',
    ]) {
      await publish(lima, {
        headline: topic,
        body: [{ type: 'paragraph', html: `${topic}. Más información pronto.` }],
      });
    }
    await publish(lima, {
      headline: 'Crónica de una semana en el Cercado',
      body: [
        {
          type: 'paragraph',
          html: 'El mercado, la plaza, la lluvia fina y los turistas. Al final de la tarde pasan los trabajadores de limpieza, y la ciudad se queda en silencio hasta el día siguiente, cuando todo empieza de nuevo.',
        },
      ],
    });
    await publish(london, {
      headline: 'Port workers in Callao vote to strike',
      body: [{ type: 'paragraph', html: 'Dockers stop work on Monday, the assembly decided.' }],
    });
  }, 60_000);
  afterAll(() => t.destroy());

  it('asks for words before anything is searched, and keeps itself out of search engines', async () => {
    const html = await page('/lima/search');
    expect(html).toContain('<h1>Buscar</h1>');
    expect(html).toContain('Escribe algunas palabras para buscar en los artículos.');
    expect(count(html)).toBeUndefined();
    expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
  });

  it('finds other forms of a word, ranked, with the matching words marked; drafts stay out', async () => {
    const html = await page('/lima/search?q=trabajadores');
    expect(count(html)).toBe('3 resultados');
    // Headline matches first (in either order: both are about workers), a passing mention last.
    const found = headlines(html);
    expect(found.slice(0, 2).sort()).toEqual([
      'Los trabajadores del puerto del Callao votan la huelga',
      'Un trabajador herido en la obra de la avenida',
    ]);
    expect(found[2]).toBe('Crónica de una semana en el Cercado');
    expect(html).toContain('Los <mark>trabajadores</mark> del puerto');
    expect(html).toContain('Un <mark>trabajador</mark> herido');
    expect(html).toContain(`href="/lima/${dockers.slug}"`);
    expect(html).toContain('Ana Quispe');
  });

  it('searches one edition, or every edition of the network', async () => {
    expect(count(await page('/lima/search?q=workers'))).toBe('0 resultados');
    const network = await page('/lima/search?q=workers&scope=network');
    expect(headlines(network)).toEqual(['Port workers in Callao vote to strike']);
    // A result from another edition says which, and carries its language.
    expect(network).toContain('<article lang="en-GB">');
    expect(network).toContain('Meridian London · ');
    const callao = await page('/lima/search?q=callao&scope=network&lang=en');
    expect(headlines(callao)).toEqual(['Port workers in Callao vote to strike']);
  });

  it('narrows by section, contributor and dates, and fills the form back in', async () => {
    const section = await page(`/lima/search?q=trabajador&section=${labour.slug}`);
    expect(headlines(section)).toEqual(['Los trabajadores del puerto del Callao votan la huelga']);
    expect(section).toContain(`<option value="${labour.slug}" selected="">Trabajo</option>`);
    expect(section).toContain('<details class="search-form__filters" open="">');

    const byAna = await page(`/lima/search?q=trabajador&contributor=${ana.slug}`);
    expect(headlines(byAna)).toEqual(['Los trabajadores del puerto del Callao votan la huelga']);

    const day = dockers.publishedAt?.slice(0, 10) ?? '';
    expect(count(await page(`/lima/search?q=trabajador&from=${day}&to=${day}`))).toBe(
      '3 resultados',
    );
    expect(count(await page('/lima/search?q=trabajador&to=2000-01-01'))).toBe('0 resultados');
    expect(count(await page('/lima/search?q=trabajador&from=2100-01-01'))).toBe('0 resultados');
  });

  it('says which filter it could not use and searches without it', async () => {
    const html = await page(
      '/lima/search?q=trabajador&from=2026-02-31&to=ayer&section=no-existe&lang=xx',
    );
    expect(count(html)).toBe('3 resultados');
    // A date input cannot hold what is not a date: the message repeats it instead.
    expect(html).toContain(
      'id="search-from" type="date" name="from" value="" aria-invalid="true" aria-describedby="search-from-error"',
    );
    expect(html).toContain(
      '<p class="field__error" id="search-from-error">«2026-02-31» no es una fecha (año-mes-día); se buscó sin ella.</p>',
    );
    expect(html).toContain('<p class="field__error" id="search-to-error">');
    expect(html).toContain(
      '<p class="field__error" id="search-section-error">No es una de las opciones; se buscó sin este filtro.</p>',
    );
    expect(html).toContain('<p class="field__error" id="search-lang-error">');
    const reversed = await page('/lima/search?q=trabajador&from=2026-12-01&to=2026-01-01');
    expect(reversed).toContain('La primera fecha es posterior a la segunda; se buscó sin fechas.');
    expect(count(reversed)).toBe('3 resultados');
  });

  it('answers hostile queries with a page of results or none, never an error', async () => {
    const hostile = [
      '"trabajador',
      'trabajador"" AND OR NOT NEAR(',
      "'; DROP TABLE articles; --",
      '*',
      '-',
      '^trabajador*',
      'x'.repeat(10_000),
      'trabajador '.repeat(1000),
      '\u0000\u202e<script>alert(1)</script>',
      '%_\\',
    ];
    for (const q of hostile) {
      const html = await page(`/lima/search?q=${encodeURIComponent(q)}`);
      expect(count(html), q.slice(0, 30)).toMatch(/^\d+ resultados?$/);
      expect(html).not.toContain('<script>alert');
    }
    expect(count(await page(`/lima/search?q=${encodeURIComponent('"trabajador')}`))).toBe(
      '3 resultados',
    );
  });

  it('pages through many results, keeping the question and filters in the links', async () => {
    for (let n = 0; n < 23; n++) {
      await publish(london, {
        headline: `Harbour strike report ${n}`,
        body: [{ type: 'paragraph', html: 'The strike goes on.' }],
      });
    }
    const first = await page('/london/search?q=strike&lang=en');
    expect(count(first)).toBe('24 results');
    expect(headlines(first)).toHaveLength(20);
    expect(first).toContain(
      'href="/london/search?q=strike&amp;lang=en&amp;page=2" rel="next">More results</a>',
    );
    expect(first).toContain('Page 1 of 2');
    const second = await page('/london/search?q=strike&lang=en&page=2');
    expect(headlines(second)).toHaveLength(4);
    expect(second).toContain('<ol class="search-results" start="21">');
    expect(second).toContain(
      'href="/london/search?q=strike&amp;lang=en" rel="prev">Previous results</a>',
    );
  });

  it('follows the articles: an update is found by its new words, an unpublished article is gone', async () => {
    const article = await publish(lima, { headline: 'Feria del libro en Miraflores' });
    expect(headlines(await page('/lima/search?q=miraflores'))).toEqual([
      'Feria del libro en Miraflores',
    ]);
    unwrap(
      await t.ctx.articles.updateArticle(
        article.id,
        { headline: 'Feria del libro en Barranco' },
        article.revision,
        { userId: null },
      ),
    );
    expect(count(await page('/lima/search?q=miraflores'))).toBe('0 resultados');
    expect(headlines(await page('/lima/search?q=barranco'))).toEqual([
      'Feria del libro en Barranco',
    ]);
    unwrap(await t.ctx.articles.unpublishArticle(article.id, { userId: null }));
    expect(count(await page('/lima/search?q=barranco'))).toBe('0 resultados');
  });

  it('is reached from the masthead of every page', async () => {
    const home = await page('/lima/');
    expect(home).toContain('<search class="masthead__search"><form action="/lima/search">');
  });
});
