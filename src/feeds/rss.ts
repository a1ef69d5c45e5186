import { type FeedDocument, escapeXml as x } from './feed.ts';

/** RFC 822 date, as RSS 2.0 wants: "Wed, 11 Dec 2024 15:00:00 GMT". */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

/**
 * RSS 2.0 with the usual extensions: atom:link (self), content:encoded (full text),
 * dc:creator (authors without e-mail addresses) and media:content (the lead image).
 */
export function renderRss(feed: FeedDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    `<title>${x(feed.title)}</title>`,
    `<link>${x(feed.homeUrl)}</link>`,
    `<description>${x(feed.description || feed.title)}</description>`,
    `<language>${x(feed.language.toLowerCase())}</language>`,
    `<lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    '<generator>Tribune</generator>',
    `<atom:link href="${x(feed.urls.rss)}" rel="self" type="application/rss+xml"/>`,
  ];
  // RSS images must be GIF, JPEG or PNG; the edition's icon is SVG, so RSS goes without.
  for (const item of feed.items) {
    lines.push('<item>');
    lines.push(`<title>${x(item.title)}</title>`);
    lines.push(`<link>${x(item.url)}</link>`);
    lines.push(`<guid isPermaLink="true">${x(item.url)}</guid>`);
    lines.push(`<pubDate>${rfc822(item.published)}</pubDate>`);
    if (item.summary) lines.push(`<description>${x(item.summary)}</description>`);
    if (item.contentHtml) lines.push(`<content:encoded>${x(item.contentHtml)}</content:encoded>`);
    for (const author of item.authors) lines.push(`<dc:creator>${x(author.name)}</dc:creator>`);
    for (const category of item.categories) lines.push(`<category>${x(category)}</category>`);
    if (item.image) {
      lines.push(
        `<media:content url="${x(item.image.url)}" type="${x(item.image.type)}" medium="image" width="${item.image.width}" height="${item.image.height}"/>`,
      );
    }
    lines.push('</item>');
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}
