/** @jsxImportSource #reader-jsx */
import type { ArticlePage } from '../../../articles/article-page.view.ts';
import { newsArticleJsonLd } from '../../../feeds/json-ld.ts';
import type { ImageRef } from '../../../media/image-ref.ts';
import { fallbackFormat, variantUrl, variantWidths } from '../../../media/variants.ts';
import { AuthorBoxes } from '../components/author-box.tsx';
import { Blocks } from '../components/blocks.tsx';
import { Byline, bylineKind } from '../components/byline.tsx';
import { Corrections } from '../components/corrections.tsx';
import { Credits } from '../components/credits.tsx';
import { DateText } from '../components/date.tsx';
import { Picture } from '../components/picture.tsx';
import { ShareButtons, ShareLinks } from '../components/share.tsx';
import { kickerOf, TeaserCard } from '../components/teaser.tsx';
import { Versions } from '../components/versions.tsx';
import { EditionLayout, type HeadMeta } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/**
 * The head of an article page: canonical (a same-language republication points at the
 * original, or is kept out of search engines, as its edition chooses) and reciprocal hreflang.
 */
export function articleMeta(reader: Reader, page: ArticlePage): HeadMeta {
  const self = reader.urls.absolute(`/${page.slug}`);
  const addressOf = (siteId: string, slug: string) => {
    const site = reader.sites.find((candidate) => candidate.id === siteId);
    return site ? reader.urls.absoluteFor(site, `/${slug}`) : null;
  };
  let canonical = self;
  let noindex = false;
  const origin = page.originCredit;
  if (origin.kind === 'republication' && origin.original) {
    const original = addressOf(origin.original.siteId, origin.original.slug);
    if (reader.site.settings.republicationPolicy === 'noindex') noindex = true;
    else if (original) canonical = original;
  }
  const alternates =
    canonical === self && !noindex
      ? [
          { hreflang: page.language, href: self },
          ...page.versions
            .filter((version) => !version.isRepublication)
            .flatMap((version) => {
              const href = addressOf(version.siteId, version.slug);
              return href ? [{ hreflang: version.language, href }] : [];
            }),
        ]
      : [];
  return {
    jsonLd: articleJsonLd(reader, page, self),
    localeAlternates: [...new Set(page.versions.map((version) => version.language))].filter(
      (language) => language !== page.language,
    ),
    title: `${page.socialTitle || page.headline} — ${reader.site.name}`,
    description: page.socialDescription || page.dek,
    canonical,
    noindex,
    alternates: alternates.length > 1 ? alternates : [],
    og: {
      type: 'article',
      ...(page.lead ? { image: reader.urls.absoluteOnHost(socialImagePath(page.lead)) } : {}),
    },
  };
}

/** The structured data of an article page: NewsArticle with its translations, and its breadcrumbs. */
function articleJsonLd(reader: Reader, page: ArticlePage, self: string): object[] {
  const { urls, site, sites } = reader;
  const addressOf = (siteId: string, slug: string) => {
    const other = sites.find((candidate) => candidate.id === siteId);
    return other ? urls.absoluteFor(other, `/${slug}`) : null;
  };
  const agents = (list: { kind: 'person' | 'organisation'; name: string; slug: string }[]) =>
    list.map((who) => ({
      kind: who.kind,
      name: who.name,
      url: urls.absolute(`/contributor/${who.slug}`),
    }));
  const origin = page.originCredit;
  let translationOfWork: { url: string; language: string } | undefined;
  let isBasedOn: { url: string; name?: string } | undefined;
  if (origin.kind === 'translation' && origin.original) {
    const nearest = origin.via[0] ?? origin.original;
    const url = addressOf(nearest.siteId, nearest.slug);
    if (url) translationOfWork = { url, language: nearest.language };
    const first = addressOf(origin.original.siteId, origin.original.slug);
    if (origin.via.length && first) isBasedOn = { url: first };
  } else if (origin.kind === 'republication' && origin.original) {
    const url = addressOf(origin.original.siteId, origin.original.slug);
    if (url) isBasedOn = { url };
  } else if (origin.kind === 'outside') {
    isBasedOn = { url: origin.url, name: origin.publication };
  }
  const crumbs = [{ name: site.name, url: urls.absolute('/') }];
  if (page.section)
    crumbs.push({ name: page.section.name, url: urls.absolute(`/section/${page.section.slug}`) });
  crumbs.push({ name: page.headline, url: self });
  return newsArticleJsonLd({
    url: self,
    headline: page.headline,
    description: page.socialDescription || page.dek,
    images: page.lead ? [urls.absoluteOnHost(socialImagePath(page.lead))] : [],
    datePublished: page.publishedAt,
    dateModified: page.updatedAt,
    language: page.language,
    authors: agents(page.authors),
    translators: agents(page.translators),
    publisher: {
      name: site.name,
      url: urls.absolute('/'),
      logo: urls.absoluteOnHost(reader.assets.favicon),
    },
    translationOfWork,
    workTranslations:
      page.origin.type === 'original'
        ? page.versions.flatMap((version) => {
            const url = version.isRepublication ? null : addressOf(version.siteId, version.slug);
            return url ? [{ url, language: version.language, headline: version.headline }] : [];
          })
        : [],
    isBasedOn,
    corrections: page.corrections.map((correction) => ({
      text: correction.note,
      date: correction.correctedAt,
      language: correction.language,
    })),
    section: page.section?.name,
    breadcrumbs: crumbs,
  });
}

