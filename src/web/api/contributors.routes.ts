import { z } from 'zod';
import {
  ContributorDirectoryView,
  type PublicContributor,
} from '../../contributors/contributor-directory.view.ts';
import type { ApiLinks } from './api-links.ts';
import type { ContentApiRegistry } from './content-registry.ts';
import { contributorPageSchema, contributorSchema } from './content-schemas.ts';
import { contributorCursor, cursorParam, encodeCursor } from './cursor.ts';
import { problemJson } from './problem-json.ts';
import { editionsParam, limitParam, slug } from './query-params.ts';
import { contentJson, nextPageLink } from './responses.ts';

const listQuery = z.object({
  edition: editionsParam.describe('Only those credited on these editions (slugs).'),
  limit: limitParam(100, 50),
  cursor: cursorParam(contributorCursor),
});

const slugParams = z.object({ slug });

/**
 * Contributors as the public may see them: name, profiles per language, links, photo and
 * their page on each edition that credits them. Never an e-mail address or account.
 */
function contributorJson(contributor: PublicContributor, links: ApiLinks) {
  return {
    slug: contributor.slug,
    kind: contributor.kind,
    name: contributor.name,
    profiles: contributor.profiles,
    links: contributor.links,
    photo: contributor.photo ? links.image(contributor.photo, null) : null,
    editions: contributor.siteIds.flatMap((siteId) => {
      const site = links.site(siteId);
      return site
        ? [
            {
              slug: site.slug,
              url: links.urls(site).absolute(`/contributor/${contributor.slug}`),
            },
          ]
        : [];
    }),
  };
}

/** GET /contributors and /contributors/{slug}. */
export function contributorRoutes(api: ContentApiRegistry): void {
  api.get(
    {
      path: '/contributors',
      summary: 'Contributors credited on published articles, by slug',
      tag: 'Contributors',
      query: listQuery,
      response: { description: 'A page of contributors', schema: contributorPageSchema },
      problems: ['invalid-parameters'],
    },
    async (c, { query, filters, links }) => {
      const { contributors, nextSlug } = await new ContributorDirectoryView(c.var.ctx.db).list({
        ...(filters.sites ? { siteIds: filters.sites.map((site) => site.id) } : {}),
        ...(query.cursor ? { afterSlug: query.cursor.slug } : {}),
        limit: query.limit,
      });
      const nextCursor = nextSlug ? encodeCursor({ slug: nextSlug }) : null;
      return contentJson(c, {
        items: contributors.map((contributor) => contributorJson(contributor, links)),
        nextCursor,
        next: nextPageLink(c, 'cursor', nextCursor),
      });
    },
  );

  api.get(
    {
      path: '/contributors/:slug',
      summary: 'One contributor credited on published articles',
      tag: 'Contributors',
      params: slugParams,
      response: { description: 'The contributor', schema: contributorSchema },
      problems: ['not-found'],
    },
    async (c, { params, links }) => {
      const found = await new ContributorDirectoryView(c.var.ctx.db).bySlug(params.slug);
      return found ? contentJson(c, contributorJson(found, links)) : problemJson(c, 'not-found');
    },
  );
}
