/** @jsxImportSource #reader-jsx */
import type { ArticlePage, StoryVersion } from '../../articles/article-page.view.ts';
import { mediaIdsOf } from '../../articles/blocks.ts';
import { creditLines, lineText } from '../../translations/credit-lines.ts';
import { Blocks } from '../site/components/blocks.tsx';
import { creditOriginOf } from '../site/components/credits.tsx';
import type { Reader } from '../site/reader.ts';
import { type ApiLinks, editionRef } from './api-links.ts';

/** One article of the Content API; `full` adds the body as blocks, HTML and its images. */
export async function articleJson(page: ArticlePage, links: ApiLinks, full: boolean) {
  const site = links.site(page.siteId);
  if (!site) return null;
  const urls = links.urls(site);
  const reader = links.reader(site);
  const contributorUrl = (slug: string) => urls.absolute(`/contributor/${slug}`);
  const summary = {
    id: page.id,
    storyId: page.storyId,
    edition: editionRef(site),
    language: page.language,
    slug: page.slug,
    url: urls.absolute(`/${page.slug}`),
    kicker: page.kicker,
    headline: page.headline,
    dek: page.dek,
    section: page.section
      ? {
          slug: page.section.slug,
          url: urls.absolute(`/section/${page.section.slug}`),
          name: page.section.name,
        }
      : null,
    tags: page.tags.map((tag) => ({
      slug: tag.slug,
      url: urls.absolute(`/tag/${tag.slug}`),
      name: tag.name,
    })),
    series: page.series
      ? {
          slug: page.series.slug,
          url: urls.absolute(`/series/${page.series.slug}`),
          title: page.series.title,
          position: page.series.position,
        }
      : null,
    publishedAt: page.publishedAt,
    updatedAt: page.updatedAt,
    leadImage: page.lead ? links.image(page.lead, site) : null,
    credits: page.credits.map((credit) => ({
      slug: credit.slug,
      url: contributorUrl(credit.slug),
      role: credit.role,
      name: credit.name,
      kind: credit.kind,
    })),
    creditLines: creditLines(creditOriginOf(reader, page), {
      language: page.language,
      timeZone: site.timezone,
      publishedAt: page.publishedAt,
    }).map(lineText),
    origin: originJson(page, links, contributorUrl),
    corrections: page.corrections.map(({ correctedAt, language, note }) => ({
      correctedAt,
      language,
      note,
    })),
    translations: page.versions.flatMap((version) => {
      const other = links.site(version.siteId);
      return other
        ? [
            {
              id: version.id,
              language: version.language,
              edition: editionRef(other),
              url: links.urls(other).absolute(`/${version.slug}`),
              headline: version.headline,
              publishedAt: version.publishedAt,
              republication: version.isRepublication,
            },
          ]
        : [];
    }),
  };
  if (!full) return summary;
  return {
    ...summary,
    blocks: page.body,
    html: await bodyHtml(page, reader, links.mediaOrigin(site)),
    images: mediaIdsOf(page.body).flatMap((id) => {
      const image = page.images.get(id);
      return image ? [links.image(image, site)] : [];
    }),
  };
}

/** The body as the reader site renders it (one renderer), with absolute image addresses. */
async function bodyHtml(page: ArticlePage, reader: Reader, mediaOrigin: string): Promise<string> {
  const html = await (
    <Blocks reader={reader} blocks={page.body} images={page.images} mediaOrigin={mediaOrigin} />
  );
  return String(html);
}

/**
 * Where the article comes from. A sister article is named only while it is published (it is
 * then among the story's versions): a withdrawn or draft source is null, never revealed.
 */
function originJson(page: ArticlePage, links: ApiLinks, contributorUrl: (slug: string) => string) {
  const origin = page.origin;
  const published = new Map<string, StoryVersion>(
    page.versions.map((version) => [version.id, version]),
  );
  const sourceArticle = (id: string) => {
    const version = published.get(id);
    const site = version && links.site(version.siteId);
    if (!version || !site) return null;
    return {
      id,
      language: version.language,
      edition: editionRef(site),
      url: links.urls(site).absolute(`/${version.slug}`),
    };
  };
  switch (origin.type) {
    case 'original':
      return { type: 'original' as const };
    case 'translation':
      return {
        type: 'translation' as const,
        source: sourceArticle(origin.sourceArticleId),
        translators: page.translators.map((translator) => ({
          slug: translator.slug,
          url: contributorUrl(translator.slug),
          name: translator.name,
        })),
      };
    case 'republication': {
      if (origin.source.kind === 'outside') {
        const { kind, publication, url, language, publishedOn, permission } = origin.source;
        return {
          type: 'republication' as const,
          source: { kind, publication, url, language, publishedOn, permission },
        };
      }
      const source = sourceArticle(origin.source.articleId);
      return {
        type: 'republication' as const,
        source: source ? { kind: 'article' as const, ...source } : null,
      };
    }
  }
}
