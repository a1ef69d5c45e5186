/** @jsxImportSource #reader-jsx */
import { EditionLayout } from '../layout.tsx';
import type { Reader } from '../reader.ts';

/** 404 and 410 inside an edition: its masthead, navigation and language. */
export function EditionErrorPage(props: { reader: Reader; kind: 'not-found' | 'gone' }) {
  const { reader } = props;
  const { t } = reader;
  const title = props.kind === 'gone' ? t('error.gone.title') : t('error.notFound.title');
  return (
    <EditionLayout
      reader={reader}
      pageType={props.kind}
      meta={{ title: `${title} — ${reader.site.name}`, noindex: true }}
    >
      <div class="error-page">
        <h1>{title}</h1>
        <p>{props.kind === 'gone' ? t('error.gone.text') : t('error.notFound.text')}</p>
        <p>
          <a href={reader.urls.home()}>{t('error.notFound.home')}</a>
        </p>
      </div>
    </EditionLayout>
  );
}
