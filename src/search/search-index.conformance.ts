import { expect, it } from 'vitest';
import { parseQuery } from './query-parser.ts';
import type { SearchDocument, SearchIndex, SearchRequest } from './search-index.ts';

let counter = 0;

/** A document with defaults; ids sort by creation so results can be compared. */
function doc(fields: Partial<SearchDocument>): SearchDocument {
  counter++;
  return {
    articleId: `article-${String(counter).padStart(4, '0')}`,
    siteId: 'site-es',
    language: 'es-AR',
    sectionId: null,
    publishedAt: `2026-01-${String((counter % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    headline: '',
    dek: '',
    bodyText: '',
    contributorsText: '',
    contributorIds: [],
    ...fields,
  };
}

const ask = (index: SearchIndex, text: string, filters: Partial<SearchRequest> = {}) =>
  index.search({ query: parseQuery(text), limit: 20, offset: 0, ...filters });

const ids = async (index: SearchIndex, text: string, filters: Partial<SearchRequest> = {}) =>
  (await ask(index, text, filters)).hits.map((hit) => hit.document.articleId);

/** What every SearchIndex adapter must do, on its own database. */
export function searchIndexConformance(create: () => Promise<SearchIndex>): void {
  it('finds other forms of a word in every supported language', async () => {
    const index = await create();
    const cases: [string, string, string][] = [
      ['es-AR', 'El trabajador portuario habló en la asamblea.', 'trabajadores'],
      ['pt-BR', 'O trabalhador do metrô falou na assembleia.', 'trabalhadores'],
      ['fr-FR', 'Le travailleur du rail a pris la parole.', 'travailleurs'],
      ['de-DE', 'Die Gewerkschaft im Lager sprach zuerst.', 'Gewerkschaften'],
      ['it-IT', 'Il lavoratore del porto ha parlato.', 'lavoratori'],
      ['en-US', 'The worker at the depot spoke first.', 'workers'],
    ];
    const made = cases.map(([language, body]) =>
      doc({ language, headline: 'Nota', bodyText: body }),
    );
    for (const document of made) await index.upsert(document);
    for (const [position, [language, , query]] of cases.entries()) {
      expect(
        await ids(index, query, { language: language.split('-')[0] }),
        `${language} ${query}`,
      ).toEqual([made[position]?.articleId]);
    }
  });

  it('needs every word, ranks a headline match above a body match, and matches phrases', async () => {
    const index = await create();
    const inBody = doc({
      headline: 'Asamblea general',
      bodyText: 'Los portuarios votaron la huelga en el puerto.',
    });
    const inHeadline = doc({ headline: 'Huelga en el puerto', bodyText: 'Votaron por mayoría.' });
    const onlyOne = doc({ headline: 'El puerto', bodyText: 'Sin conflicto.' });
    for (const document of [inBody, inHeadline, onlyOne]) await index.upsert(document);
    expect(await ids(index, 'huelga puerto')).toEqual([inHeadline.articleId, inBody.articleId]);
    expect(await ids(index, '"votaron la huelga"')).toEqual([inBody.articleId]);
    expect(await ids(index, '"huelga votaron"')).toEqual([]);
  });

  it('searches bylines', async () => {
    const index = await create();
    const byRosa = doc({
      headline: 'Crónica',
      contributorsText: 'Rosa Quispe',
      contributorIds: ['rosa'],
    });
    await index.upsert(byRosa);
    await index.upsert(doc({ headline: 'Otra crónica' }));
    expect(await ids(index, 'Quispe')).toEqual([byRosa.articleId]);
  });

  it('filters by edition, language, section, contributor and dates', async () => {
    const index = await create();
    const a = doc({
      headline: 'Salarios docentes',
      siteId: 'site-ar',
      sectionId: 'sec-1',
      contributorIds: ['ana'],
      publishedAt: '2026-03-01T12:00:00.000Z',
    });
    const b = doc({
      headline: 'Salarios docentes',
      siteId: 'site-pe',
      language: 'es-PE',
      publishedAt: '2026-03-05T12:00:00.000Z',
    });
    const c = doc({
      headline: 'Teachers salaries',
      siteId: 'site-en',
      language: 'en-US',
      publishedAt: '2026-03-09T12:00:00.000Z',
    });
    for (const document of [a, b, c]) await index.upsert(document);
    // Network-wide, each language matches its own documents: 'salarios' is not English 'salaries'.
    expect((await ids(index, 'salarios')).sort()).toEqual([a.articleId, b.articleId].sort());
    expect(await ids(index, 'salarios', { siteIds: ['site-pe'] })).toEqual([b.articleId]);
    expect(await ids(index, 'salarios', { siteIds: [] })).toEqual([]);
    expect(await ids(index, 'salaries', { language: 'en' })).toEqual([c.articleId]);
    expect(await ids(index, 'salarios', { sectionId: 'sec-1' })).toEqual([a.articleId]);
    expect(await ids(index, 'salarios', { contributorId: 'ana' })).toEqual([a.articleId]);
    expect(await ids(index, 'salarios', { from: '2026-03-02', to: '2026-03-05' })).toEqual([
      b.articleId,
    ]);
  });

  it('pages results and counts them all', async () => {
    const index = await create();
    for (let n = 0; n < 25; n++) await index.upsert(doc({ headline: `Paro número ${n}` }));
    const first = await ask(index, 'paro', { limit: 10, offset: 0 });
    const third = await ask(index, 'paro', { limit: 10, offset: 20 });
    expect(first.total).toBe(25);
    expect(first.hits).toHaveLength(10);
    expect(third.hits).toHaveLength(5);
    expect(third.total).toBe(25);
    const past = await ask(index, 'paro', { limit: 10, offset: 40 });
    expect(past).toEqual({ total: 25, hits: [] });
    const pages = [first, await ask(index, 'paro', { limit: 10, offset: 10 }), third];
    const seen = pages.flatMap((page) => page.hits.map((hit) => hit.document.articleId));
    expect(new Set(seen).size).toBe(25);
  });

  it('follows updates and removals, and can be emptied', async () => {
    const index = await create();
    const article = doc({ headline: 'Marcha docente' });
    await index.upsert(article);
    await index.upsert({ ...article, headline: 'Marcha de jubilados' });
    expect(await ids(index, 'docente')).toEqual([]);
    expect(await ids(index, 'jubilados')).toEqual([article.articleId]);
    await index.remove(article.articleId);
    await index.remove('never-indexed');
    expect(await ids(index, 'jubilados')).toEqual([]);
    await index.upsert(doc({ headline: 'Otra marcha' }));
    await index.clear();
    expect(await ids(index, 'marcha')).toEqual([]);
  });

  it('answers hostile queries with results or nothing, never an error', async () => {
    const index = await create();
    await index.upsert(
      doc({ headline: 'Huelga portuaria', bodyText: 'Texto con "comillas" y (paréntesis).' }),
    );
    const hostile = [
      '"huelga',
      'huelga"',
      '"""',
      'huelga AND OR NOT NEAR( *',
      'title:huelga ^2 -portuaria +x',
      "'; drop table articles; --",
      'huelga\u0000portuaria',
      `${'x'.repeat(10_000)} huelga`,
      '(((',
      '🧨💥',
      '\u202Ehuelga',
      '',
    ];
    for (const text of hostile) {
      const result = await ask(index, text);
      expect(Array.isArray(result.hits), JSON.stringify(text.slice(0, 30))).toBe(true);
    }
    expect((await ask(index, '"huelga')).hits).toHaveLength(1);
  });
}
