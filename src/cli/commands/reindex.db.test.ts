import { expect, it } from 'vitest';
import { cliWorkspace } from '../../../tests/helpers/cli-in-process.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../../tests/helpers/factories.ts';
import { unwrap } from '../../core/result.ts';

describeEachDialect('tribune reindex', (dialect) => {
  const { tribune, withContext } = cliWorkspace(dialect);

  it('rebuilds an emptied index from the published articles, and only those', async () => {
    await withContext(async (ctx) => {
      await ctx.migrate();
      const site = await makeSite(ctx, { language: 'es-PE' });
      const published = await makeArticle(ctx, site, { headline: 'Los estibadores paran' });
      unwrap(await ctx.articles.publishArticle(published.id, { userId: null }));
      await makeArticle(ctx, site, { headline: 'Borrador de estibadores' });
      // As after restoring a database without its index: the rows are there, the index is not.
      await ctx.search.index.clear();
      expect((await ctx.search.search('estibador', {})).total).toBe(0);
    });

    const run = await tribune('reindex');
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Indexed 1 published article\(s\) with (sqlite-fts5|postgres-tsvector) in \d+\.\d s\.$/,
    );

    await withContext(async (ctx) => {
      const found = await ctx.search.search('estibador', {});
      expect(found.hits.map((hit) => hit.document.headline)).toEqual(['Los estibadores paran']);
    });
  });

  it('explains itself', async () => {
    const help = await tribune('reindex', '--help');
    expect(help.code).toBe(0);
    expect(help.out.split('\n')[0]).toBe('Usage: tribune reindex');
  });
});
