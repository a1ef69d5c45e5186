import type { FeedDocument } from './feed.ts';

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function renderJsonFeed(feed: FeedDocument): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.homeUrl,
      feed_url: feed.urls.json,
      ...(feed.description ? { description: feed.description } : {}),
      ...(feed.icon ? { icon: feed.icon } : {}),
      language: feed.language,
      authors: [{ name: feed.publisher, url: feed.homeUrl }],
      items: feed.items.map((item) => ({
        id: item.url,
        url: item.url,
        title: item.title,
        ...(item.contentHtml
          ? { content_html: item.contentHtml }
          : { content_text: item.summary || item.title }),
        ...(item.summary ? { summary: item.summary } : {}),
        ...(item.image ? { image: item.image.url } : {}),
        date_published: item.published,
        date_modified: item.updated,
        ...(item.authors.length ? { authors: item.authors } : {}),
        ...(item.categories.length ? { tags: item.categories } : {}),
        language: feed.language,
      })),
    },
    null,
    2,
  );
}
