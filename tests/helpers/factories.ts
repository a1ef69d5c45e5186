import type { Article, CreateArticleInput } from '../../src/articles/article.ts';
import type { AppContext } from '../../src/context.ts';
import type { Contributor, ContributorInput } from '../../src/contributors/contributor.ts';
import { unwrap } from '../../src/core/result.ts';
import type { Site, SiteInput } from '../../src/sites/site.ts';
import type { Section } from '../../src/taxonomy/taxonomy.ts';

let counter = 0;
const next = () => ++counter;

/** An edition with sensible defaults; each call makes a new one. */
export async function makeSite(ctx: AppContext, input: Partial<SiteInput> = {}): Promise<Site> {
  const n = next();
  return unwrap(
    await ctx.sites.createSite({
      slug: `edition-${n}`,
      name: `Edition ${n}`,
      language: 'en-US',
      timezone: 'America/New_York',
      basePath: `/edition-${n}`,
      ...input,
    }),
  );
}

export async function makeSection(
  ctx: AppContext,
  site: Site,
  name = `Section ${next()}`,
): Promise<Section> {
  return unwrap(await ctx.taxonomy.createSection(site.id, site.language, { name }));
}

export async function makeContributor(
  ctx: AppContext,
  input: Partial<ContributorInput> = {},
): Promise<Contributor> {
  const n = next();
  return unwrap(
    await ctx.contributors.createContributor({ kind: 'person', name: `Writer ${n}`, ...input }),
  );
}

/** A draft article on `site` with one paragraph. */
export async function makeArticle(
  ctx: AppContext,
  site: Site,
  input: Partial<CreateArticleInput> = {},
): Promise<Article> {
  const n = next();
  return unwrap(
    await ctx.articles.createArticle(
      {
        siteId: site.id,
        headline: `Headline number ${n}`,
        body: [{ type: 'paragraph', html: `Paragraph of article ${n}.` }],
        ...input,
      },
      { userId: null },
    ),
  );
}
