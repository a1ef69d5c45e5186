import type { Context } from 'hono';
import { z } from 'zod';
import type { Site } from '../../sites/site.ts';
import type { AppEnv } from '../env.ts';
import { feedPaths } from '../site/feeds.ts';
import { type ApiLinks, editionRef } from './api-links.ts';
import type { ContentApiRegistry } from './content-registry.ts';
import { editionListSchema, editionSchema, sectionListSchema } from './content-schemas.ts';
import { problemJson } from './problem-json.ts';
import { slug } from './query-params.ts';
import { contentJson } from './responses.ts';

const editionParams = z.object({ edition: slug });

/** An edition's sections, in its navigation order, with their pages' addresses. */
async function sectionsOf(c: Context<AppEnv>, links: ApiLinks, site: Site) {
  const urls = links.urls(site);
  const sections = await c.var.ctx.taxonomy.repository.sections(site.id);
  return sections.map((section) => ({
    slug: section.slug,
    url: urls.absolute(`/section/${section.slug}`),
    name: section.name,
    description: section.description,
  }));
}

async function editionJson(c: Context<AppEnv>, links: ApiLinks, site: Site) {
  const urls = links.urls(site);
  const feeds = feedPaths('/');
  return {
    ...editionRef(site),
    country: site.country,
    timezone: site.timezone,
    tagline: site.tagline,
    url: urls.absolute('/'),
    feeds: {
      rss: urls.absolute(feeds.rss),
      atom: urls.absolute(feeds.atom),
      json: urls.absolute(feeds.json),
    },
    sections: await sectionsOf(c, links, site),
  };
}

/** GET /editions, /editions/{edition} and /editions/{edition}/sections. */
export function editionRoutes(api: ContentApiRegistry): void {
  api.get(
    {
      path: '/editions',
      summary: 'Every edition of the network, in directory order',
      tag: 'Editions',
      response: { description: 'The editions', schema: editionListSchema },
      problems: [],
    },
    async (c, { links }) => {
      const items = await Promise.all(links.sites.map((site) => editionJson(c, links, site)));
      return contentJson(c, { items });
    },
  );

  api.get(
    {
      path: '/editions/:edition',
      summary: 'One edition by its slug',
      tag: 'Editions',
      params: editionParams,
      response: { description: 'The edition', schema: editionSchema },
      problems: ['not-found'],
    },
    async (c, { params, links }) => {
      const site = links.bySlug(params.edition);
      return site ? contentJson(c, await editionJson(c, links, site)) : problemJson(c, 'not-found');
    },
  );

  api.get(
    {
      path: '/editions/:edition/sections',
      summary: "An edition's sections, in navigation order",
      tag: 'Editions',
      params: editionParams,
      response: { description: 'The sections', schema: sectionListSchema },
      problems: ['not-found'],
    },
    async (c, { params, links }) => {
      const site = links.bySlug(params.edition);
      if (!site) return problemJson(c, 'not-found');
      return contentJson(c, { items: await sectionsOf(c, links, site) });
    },
  );
}
