import { escapeXml as x } from './feed.ts';

export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  /** Every language version of the page, itself included (hreflang alternates). */
  alternates?: { hreflang: string; href: string }[];
  /** For the Google News sitemap. */
  news?: { publication: string; language: string; publishedAt: string; title: string };
}

/** A sitemap index (sitemaps.org 0.9). */
export function renderSitemapIndex(sitemaps: { loc: string; lastmod?: string }[]): string {
  const entries = sitemaps.map(
    (sitemap) =>
      `<sitemap><loc>${x(sitemap.loc)}</loc>${sitemap.lastmod ? `<lastmod>${sitemap.lastmod}</lastmod>` : ''}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** A sitemap (sitemaps.org 0.9) with xhtml:link alternates and Google News entries. */
export function renderUrlSet(urls: SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const parts = [`<loc>${x(url.loc)}</loc>`];
    if (url.lastmod) parts.push(`<lastmod>${url.lastmod}</lastmod>`);
    for (const alternate of url.alternates ?? []) {
      parts.push(
        `<xhtml:link rel="alternate" hreflang="${x(alternate.hreflang)}" href="${x(alternate.href)}"/>`,
      );
    }
    if (url.news) {
      parts.push(
        `<news:news><news:publication><news:name>${x(url.news.publication)}</news:name><news:language>${x(url.news.language)}</news:language></news:publication><news:publication_date>${url.news.publishedAt}</news:publication_date><news:title>${x(url.news.title)}</news:title></news:news>`,
      );
    }
    return `<url>${parts.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/**
 * The language code Google News wants: ISO 639 (two or three letters), except Chinese, which
 * keeps its script region ('zh-cn', 'zh-tw').
 */
export function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh-'))
    return lower.includes('tw') || lower.includes('hant') ? 'zh-tw' : 'zh-cn';
  return lower.split('-')[0] ?? lower;
}
