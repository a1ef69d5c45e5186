import { useState } from 'react';
import type { Media } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { TextField } from '../manage/fields.tsx';
import { MediaEditor } from '../manage/media-editor.tsx';
import { MediaGrid } from '../manage/media-grid.tsx';
import { useEditionLanguage } from '../manage/media-picker.tsx';
import { useMediaSearch } from '../manage/media-search.ts';
import { MediaSearchResults } from '../manage/media-search-results.tsx';
import { MediaUploader } from '../manage/media-uploader.tsx';
import { VisuallyHidden } from '../manage/visually-hidden.tsx';

/** The media library: upload images, find them, describe them per language. */
export function MediaLibrary(props: { siteId: string }) {
  const t = useT();
  const language = useEditionLanguage(props.siteId);
  const search = useMediaSearch();
  const [editing, setEditing] = useState<Media | null>(null);
  return (
    <section className="manage">
      <h1>{t('manage.media.title')}</h1>
      <p className="lede">{t('manage.media.lede')}</p>
      <MediaUploader siteId={props.siteId} onUploaded={search.prepend} onDescribe={setEditing} />
      <section aria-labelledby="media-library-title">
        <h2 id="media-library-title">{t('manage.media.libraryTitle')}</h2>
        <search>
          <TextField
            type="search"
            label={t('manage.media.search')}
            hint={t('manage.media.searchHint')}
            value={search.text}
            onChange={(event) => search.setText(event.target.value)}
          />
        </search>
        <MediaSearchResults search={search}>
          <MediaGrid
            label={t('manage.media.libraryTitle')}
            items={search.items}
            language={language}
            action={(media) => (
              <button type="button" className="small" onClick={() => setEditing(media)}>
                {t('manage.media.edit')}
                <VisuallyHidden>
                  : {media.originalName || t('manage.media.untitled')}
                </VisuallyHidden>
              </button>
            )}
          />
        </MediaSearchResults>
      </section>
      {editing ? (
        <MediaEditor
          media={editing}
          language={language}
          onSaved={(media) => {
            search.replace(media);
            setEditing(media);
          }}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
