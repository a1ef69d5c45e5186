/** @jsxImportSource #reader-jsx */
import type { ContributorCard } from '../../../articles/article-page.view.ts';
import type { Reader } from '../reader.ts';
import { Picture } from './picture.tsx';

/** Who wrote it: photo, name, role line, bio in the edition's language, links. */
export function AuthorBoxes(props: { reader: Reader; authors: ContributorCard[] }) {
  const { reader, authors } = props;
  if (authors.length === 0) return null;
  return (
    <section class="authors" aria-labelledby="authors-title">
      <h2 id="authors-title">
        {reader.t(authors.length > 1 ? 'article.aboutAuthors' : 'article.aboutAuthor')}
      </h2>
      {authors.map((author) => (
        <div class="author">
          {author.photo ? (
            <Picture image={author.photo} alt="" sizes="5rem" class="author__photo" />
          ) : null}
          <div>
            <h3 class="author__name">
              <a href={reader.urls.contributor(author.slug)}>{author.name}</a>
            </h3>
            {author.title ? <p class="author__title">{author.title}</p> : null}
            {author.bio ? <p class="author__bio">{author.bio}</p> : null}
            {author.links.length ? (
              <ul class="author__links">
                {author.links.map((link) => (
                  <li>
                    <a href={link.url} rel="me noopener">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
      ))}
    </section>
  );
}
