import type { Executor } from '../db/database.ts';

/**
 * Articles and static pages share an edition's top-level addresses (`/es-pe/<slug>`), so a slug
 * is taken when either uses it. A read across two features' tables, like a view.
 */
export async function isEditionSlugTaken(
  db: Executor,
  siteId: string,
  slug: string,
  except: { articleId?: string; pageId?: string } = {},
): Promise<boolean> {
  let articles = db
    .selectFrom('articles')
    .select('id')
    .where('site_id', '=', siteId)
    .where('slug', '=', slug);
  if (except.articleId) articles = articles.where('id', '!=', except.articleId);
  let pages = db
    .selectFrom('pages')
    .select('id')
    .where('site_id', '=', siteId)
    .where('slug', '=', slug);
  if (except.pageId) pages = pages.where('id', '!=', except.pageId);
  const [article, page] = await Promise.all([
    articles.executeTakeFirst(),
    pages.executeTakeFirst(),
  ]);
  return article !== undefined || page !== undefined;
}
