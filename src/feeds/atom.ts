import { type FeedDocument, escapeXml as x } from './feed.ts';

/** Atom 1.0 (RFC 4287): the feed's author is its edition; entries name their own authors. */
export function renderAtom(feed: FeedDocument): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
    `<id>${x(feed.id)}</id>`,
    `<title type="text">${x(feed.title)}</title>`,
  ];
  if (feed.description) lines.push(`<subtitle type="text">${x(feed.description)}</subtitle>`);
  lines.push(
    `<updated>${feed.updated}</updated>`,
    `<link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.urls.atom)}"/>`,
    `<author><name>${x(feed.publisher)}</name></author>`,
    '<generator>Tribune</generator>',
  );
  if (feed.icon) lines.push(`<icon>${x(feed.icon)}</icon>`);
  for (const item of feed.items) {
    lines.push('<entry>');
    lines.push(`<id>${x(item.url)}</id>`);
    lines.push(`<title type="text">${x(item.title)}</title>`);
    lines.push(`<link rel="alternate" type="text/html" href="${x(item.url)}"/>`);
    lines.push(`<published>${item.published}</published>`);
    lines.push(`<updated>${item.updated}</updated>`);
    for (const author of item.authors) {
      lines.push(`<author><name>${x(author.name)}</name><uri>${x(author.url)}</uri></author>`);
    }
    for (const category of item.categories) lines.push(`<category term="${x(category)}"/>`);
    if (item.image) {
      lines.push(
        `<link rel="enclosure" type="${x(item.image.type)}" href="${x(item.image.url)}"/>`,
      );
    }
    if (item.summary) lines.push(`<summary type="text">${x(item.summary)}</summary>`);
    if (item.contentHtml) lines.push(`<content type="html">${x(item.contentHtml)}</content>`);
    lines.push('</entry>');
  }
  lines.push('</feed>');
  return `${lines.join('\n')}\n`;
}
