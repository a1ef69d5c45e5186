import { sql } from 'kysely';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../tests/helpers/context.ts';
import { describeEachDialect } from '../../tests/helpers/db.ts';
import { makeArticle, makeContributor, makeSite } from '../../tests/helpers/factories.ts';
import type { SqlDialect } from '../db/database.ts';

/**
 * Every write is one transaction: a failure half-way leaves nothing half-written. The failure
 * is real — the database itself refuses the last row of the write, through a trigger — so
 * the test shows what a crash, a full disk or a constraint would leave behind.
 */

/** Makes the database refuse every insert into `table` from now on. */
async function refuseInserts(t: TestContext, dialect: SqlDialect, table: string): Promise<void> {
  if (dialect === 'sqlite') {
    await sql
      .raw(
        `create trigger refuse_${table} before insert on ${table} begin select raise(abort, 'refused by the test'); end`,
      )
      .execute(t.ctx.db);
    return;
  }
  await sql
    .raw(
      `create or replace function refuse_insert() returns trigger as $$ begin raise exception 'refused by the test'; end $$ language plpgsql`,
    )
    .execute(t.ctx.db);
  await sql
    .raw(
      `create trigger refuse_${table} before insert on ${table} for each row execute function refuse_insert()`,
    )
    .execute(t.ctx.db);
}

async function count(
  t: TestContext,
  table: 'articles' | 'stories' | 'article_revisions' | 'article_credits' | 'media' | 'media_texts',
) {
  const row = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describeEachDialect('writes are all or nothing', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.destroy());

  it('an article whose credits cannot be written leaves no story, article or revision', async () => {
    const site = await makeSite(t.ctx);
    const writer = await makeContributor(t.ctx);
    const before = await Promise.all(
      (['stories', 'articles', 'article_revisions'] as const).map((table) => count(t, table)),
    );
    await refuseInserts(t, dialect, 'article_credits');

    await expect(
      t.ctx.articles.createArticle(
        {
          siteId: site.id,
          headline: 'Nunca escrita',
          credits: [{ contributorId: writer.id, role: 'author' }],
        },
        { userId: null },
      ),
    ).rejects.toThrow(/refused by the test/);

    const after = await Promise.all(
      (['stories', 'articles', 'article_revisions'] as const).map((table) => count(t, table)),
    );
    expect(after).toEqual(before);
  });

  it('a save whose revision cannot be written leaves the article as it was', async () => {
    const site = await makeSite(t.ctx);
    const article = await makeArticle(t.ctx, site, { headline: 'Primera versión' });
    await refuseInserts(t, dialect, 'article_revisions');

    await expect(
      t.ctx.articles.updateArticle(article.id, { headline: 'Segunda versión' }, article.revision, {
        userId: null,
      }),
    ).rejects.toThrow(/refused by the test/);

    const stored = await t.ctx.articles.repository.findById(article.id);
    expect(stored).toMatchObject({ headline: 'Primera versión', revision: article.revision });
  });

  it('an upload whose texts cannot be recorded leaves neither a row nor a file', async () => {
    const site = await makeSite(t.ctx);
    const image = await sharp({
      create: { width: 40, height: 30, channels: 3, background: '#c33' },
    })
      .png()
      .toBuffer();
    await refuseInserts(t, dialect, 'media_texts');

    await expect(
      t.ctx.media.importImage(image, {
        siteId: site.id,
        texts: { 'es-PE': { alt: 'Una bandera', caption: '' } },
      }),
    ).rejects.toThrow(/refused by the test/);

    expect(await count(t, 'media')).toBe(0);
    const files: string[] = [];
    for await (const key of t.ctx.storage.list('')) files.push(key);
    expect(files).toEqual([]);
  });
});
