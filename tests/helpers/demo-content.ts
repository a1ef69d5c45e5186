import { demoContent } from '../../src/demo/content/index.ts';
import type { DemoArticle } from '../../src/demo/content/types.ts';
import { demoSites } from '../../src/demo/sites.ts';

/** A demo article by its key, with the path of its page on its edition. */
export function demoArticle(key: string): DemoArticle & { path: string } {
  const article = demoContent.articles.find((candidate) => candidate.key === key);
  if (!article) throw new Error(`no demo article ${key}`);
  const site = demoSites.find((candidate) => candidate.key === article.site);
  return { ...article, path: `${site?.basePath}/${article.slug}` };
}
