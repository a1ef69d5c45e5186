/** @jsxImportSource #reader-jsx */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { languageName } from '../../core/locale.ts';
import { jsonLdScript } from '../trusted-html.ts';
import { SocialLinks } from './components/social-links.tsx';
import { feedPaths } from './feeds.ts';
import { editionFragment, type Reader } from './reader.ts';

/** What a page puts into its <head>, beyond what every page has. */
export interface HeadMeta {
  title: string;
  description?: string;
  /** Absolute canonical address. */
  canonical?: string;
  /** Reciprocal language versions: hreflang → absolute address (self included). */
  alternates?: { hreflang: string; href: string }[];
  /** Keep this page out of search engines (a republication whose edition asks so). */
  noindex?: boolean;
  /** OpenGraph basics. */
  og?: { type: 'article' | 'website'; image?: string };
  /** The page's own feeds besides the edition's: its title and base path in the edition. */
  feed?: { title: string; path: string };
  /** Structured data (JSON-LD) of the page. */
  jsonLd?: object[];
  /** The other locales the page exists in (og:locale:alternate). */
  localeAlternates?: string[];
}

const FEED_TYPES = [
  ['rss', 'application/rss+xml'],
  ['atom', 'application/atom+xml'],
  ['json', 'application/feed+json'],
] as const;

/** Autodiscovery links for the feeds of a page of the edition. */
function FeedLinks(props: { reader: Reader; title: string; path: string }) {
  const paths = feedPaths(props.path);
  return (
    <>
      {FEED_TYPES.map(([format, type]) => (
        <link
          rel="alternate"
          type={type}
          title={props.title}
          href={props.reader.urls.path(paths[format])}
        />
      ))}
    </>
  );
}

