import type { Context } from 'hono';
import { z } from 'zod';
import { ArticlePageView } from '../../articles/article-page.view.ts';
import { ContentApiView } from '../../articles/content-api.view.ts';
import type { AppEnv } from '../env.ts';
import type { ApiLinks } from './api-links.ts';
import { articleJson } from './article-json.tsx';
import type { ContentApiRegistry } from './content-registry.ts';
import { articlePageSchema, articleSchema } from './content-schemas.ts';
import { articleCursor, cursorParam, encodeCursor } from './cursor.ts';
import { problemJson } from './problem-json.ts';
import {
  editionsParam,
  id,
  languageParam,
  limitParam,
  slug,
  slugParam,
  timestampParam,
} from './query-params.ts';
import { contentJson, nextPageLink } from './responses.ts';

const listQuery = z.object({
  edition: editionsParam,
  language: languageParam,
  section: slugParam('A section slug; needs `edition`.'),
  tag: slugParam('A tag slug; needs `edition`.'),
  contributor: slugParam('Articles crediting this contributor (any role).'),
  story: id.optional().describe('Every published version of a story, by its id.'),
  updated_since: timestampParam
    .optional()
    .describe('Changed at or after this ISO 8601 date or timestamp (with its offset).'),
  limit: limitParam(100, 20),
  cursor: cursorParam(articleCursor),
  fields: z
    .enum(['summary', 'full'])
    .default('summary')
    .describe('`full` adds each body as blocks, HTML and images.'),
});

const idParams = z.object({ id });
const slugParams = z.object({ edition: slug, slug });

/** Answers one published article, or 404 for anything else (draft, withdrawn, trashed…). */
async function oneArticle(c: Context<AppEnv>, links: ApiLinks, id: string | undefined) {
  const { ctx } = c.var;
  const [page] = id ? await new ArticlePageView(ctx.db, ctx.readerCache).published([id]) : [];
  const article = page ? await articleJson(page, links, true) : null;
  return article ? contentJson(c, article) : problemJson(c, 'not-found');
}

/** GET /articles, /articles/{id} and /editions/{edition}/articles/{slug}. */
export function articleRoutes(api: ContentApiRegistry): void {
  api.get(
    {
      path: '/articles',
      summary: 'Published articles of every edition, newest first',
      description:
        'Filters combine (all must hold). Pages continue with `cursor=nextCursor` ' +
        '(or follow `next`); a walk never repeats or skips an article, even while new ones ' +
        'are published. Naming an edition, section, tag or contributor that does not exist is ' +
        'a 400 with an issue on that parameter.',
      tag: 'Articles',
      query: listQuery,
      response: { description: 'A page of articles', schema: articlePageSchema },
      problems: ['invalid-parameters'],
    },
    async (c, { query, filters, links }) => {
      const { ids, next } = await new ContentApiView(c.var.ctx.db).page(
        {
          ...(filters.sites ? { siteIds: filters.sites.map((site) => site.id) } : {}),
          ...(filters.sectionIds ? { sectionIds: filters.sectionIds } : {}),
          ...(filters.tagIds ? { tagIds: filters.tagIds } : {}),
          ...(filters.contributorId ? { contributorId: filters.contributorId } : {}),
          ...(query.language ? { language: query.language } : {}),
          ...(query.story ? { storyId: query.story } : {}),
          ...(query.updated_since ? { updatedSince: query.updated_since } : {}),
        },
        query.cursor ?? null,
        query.limit,
      );
      const pages = await new ArticlePageView(c.var.ctx.db, c.var.ctx.readerCache).published(ids);
      const items = await Promise.all(
        pages.map((page) => articleJson(page, links, query.fields === 'full')),
      );
      const nextCursor = next ? encodeCursor({ ...next }) : null;
      return contentJson(c, {
        items: items.filter((item) => item !== null),
        nextCursor,
        next: nextPageLink(c, 'cursor', nextCursor),
      });
    },
  );

  api.get(
    {
      path: '/articles/:id',
      summary: 'One published article, with its body',
      tag: 'Articles',
      params: idParams,
      response: { description: 'The article', schema: articleSchema },
      problems: ['not-found'],
    },
    (c, { params, links }) => oneArticle(c, links, params.id),
  );

  api.get(
    {
      path: '/editions/:edition/articles/:slug',
      summary: 'One published article by its address on an edition, with its body',
      tag: 'Articles',
      params: slugParams,
      response: { description: 'The article', schema: articleSchema },
      problems: ['not-found'],
    },
    async (c, { params, links }) => {
      const site = links.bySlug(params.edition);
      const found = site
        ? await new ContentApiView(c.var.ctx.db).idBySlug(site.id, params.slug)
        : undefined;
      return oneArticle(c, links, found);
    },
  );
}
