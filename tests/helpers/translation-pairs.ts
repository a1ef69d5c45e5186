import type { Article } from '../../src/articles/article.ts';
import type { AppContext } from '../../src/context.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site } from '../../src/sites/site.ts';
import { makeArticle } from './factories.ts';

let counter = 0;

/**
 * A published source article on `from` and its translation on `to`, published too: one
 * paragraph per pair of texts, the translation's paragraphs naming theirs by sourceBlockId.
 */
export async function publishTranslation(
  ctx: AppContext,
  from: Site,
  to: Site,
  options: { headline: [string, string]; paragraphs: [string, string][] },
): Promise<{ source: Article; translation: Article }> {
  const n = ++counter;
  const ids = options.paragraphs.map((_, index) => `s${n}p${index}`);
  const source = await makeArticle(ctx, from, {
    headline: options.headline[0],
    body: options.paragraphs.map(([text], index) => ({
      id: ids[index],
      type: 'paragraph' as const,
      html: text,
    })),
  });
  unwrap(await ctx.articles.publishArticle(source.id, { userId: null }));
  const translation = await makeArticle(ctx, to, {
    headline: options.headline[1],
    origin: { type: 'translation', sourceArticleId: source.id },
    body: options.paragraphs.map(([, text], index) => ({
      id: `t${n}p${index}`,
      sourceBlockId: ids[index],
      type: 'paragraph' as const,
      html: text,
    })),
  });
  const published = unwrap(await ctx.articles.publishArticle(translation.id, { userId: null }));
  return { source, translation: published };
}
