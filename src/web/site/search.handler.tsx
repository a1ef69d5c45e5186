/** @jsxImportSource #reader-jsx */
import type { Context } from 'hono';
import { baseLanguage } from '../../core/locale.ts';
import { excerpt, highlight, queryKeys } from '../../search/highlight.ts';
import { SEARCH_PAGE_SIZE } from '../../search/search.service.ts';
import { SearchPageView as SearchLookups } from '../../search/search-page.view.ts';
import type { AppEnv } from '../env.ts';
import { htmlPage } from './html-page.ts';
import { type SearchHitView, SearchPageView } from './pages/search.page.tsx';
import { readPage, readSearchForm, searchFilters } from './search-request.ts';

/** GET /search of an edition: the form, and the results when something was asked. */
export async function searchPage(c: Context<AppEnv>) {
  const { reader, ctx, site } = c.var;
  const form = readSearchForm((name) => c.req.query(name));
  const page = readPage(c.req.query('page'));
  const lookups = new SearchLookups(ctx.db);
  const contributors = await lookups.contributors(form.scope === 'network' ? null : site.id);
  const languages = [...new Set(reader.sites.map((other) => baseLanguage(other.language)))].sort();
  const { filters, problems } = searchFilters(form, {
    siteId: site.id,
    languages,
    sections: reader.sections,
    contributors,
  });
  let total: number | null = null;
  const hits: SearchHitView[] = [];
  if (form.q.trim()) {
    const result = await ctx.search.search(form.q, filters, page, SEARCH_PAGE_SIZE);
    total = result.total;
    const places = await lookups.places(result.hits.map((hit) => hit.document.articleId));
    for (const { document } of result.hits) {
      const place = places.get(document.articleId);
      const hitSite = place && ctx.siteDirectory.get(place.siteId);
      if (!place || !hitSite) continue;
      const keys = queryKeys(result.query.terms, result.query.phrases, document.language);
      const text = [document.dek, document.bodyText].filter(Boolean).join('\n');
      hits.push({
        href: reader.urls.toEdition(hitSite, `/${place.slug}`),
        site: hitSite,
        language: document.language,
        publishedAt: document.publishedAt,
        headline: highlight(document.headline, keys, document.language),
        excerpt: excerpt(text, keys, document.language),
        contributors: document.contributorsText,
      });
    }
  }
  return htmlPage(
    c,
    <SearchPageView
      reader={reader}
      form={form}
      problems={problems}
      total={total}
      hits={hits}
      page={page}
      pageSize={SEARCH_PAGE_SIZE}
      languages={languages}
      contributors={contributors}
    />,
  );
}
