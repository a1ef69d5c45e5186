import { type DragEvent, useId, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { type T, useT } from '../i18n/i18n.tsx';
import { useSession } from '../session.tsx';
import { uploadMedia } from './media-files.ts';
import { VisuallyHidden } from './visually-hidden.tsx';

interface Upload {
  key: string;
  name: string;
  progress: number;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  message: string;
  media?: Media;
}

/**
 * Why the server refused a file, in the user's language: its field issues ("photo.png is too
 * large an image…", for 422), what a 413 or 415 means for an upload (the server's own message
 * for them is about any request), or else the server's message.
 */
function refusal(failure: unknown, name: string, t: T): string {
  if (!(failure instanceof ApiError)) return t('manage.unreachable');
  if (failure.issues.length > 0) {
    return failure.issues
      .map((issue) => t('manage.media.fileIssue', { name, issue: issue.message }))
      .join(' ');
  }
  if (failure.status === 413) return t('manage.media.tooLarge');
  if (failure.status === 415) return t('manage.media.notImage');
  return failure.message || t('manage.unreachable');
}

/**
 * Uploading images: drop files onto the zone or choose them with the file picker; each file
 * shows its progress and then its result (or the server's reason for refusing it).
 */
export function MediaUploader(props: {
  siteId: string;
  onUploaded(media: Media): void;
  /** Offers to describe a file just uploaded. */
  onDescribe?(media: Media): void;
}) {
  const t = useT();
  const { session } = useSession();
  const id = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [summary, setSummary] = useState('');
  const counter = useRef(0);
  const queue = useRef(Promise.resolve());

  const update = (key: string, changes: Partial<Upload>) =>
    setUploads((current) =>
      current.map((upload) => (upload.key === key ? { ...upload, ...changes } : upload)),
    );

  const start = (files: File[]) => {
    if (files.length === 0) return;
    const batch = files.map((file) => ({
      file,
      key: `upload-${++counter.current}`,
    }));
    setUploads((current) => [
      ...batch.map(({ file, key }) => ({
        key,
        name: file.name,
        progress: 0,
        state: 'waiting' as const,
        message: '',
      })),
      ...current,
    ]);
    setSummary(t('manage.media.uploadingCount', { count: files.length }));
    // One file at a time: a newsroom on a slow connection sees each one finish.
    queue.current = queue.current.then(async () => {
      let done = 0;
      let failed = 0;
      for (const { file, key } of batch) {
        update(key, { state: 'uploading' });
        try {
          const media = await uploadMedia(
            { file, siteId: props.siteId },
            session?.csrfToken ?? null,
            (progress) => update(key, { progress }),
          );
          done += 1;
          update(key, { state: 'done', progress: 1, media, message: '' });
          props.onUploaded(media);
        } catch (failure) {
          failed += 1;
          update(key, { state: 'failed', message: refusal(failure, file.name, t) });
        }
      }
      setSummary(t('manage.media.uploadSummary', { done, failed }));
    });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    start([...event.dataTransfer.files]);
  };

  return (
    <section className="uploader" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('manage.media.uploadTitle')}</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the way for everyone. */}
      <div
        className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(event) => {
          // Leaving for a child element is not leaving the zone.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p className="drop-zone__text">
          {dragging ? t('manage.media.dropNow') : t('manage.media.dropHere')}
        </p>
        <label htmlFor={`${id}-files`}>{t('manage.media.chooseFiles')}</label>
        <input
          id={`${id}-files`}
          className="file-input"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/heic,image/heif"
          aria-describedby={`${id}-privacy ${id}-limits`}
          onChange={(event) => {
            start([...(event.target.files ?? [])]);
            // The same file may be chosen again after a refusal.
            event.target.value = '';
          }}
        />
        <p className="hint" id={`${id}-limits`}>
          {t('manage.media.limits')}
        </p>
        <p className="privacy-note" id={`${id}-privacy`}>
          {t('manage.media.privacy')}
        </p>
      </div>
      <p className="status-line" role="status">
        {summary}
      </p>
      {uploads.length > 0 ? (
        <ul className="upload-list" aria-label={t('manage.media.uploads')}>
          {uploads.map((upload) => (
            <li key={upload.key} className={`upload upload--${upload.state}`}>
              <span className="upload__name">{upload.name}</span>
              {upload.state === 'waiting' ? (
                <span>{t('manage.media.waiting')}</span>
              ) : upload.state === 'uploading' ? (
                <progress
                  max={1}
                  value={upload.progress}
                  aria-label={t('manage.media.uploadingFile', { name: upload.name })}
                />
              ) : upload.state === 'done' ? (
                <span className="upload__result">
                  <span className="ok-text">✓ {t('manage.media.uploaded')}</span>
                  {upload.media && props.onDescribe ? (
                    <button
                      type="button"
                      className="small"
                      onClick={() => upload.media && props.onDescribe?.(upload.media)}
                    >
                      {t('manage.media.describe')}
                      <VisuallyHidden>: {upload.name}</VisuallyHidden>
                    </button>
                  ) : null}
                </span>
              ) : (
                <span className="error">
                  ✗ {t('manage.media.refused')} {upload.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
