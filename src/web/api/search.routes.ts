import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import { excerpt, type Highlighted, highlight, queryKeys } from '../../search/highlight.ts';
import type { SearchFilters } from '../../search/search-index.ts';
import { SearchPageView } from '../../search/search-page.view.ts';
import { editionRef } from './api-links.ts';
import type { ContentApiRegistry } from './content-registry.ts';
import { searchResultsSchema } from './content-schemas.ts';
import { problemJson } from './problem-json.ts';
import {
  dateParam,
  editionsParam,
  languageParam,
  limitParam,
  pageParam,
  slugParam,
} from './query-params.ts';
import { contentJson, nextPageLink } from './responses.ts';

/** What a reader can type is kept to this many characters (the search page does the same). */
const MAX_QUERY = 10_000;

const searchQuery = z.object({
  q: z
    .string()
    .transform((value) => value.slice(0, MAX_QUERY))
    .describe(
      'Words, "quoted phrases" and -excluded words. Anything typed is searched for as text, ' +
        `never an error; beyond ${MAX_QUERY} characters it is cut.`,
    ),
  edition: editionsParam,
  language: languageParam,
  section: slugParam('A section slug; needs exactly one `edition`.'),
  contributor: slugParam('Articles crediting this contributor.'),
  from: dateParam.optional().describe('Published on or after this day (YYYY-MM-DD).'),
  to: dateParam.optional().describe('Published on or before this day (YYYY-MM-DD).'),
  page: pageParam,
  limit: limitParam(50, 20),
});

/** Highlighted parts as one text and the [start, end) offsets of its matches. */
function withRanges(parts: Highlighted): { text: string; highlights: [number, number][] } {
  let text = '';
  const highlights: [number, number][] = [];
  for (const part of parts) {
    if (part.match) highlights.push([text.length, text.length + part.text.length]);
    text += part.text;
  }
  return { text, highlights };
}

/** GET /search. */
export function searchRoutes(api: ContentApiRegistry): void {
  api.get(
    {
      path: '/search',
      summary: 'Full-text search of published articles, best matches first',
      description:
        'Headlines and excerpts come as plain text with the `highlights` of the words that ' +
        'matched, as [start, end) offsets in UTF-16 code units (JavaScript string offsets): ' +
        'wrap them in `<mark>` (escaping the text) or style them as you like.',
      tag: 'Search',
      query: searchQuery,
      response: { description: 'A page of results', schema: searchResultsSchema },
      problems: ['invalid-parameters'],
    },
    async (c, { query, filters, links }) => {
      // The index narrows to one section: a slug on several editions names several.
      if ((filters.sectionIds?.length ?? 0) > 1) {
        return problemJson(c, 'invalid-parameters', [
          issue('edition', 'issue.tooMany', { max: 1 }),
        ]);
      }
      const searchFilters: SearchFilters = {
        siteIds: filters.sites ? filters.sites.map((site) => site.id) : null,
        ...(query.language ? { language: query.language } : {}),
        ...(filters.sectionIds?.[0] ? { sectionId: filters.sectionIds[0] } : {}),
        ...(filters.contributorId ? { contributorId: filters.contributorId } : {}),
        ...(query.from ? { from: query.from } : {}),
        ...(query.to ? { to: query.to } : {}),
      };
      const { ctx } = c.var;
      const result = await ctx.search.search(query.q, searchFilters, query.page, query.limit);
      // The index follows publication events; this check keeps anything unpublished out even
      // if an event was missed.
      const places = await new SearchPageView(ctx.db).places(
        result.hits.map((hit) => hit.document.articleId),
      );
      const results = result.hits.flatMap(({ document }) => {
        const place = places.get(document.articleId);
        const site = place && links.site(place.siteId);
        if (!place || !site) return [];
        const keys = queryKeys(result.query.terms, result.query.phrases, document.language);
        const text = [document.dek, document.bodyText].filter(Boolean).join('\n');
        return [
          {
            id: document.articleId,
            edition: editionRef(site),
            language: document.language,
            slug: place.slug,
            url: links.urls(site).absolute(`/${place.slug}`),
            publishedAt: document.publishedAt,
            contributors: document.contributorsText,
            headline: withRanges(highlight(document.headline, keys, document.language)),
            excerpt: withRanges(excerpt(text, keys, document.language)),
          },
        ];
      });
      const more = query.page * query.limit < result.total;
      return contentJson(c, {
        total: result.total,
        page: query.page,
        limit: query.limit,
        results,
        next: nextPageLink(c, 'page', more ? String(query.page + 1) : null),
      });
    },
  );
}
