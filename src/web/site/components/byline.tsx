/** @jsxImportSource #reader-jsx */
import type { CreditName } from '../../../articles/teaser.view.ts';
import { listFormat } from '../../../i18n/dates.ts';
import type { Reader } from '../reader.ts';

/** "By Ana and Luis" with each name linked to the contributor's page; nothing for no byline. */
export function Byline(props: { reader: Reader; authors: CreditName[]; class?: string }) {
  const { reader, authors } = props;
  if (authors.length === 0) return null;
  const placeholder = '\uE000';
  const joined = listFormat(reader.language).format(
    authors.map((_, index) => `${placeholder}${index}${placeholder}`),
  );
  const template = reader.t('article.by', { names: joined });
  const parts = template.split(/\uE000(\d+)\uE000/);
  return (
    <span class={props.class}>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const author = authors[Number(part)];
        return author ? (
          <a href={reader.urls.contributor(author.slug)} rel="author">
            {author.name}
          </a>
        ) : null;
      })}
    </span>
  );
}

/** What kind of byline an article has, for styling and tests. */
export function bylineKind(authors: CreditName[]): 'none' | 'person' | 'people' | 'organisation' {
  if (authors.length === 0) return 'none';
  if (authors.every((author) => author.kind === 'organisation')) return 'organisation';
  return authors.length === 1 ? 'person' : 'people';
}
