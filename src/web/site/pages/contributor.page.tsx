/** @jsxImportSource #reader-jsx */
import type { Teaser } from '../../../articles/teaser.view.ts';
import type { ContributorProfileView } from '../../../contributors/contributor-page.view.ts';
import { Pagination } from '../components/pagination.tsx';
import { Picture } from '../components/picture.tsx';
import { TeaserCard } from '../components/teaser.tsx';
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/** A contributor's page: who they are, their links, and what they wrote for this edition. */
export function ContributorPage(props: {
  reader: Reader;
  contributor: ContributorProfileView;
  teasers: Teaser[];
  page: number;
  hasNext: boolean;
}) {
  const { reader, contributor } = props;
  const { t, urls } = reader;
  const path = urls.contributor(contributor.slug);
  const suffix = props.page > 1 ? ` — ${t('pagination.page', { page: props.page })}` : '';
  return (
    <EditionLayout
      reader={reader}
      pageType="contributor"
      data={{ contributor: contributor.kind }}
      meta={{
        title: `${contributor.name}${suffix} — ${reader.site.name}`,
        description: contributor.bio || contributor.title || contributor.name,
        canonical: reader.urls.absolute(
          `/contributor/${contributor.slug}${props.page > 1 ? `?page=${props.page}` : ''}`,
        ),
        og: { type: 'website' },
        feed: {
          title: `${contributor.name} — ${reader.site.name}`,
          path: `/contributor/${contributor.slug}`,
        },
      }}
    >
      <header class="profile">
        {contributor.photo ? (
          <Picture image={contributor.photo} alt="" sizes="8rem" class="profile__photo" priority />
        ) : null}
        <div>
          <h1>{contributor.name}</h1>
          {contributor.title || contributor.kind === 'organisation' ? (
            <p class="profile__title">{contributor.title || t('listing.organisation')}</p>
          ) : null}
          {contributor.bio ? <p class="profile__bio">{contributor.bio}</p> : null}
          {contributor.links.length ? (
            <ul class="profile__links" aria-label={t('listing.links')}>
              {contributor.links.map((link) => (
                <li>
                  <a href={link.url} rel="me noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>
      <section aria-labelledby="contributor-articles">
        <h2 id="contributor-articles" class="block-title">
          {t('listing.contributorArticles', { name: contributor.name })}
        </h2>
        {props.teasers.length === 0 ? <p>{t('listing.empty')}</p> : null}
        <div class="list">
          {props.teasers.map((teaser) => (
            <TeaserCard reader={reader} teaser={teaser} level={3} />
          ))}
        </div>
        <Pagination reader={reader} path={path} page={props.page} hasNext={props.hasNext} />
      </section>
    </EditionLayout>
  );
}
