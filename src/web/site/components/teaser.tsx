/** @jsxImportSource #reader-jsx */
import type { Teaser } from '../../../articles/teaser.view.ts';
import type { Reader } from '../reader.ts';
import { Byline } from './byline.tsx';
import { DateText } from './date.tsx';
import { Picture } from './picture.tsx';

/** The kicker of an article: its own, else its series, else its section. */
export function kickerOf(article: {
  kicker: string;
  series: { title: string } | null;
  section: { name: string } | null;
}): string {
  return article.kicker || article.series?.title || article.section?.name || '';
}

/** An article in a list: image, kicker, headline (the link), dek, byline and date. */
export function TeaserCard(props: {
  reader: Reader;
  teaser: Teaser;
  /** The heading level of the headline in this list. */
  level?: 2 | 3;
  size?: 'lead' | 'normal' | 'compact';
  priority?: boolean;
}) {
  const { reader, teaser } = props;
  const size = props.size ?? 'normal';
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const kicker = kickerOf(teaser);
  const sizes =
    size === 'lead' ? '(min-width: 64rem) 40rem, 100vw' : '(min-width: 40rem) 20rem, 100vw';
  return (
    <article class={`teaser teaser--${size}`}>
      {teaser.image && size !== 'compact' ? (
        <Picture
          image={teaser.image}
          sizes={sizes}
          priority={props.priority}
          class="teaser__image"
        />
      ) : null}
      <div class="teaser__text">
        {kicker ? <p class="kicker">{kicker}</p> : null}
        <Heading class="teaser__title">
          <a href={reader.urls.article(teaser.slug)}>{teaser.headline}</a>
        </Heading>
        {teaser.dek && size !== 'compact' ? <p class="teaser__dek">{teaser.dek}</p> : null}
        <p class="meta">
          {teaser.authors.length ? (
            <>
              <Byline reader={reader} authors={teaser.authors} /> ·{' '}
            </>
          ) : null}
          <DateText reader={reader} iso={teaser.publishedAt} />
        </p>
      </div>
    </article>
  );
}