/** The document around every page of an edition: head, masthead, navigation, footer. */
export function EditionLayout(props: {
  reader: Reader;
  meta: HeadMeta;
  pageType: string;
  /** The masthead is the page's h1 on the front page only. */
  mastheadIsHeading?: boolean;
  /** The navigation entry to mark as the current page. */
  current?: string;
  /** Attributes describing the page for tests and styles, e.g. data-origin. */
  data?: Record<string, string>;
  children: Child;
}) {
  const { reader, meta } = props;
  const { site } = reader;
  const dataAttributes = Object.fromEntries(
    Object.entries(props.data ?? {}).map(([key, value]) => [`data-${key}`, value]),
  );
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={site.language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{meta.title}</title>
          {meta.description ? <meta name="description" content={meta.description} /> : null}
          {meta.canonical ? <link rel="canonical" href={meta.canonical} /> : null}
          {meta.noindex ? <meta name="robots" content="noindex, follow" /> : null}
          {(meta.alternates ?? []).map((alternate) => (
            <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
          ))}
          <meta property="og:site_name" content={site.name} />
          <meta property="og:title" content={meta.title} />
          <meta property="og:type" content={meta.og?.type ?? 'website'} />
          <meta property="og:locale" content={site.language.replace('-', '_')} />
          {meta.canonical ? <meta property="og:url" content={meta.canonical} /> : null}
          {meta.description ? <meta property="og:description" content={meta.description} /> : null}
          {meta.og?.image ? <meta property="og:image" content={meta.og.image} /> : null}
          {(meta.localeAlternates ?? []).map((locale) => (
            <meta property="og:locale:alternate" content={locale.replace('-', '_')} />
          ))}
          <meta name="twitter:card" content={meta.og?.image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={meta.title} />
          {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
          {meta.og?.image ? <meta name="twitter:image" content={meta.og.image} /> : null}
          {meta.jsonLd?.length
            ? jsonLdScript(meta.jsonLd.length === 1 ? meta.jsonLd[0] : meta.jsonLd)
            : null}
          {editionFragment(reader, 'feeds', () => (
            <FeedLinks reader={reader} title={site.name} path="/" />
          ))}
          {meta.feed ? (
            <FeedLinks reader={reader} title={meta.feed.title} path={meta.feed.path} />
          ) : null}
          {editionFragment(reader, 'head-end', () => (
            <>
              <meta name="color-scheme" content="light dark" />
              <link rel="icon" type="image/svg+xml" href={reader.assets.favicon} />
              <link rel="stylesheet" href={reader.assets.css} />
              <script src={reader.assets.js} defer />
            </>
          ))}
        </head>
        <body data-page-type={props.pageType} {...dataAttributes}>
          {editionFragment(
            reader,
            `masthead|${props.mastheadIsHeading ? 'h1' : 'p'}|${props.pageType === 'search' ? 'search' : ''}|${props.current ?? ''}`,
            () => (
              <Masthead
                reader={reader}
                mastheadIsHeading={props.mastheadIsHeading}
                pageType={props.pageType}
                current={props.current}
              />
            ),
          )}
          <main id="main" class="wrap">
            {props.children}
          </main>
          {editionFragment(reader, 'footer', () => (
            <Footer reader={reader} />
          ))}
        </body>
      </html>
    </>
  );
}

/** The skip link, the masthead and the navigation: the same on every page of a kind. */
function Masthead(props: {
  reader: Reader;
  mastheadIsHeading?: boolean | undefined;
  pageType: string;
  current?: string | undefined;
}) {
  const { reader } = props;
  const { site, t, urls } = reader;
  return (
    <>
      <a class="skip" href="#main">
        {t('site.skipToContent')}
      </a>
      <header class="masthead">
        <div class="wrap masthead__top">
          <div>
            {props.mastheadIsHeading ? (
              <h1 class="masthead__name">
                <a href={urls.home()}>{site.name}</a>
              </h1>
            ) : (
              <p class="masthead__name">
                <a href={urls.home()}>{site.name}</a>
              </p>
            )}
            {site.tagline ? <p class="masthead__tagline">{site.tagline}</p> : null}
          </div>
          <div class="masthead__tools">
            {props.pageType === 'search' ? null : (
              <search class="masthead__search">
                <form action={urls.path('/search')}>
                  <label class="visually-hidden" for="masthead-q">
                    {t('search.label')}
                  </label>
                  <input id="masthead-q" type="search" name="q" maxlength={500} />
                  <button type="submit">{t('search.submit')}</button>
                </form>
              </search>
            )}
            <SocialLinks reader={reader} links={site.socialLinks} class="social--header" />
          </div>
        </div>
        <Navigation reader={reader} current={props.current} />
      </header>
    </>
  );
}

function Navigation(props: { reader: Reader; current?: string | undefined }) {
  const { reader } = props;
  const items = reader.site.navigation.flatMap((item) => {
    if (item.kind === 'section') {
      const section = reader.sections.find((candidate) => candidate.id === item.sectionId);
      return section
        ? [
            {
              key: `section:${section.slug}`,
              label: section.name,
              href: reader.urls.section(section.slug),
            },
          ]
        : [];
    }
    if (item.kind === 'page')
      return [{ key: `page:${item.slug}`, label: item.label, href: reader.urls.page(item.slug) }];
    return [{ key: `link:${item.url}`, label: item.label, href: item.url }];
  });
  if (items.length === 0) return null;
  return (
    <nav class="nav" aria-label={reader.t('site.mainNavigation')}>
      <ul class="wrap">
        {items.map((item) => (
          <li>
            <a href={item.href} aria-current={item.key === props.current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer(props: { reader: Reader }) {
  const { reader } = props;
  const { site, t, urls } = reader;
  const sisters = reader.sites.filter((other) => other.id !== site.id);
  const pages = site.navigation.flatMap((item) => (item.kind === 'page' ? [item] : []));
  return (
    <footer class="footer">
      <div class="wrap footer__grid">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" class="footer__name">
            {site.name}
          </h2>
          {site.tagline ? <p>{site.tagline}</p> : null}
          {pages.length ? (
            <ul class="footer__pages">
              {pages.map((page) => (
                <li>
                  <a href={urls.page(page.slug)}>{page.label}</a>
                </li>
              ))}
              {site.settings.supportUrl ? (
                <li>
                  <a href={site.settings.supportUrl}>{t('site.support')}</a>
                </li>
              ) : null}
            </ul>
          ) : null}
        </section>
        <section aria-labelledby="footer-feeds">
          <h2 id="footer-feeds">{t('site.feeds')}</h2>
          <ul class="footer__pages">
            <li>
              <a href={urls.path(feedPaths('/').rss)} type="application/rss+xml">
                {t('site.feedRss')}
              </a>
            </li>
            <li>
              <a href={urls.path(feedPaths('/').atom)} type="application/atom+xml">
                {t('site.feedAtom')}
              </a>
            </li>
            <li>
              <a href={urls.path(feedPaths('/').json)} type="application/feed+json">
                {t('site.feedJson')}
              </a>
            </li>
          </ul>
        </section>
        {site.socialLinks.length ? (
          <section aria-labelledby="footer-follow">
            <h2 id="footer-follow">{t('site.follow', { name: site.name })}</h2>
            <SocialLinks reader={reader} links={site.socialLinks} />
          </section>
        ) : null}
        {sisters.length ? (
          <section aria-labelledby="footer-sisters">
            <h2 id="footer-sisters">{t('site.sisterEditions')}</h2>
            <ul class="footer__editions">
              {sisters.map((other) => (
                <li lang={other.language}>
                  <a href={urls.toEdition(other)} hreflang={other.language}>
                    {other.name}
                  </a>{' '}
                  <span class="meta">{languageName(other.language, other.language)}</span>
                </li>
              ))}
            </ul>
            <p>
              <a href={urls.networkHome()}>{t('site.allEditions')}</a>
            </p>
          </section>
        ) : null}
      </div>
      <p class="wrap footer__powered">{t('site.poweredBy')}</p>
    </footer>
  );
}
