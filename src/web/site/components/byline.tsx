/** @jsxImportSource #reader-jsx */
import type { CreditName } from '../../../articles/teaser.view.ts';
import { listFormat } from '../../../i18n/dates.ts';
import type { Reader } from '../reader.ts';

const templates = new Map<string, string[]>();

/**
 * "By {0} and {1}" cut around the places of the names: the same for every byline with as
 * many names in a language, so worked out once (Intl and the message) and kept.
 */
function bylineParts(reader: Reader, count: number): string[] {
  const key = `${reader.language}|${count}`;
  let parts = templates.get(key);
  if (!parts) {
    const placeholder = '\uE000';
    const joined = listFormat(reader.language).format(
      Array.from({ length: count }, (_, index) => `${placeholder}${index}${placeholder}`),
    );
    parts = reader.t('article.by', { names: joined }).split(/\uE000(\d+)\uE000/);
    if (templates.size < 1000) templates.set(key, parts);
  }
  return parts;
}

/** "By Ana and Luis" with each name linked to the contributor's page; nothing for no byline. */
export function Byline(props: { reader: Reader; authors: CreditName[]; class?: string }) {
  const { reader, authors } = props;
  if (authors.length === 0) return null;
  const parts = bylineParts(reader, authors.length);
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
