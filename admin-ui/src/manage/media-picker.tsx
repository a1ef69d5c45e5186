import { useState } from 'react';
import type { Media } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { Dialog } from './dialog.tsx';
import { TextField } from './fields.tsx';
import { MediaEditor } from './media-editor.tsx';
import { MediaGrid } from './media-grid.tsx';
import { useMediaSearch } from './media-search.ts';
import { MediaSearchResults } from './media-search-results.tsx';
import { MediaUploader } from './media-uploader.tsx';
import { VisuallyHidden } from './visually-hidden.tsx';

/** The language the edition writes in, for alt texts and captions shown first. */
export function useEditionLanguage(siteId: string): string {
  const { sites } = useSession();
  const ui = useLanguage();
  return sites.find((site) => site.id === siteId)?.language ?? ui;
}

/**
 * Choosing an image from the media library in a dialog: search, or upload new ones (and
 * describe them) without leaving. Used for contributors' photos and by the article editor.
 */
export function MediaPicker(props: {
  siteId: string;
  onPick(mediaId: string): void;
  onClose(): void;
}) {
  const t = useT();
  const language = useEditionLanguage(props.siteId);
  const search = useMediaSearch();
  const [describing, setDescribing] = useState<Media | null>(null);

  if (describing) {
    return (
      <MediaEditor
        media={describing}
        language={language}
        onSaved={(media) => {
          search.replace(media);
          setDescribing(media);
        }}
        onClose={() => setDescribing(null)}
      />
    );
  }

  return (
    <Dialog title={t('manage.picker.title')} onClose={props.onClose} size="wide">
      <search>
        <TextField
          type="search"
          label={t('manage.media.search')}
          hint={t('manage.media.searchHint')}
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
        />
      </search>
      <details className="picker-upload">
        <summary>{t('manage.picker.upload')}</summary>
        <MediaUploader
          siteId={props.siteId}
          onUploaded={search.prepend}
          onDescribe={setDescribing}
        />
      </details>
      <MediaSearchResults search={search}>
        <MediaGrid
          label={t('manage.picker.results')}
          items={search.items}
          language={language}
          action={(media) => (
            <button type="button" className="primary small" onClick={() => props.onPick(media.id)}>
              {t('manage.picker.choose')}
              <VisuallyHidden>: {media.originalName || t('manage.media.untitled')}</VisuallyHidden>
            </button>
          )}
        />
      </MediaSearchResults>
    </Dialog>
  );
}
