/** @jsxImportSource #reader-jsx */
import type { ArticlePage, OriginStep } from '../../../articles/article-page.view.ts';
import { type CreditOrigin, creditLines, type Named } from '../../../translations/credit-lines.ts';
import type { Reader } from '../reader.ts';

/** Turns the resolved origin of an article into the names and links the credit lines need. */
export function creditOriginOf(reader: Reader, page: ArticlePage): CreditOrigin {
  const origin = page.originCredit;
  const editionOf = (step: OriginStep): Named => {
    const site = reader.sites.find((candidate) => candidate.id === step.siteId);
    return site
      ? { name: site.name, href: reader.urls.toEdition(site, `/${step.slug}`) }
      : { name: '', href: null };
  };
  const translators: Named[] = page.translators.map((credit) => ({
    name: credit.name,
    href: reader.urls.contributor(credit.slug),
  }));
  switch (origin.kind) {
    case 'original':
      return { kind: 'original' };
    case 'outside':
      return {
        kind: 'outside',
        publication: { name: origin.publication, href: origin.url },
        language: origin.language,
        publishedOn: origin.publishedOn,
        permission: origin.permission,
      };
    case 'republication':
      return {
        kind: 'republication',
        original: origin.original
          ? {
              language: origin.original.language,
              publishedAt: origin.original.publishedAt,
              publication: editionOf(origin.original),
            }
          : null,
        translators,
      };
    case 'translation':
      return {
        kind: 'translation',
        original: origin.original
          ? {
              language: origin.original.language,
              publishedAt: origin.original.publishedAt,
              publication: editionOf(origin.original),
            }
          : null,
        via: origin.via.map((step) => ({ language: step.language, publication: editionOf(step) })),
        translators,
      };
  }
}

/** The origin and translation credit lines at the foot of the body. */
export function Credits(props: { reader: Reader; page: ArticlePage }) {
  const { reader, page } = props;
  const lines = creditLines(creditOriginOf(reader, page), {
    language: page.language,
    timeZone: reader.site.timezone,
    publishedAt: page.publishedAt,
  });
  if (lines.length === 0) return null;
  return (
    <section class="credits" aria-label={reader.t('article.credits')}>
      {lines.map((line) => (
        <p>
          {line.map((segment) =>
            typeof segment === 'string' ? segment : <a href={segment.href}>{segment.text}</a>,
          )}
        </p>
      ))}
    </section>
  );
}
