/** @jsxImportSource #reader-jsx */
import type { HomePage } from '../../../articles/home.view.ts';
import { webSiteJsonLd } from '../../../feeds/json-ld.ts';
import { TeaserCard } from '../components/teaser.tsx';
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/** The front page: lead story, featured, latest, then a block per section and per series. */
export function HomePageView(props: { reader: Reader; home: HomePage }) {
  const { reader, home } = props;
  const { site, t, urls } = reader;
  const empty = !home.lead;
  return (
    <EditionLayout
      reader={reader}
      pageType="home"
      mastheadIsHeading
      meta={{
        title: site.name,
        description: site.tagline,
        canonical: urls.absolute('/'),
        jsonLd: [
          webSiteJsonLd({
            name: site.name,
            url: urls.absolute('/'),
            language: site.language,
            searchUrl: urls.absolute('/search'),
            description: site.tagline,
          }),
        ],
      }}
    >
      {empty ? <p>{t('home.noArticles')}</p> : null}
      {home.lead ? (
        <section class="home-lead" aria-labelledby="home-lead">
          <h2 id="home-lead" class="visually-hidden">
            {t('home.lead')}
          </h2>
          <TeaserCard reader={reader} teaser={home.lead} size="lead" priority />
        </section>
      ) : null}
      {home.featured.length ? (
        <section class="home-block" aria-labelledby="home-featured">
          <h2 id="home-featured" class="block-title">
            {t('home.featured')}
          </h2>
          <div class="grid">
            {home.featured.map((teaser) => (
              <TeaserCard reader={reader} teaser={teaser} />
            ))}
          </div>
        </section>
      ) : null}
      {home.latest.length ? (
        <section class="home-block" aria-labelledby="home-latest">
          <h2 id="home-latest" class="block-title">
            {t('home.latest')}
          </h2>
          <div class="list">
            {home.latest.map((teaser) => (
              <TeaserCard reader={reader} teaser={teaser} size="compact" />
            ))}
          </div>
        </section>
      ) : null}
      {home.series.map((series) => (
        <section class="home-block home-series" aria-labelledby={`series-${series.slug}`}>
          <h2 id={`series-${series.slug}`} class="block-title">
            <span class="kicker">{t('home.series')}</span>{' '}
            <a href={urls.series(series.slug)}>{series.title}</a>
          </h2>
          <div class="grid">
            {series.teasers.map((teaser) => (
              <TeaserCard reader={reader} teaser={teaser} />
            ))}
          </div>
        </section>
      ))}
      {home.sections.map((section) => (
        <section class="home-block" aria-labelledby={`section-${section.slug}`}>
          <h2 id={`section-${section.slug}`} class="block-title">
            <a href={urls.section(section.slug)}>{section.name}</a>
          </h2>
          <div class="grid">
            {section.teasers.map((teaser) => (
              <TeaserCard reader={reader} teaser={teaser} />
            ))}
          </div>
          <p class="more">
            <a href={urls.section(section.slug)}>{t('home.seeAll', { name: section.name })}</a>
          </p>
        </section>
      ))}
    </EditionLayout>
  );
}
