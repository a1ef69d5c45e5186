/** @jsxImportSource #reader-jsx */
import type { ImageRef } from '../../../media/image-ref.ts';
import type { Page } from '../../../pages/page.ts';
import { Blocks } from '../components/blocks.tsx';
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/** A static page of the edition: About, Support… */
export function StaticPageView(props: {
  reader: Reader;
  page: Page;
  images: Map<string, ImageRef>;
}) {
  const { reader, page } = props;
  return (
    <EditionLayout
      reader={reader}
      pageType="page"
      current={`page:${page.slug}`}
      meta={{
        title: `${page.title} — ${reader.site.name}`,
        description: page.description || page.title,
        canonical: reader.urls.absolute(`/${page.slug}`),
      }}
    >
      <article class="article static-page">
        <header class="article__header">
          <h1 class="article__headline">{page.title}</h1>
          {page.description ? <p class="article__dek">{page.description}</p> : null}
        </header>
        <div class="article__body">
          <Blocks reader={reader} blocks={page.body} images={props.images} />
        </div>
      </article>
    </EditionLayout>
  );
}