/** The variant social networks show: 1280 wide (or the widest there is), JPEG/PNG. */
function socialImagePath(image: ImageRef): string {
  const width =
    variantWidths(image.width)
      .filter((w) => w <= 1280)
      .at(-1) ?? image.width;
  return variantUrl(image.id, width, fallbackFormat(image.mimeType));
}

/** The reference article page of product.md, top to bottom. */
export function ArticlePageView(props: { reader: Reader; page: ArticlePage }) {
  const { reader, page } = props;
  const { t, urls } = reader;
  const kicker = kickerOf(page);
  const kickerHref = page.series
    ? urls.series(page.series.slug)
    : page.section
      ? urls.section(page.section.slug)
      : null;
  const authors = page.authors.map((author) => ({
    contributorId: author.id,
    slug: author.slug,
    name: author.name,
    kind: author.kind,
    role: 'author' as const,
  }));
  const url = urls.absolute(`/${page.slug}`);
  const shareLinks = <ShareLinks reader={reader} url={url} title={page.headline} />;
  const origin =
    page.origin.type === 'republication' && page.origin.source.kind === 'outside'
      ? 'outside'
      : page.origin.type;
  return (
    <EditionLayout
      reader={reader}
      pageType="article"
      meta={articleMeta(reader, page)}
      current={page.section ? `section:${page.section.slug}` : undefined}
      data={{
        origin,
        byline: bylineKind(authors),
        ...(page.corrections.length ? { corrected: 'yes' } : {}),
      }}
    >
      <article class="article">
        <header class="article__header">
          {kicker ? (
            <p class="kicker">{kickerHref ? <a href={kickerHref}>{kicker}</a> : kicker}</p>
          ) : null}
          <h1 class="article__headline">{page.headline}</h1>
          {page.dek ? <p class="article__dek">{page.dek}</p> : null}
          <p class="article__meta meta">
            <Byline reader={reader} authors={authors} class="article__byline" />
            {authors.length ? ' · ' : null}
            <DateText reader={reader} iso={page.publishedAt} />
          </p>
          {page.series?.position ? (
            <p class="article__series meta">
              {t('article.seriesPart', {
                position: page.series.position,
                title: page.series.title,
              })}
            </p>
          ) : null}
          <ShareButtons reader={reader} links={shareLinks} place="top" />
        </header>
        {page.lead ? (
          <figure class="article__lead">
            <Picture image={page.lead} sizes="(min-width: 64rem) 60rem, 100vw" priority />
            {page.lead.caption || page.lead.credit ? (
              <figcaption>
                {page.lead.caption || null}
                {page.lead.credit ? (
                  <span class="credit"> {t('article.photo', { credit: page.lead.credit })}</span>
                ) : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div class="article__body">
          <Blocks reader={reader} blocks={page.body} images={page.images} />
        </div>
        <Corrections reader={reader} corrections={page.corrections} />
        <footer class="article__footer">
          <Credits reader={reader} page={page} />
          {page.tags.length ? (
            <nav class="tags" aria-label={t('article.tags')}>
              <ul>
                {page.tags.map((tag) => (
                  <li>
                    <a href={urls.tag(tag.slug)} rel="tag">
                      {tag.name}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <ShareButtons reader={reader} links={shareLinks} place="bottom" />
          <AuthorBoxes reader={reader} authors={page.authors} />
          <Versions reader={reader} versions={page.versions} />
        </footer>
      </article>
      {page.related.length ? (
        <aside class="related" aria-labelledby="related-title">
          <h2 id="related-title" class="block-title">
            {t('article.related')}
          </h2>
          <div class="grid">
            {page.related.map((teaser) => (
              <TeaserCard reader={reader} teaser={teaser} />
            ))}
          </div>
        </aside>
      ) : null}
    </EditionLayout>
  );
}
