import { type FormEvent, useEffect, useId, useState } from 'react';
import { ApiError, api, query } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { Field, FormError } from '../components/field.tsx';
import { useT } from '../i18n/i18n.tsx';
import { itemsOf, totalOf } from './api-lists.ts';
import { Dialog } from './dialog.tsx';
import { mediaTexts, thumbnailUrl } from './media-url.ts';

/** A dialog to choose an image of the media library, or upload a new one and use it. */
export function MediaPicker(props: {
  open: boolean;
  siteId: string;
  /** The language of the article: texts are shown, and written, in it. */
  language: string;
  onClose(): void;
  onChoose(media: Media): void;
}) {
  const t = useT();
  return (
    <Dialog open={props.open} title={t('editor.media.title')} onClose={props.onClose} wide>
      <MediaSearch {...props} />
      <MediaUpload {...props} />
    </Dialog>
  );
}

function MediaSearch(props: { siteId: string; language: string; onChoose(media: Media): void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [items, setItems] = useState<Media[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const resultsId = useId();

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    const timer = window.setTimeout(() => {
      api<unknown>('GET', `/media${query({ q: text.trim(), page })}`).then(
        (answer) => {
          if (cancelled) return;
          const found = itemsOf<Media>(answer);
          setItems((before) => (page === 1 ? found : [...before, ...found]));
          setTotal(totalOf(answer));
          setError(null);
          setLoading(false);
        },
        (failure: unknown) => {
          if (cancelled) return;
          setError(failure instanceof Error ? failure.message : String(failure));
          setLoading(false);
        },
      );
    }, 250);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [text, page]);

  let message = '';
  if (loading) message = t('app.loading');
  else if (error) message = t('editor.media.loadFailed', { message: error });
  else if (!items.length) message = t('editor.media.none');
  else
    message = total === 1 ? t('editor.media.countOne') : t('editor.media.count', { count: total });

  return (
    <section className="media-search" aria-labelledby={`${resultsId}-title`}>
      <h3 id={`${resultsId}-title`}>{t('editor.media.library')}</h3>
      <div className="field">
        <label htmlFor={`${resultsId}-q`}>{t('editor.media.search')}</label>
        <input
          id={`${resultsId}-q`}
          type="search"
          value={text}
          data-autofocus
          onChange={(event) => {
            setText(event.target.value);
            setPage(1);
          }}
        />
      </div>
      <p className="hint" aria-live="polite">
        {message}
      </p>
      {items.length ? (
        <ul className="media-grid">
          {items.map((media) => {
            const texts = mediaTexts(media, props.language);
            const name = texts.alt || texts.caption || media.originalName || media.id;
            return (
              <li key={media.id}>
                <button type="button" onClick={() => props.onChoose(media)}>
                  <img src={thumbnailUrl(media.id, media)} alt="" loading="lazy" />
                  <span>{name}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {!loading && items.length < total ? (
        <button type="button" onClick={() => setPage((current) => current + 1)}>
          {t('editor.media.more')}
        </button>
      ) : null}
    </section>
  );
}

function MediaUpload(props: { siteId: string; language: string; onChoose(media: Media): void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [credit, setCredit] = useState('');
  const [alt, setAlt] = useState('');
  const [caption, setCaption] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    const language = props.language.split('-')[0] || props.language;
    const form = new FormData();
    form.set('file', file);
    form.set('siteId', props.siteId);
    form.set('credit', credit.trim());
    if (alt.trim() || caption.trim()) {
      form.set(
        'texts',
        JSON.stringify({ [language]: { alt: alt.trim(), caption: caption.trim() } }),
      );
    }
    try {
      props.onChoose(await api<Media>('POST', '/media', form));
    } catch (failure) {
      // What was typed stays in the form, with the reason next to the field.
      setError(
        failure instanceof ApiError
          ? failure
          : new ApiError(
              0,
              'network',
              failure instanceof Error ? failure.message : String(failure),
            ),
      );
    } finally {
      setBusy(false);
    }
  };

  // A file the server refused as a whole: said next to the file field.
  const refused =
    error?.status === 415
      ? t('manage.media.notImage')
      : error?.status === 413
        ? t('manage.media.tooLarge')
        : undefined;
  const fileError =
    fileMissing && !file ? t('editor.media.fileRequired') : (refused ?? error?.issueAt('file'));
  const generalError =
    error &&
    !refused &&
    !error.issues.some((issue) => ['file', 'credit', 'texts'].some((p) => issue.path.startsWith(p)))
      ? error.message
      : null;

  return (
    <section className="media-upload" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('editor.media.upload')}</h3>
      <form onSubmit={submit} noValidate>
        <FormError message={generalError} />
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('editor.media.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${id}-file-error` : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {fileError ? (
            <p className="error" id={`${id}-file-error`}>
              {fileError}
            </p>
          ) : null}
        </div>
        <Field
          label={t('editor.media.credit')}
          value={credit}
          onChange={(event) => setCredit(event.target.value)}
          error={error?.issueAt('credit')}
        />
        <Field
          label={t('editor.media.alt')}
          hint={t('editor.media.altHint')}
          value={alt}
          onChange={(event) => setAlt(event.target.value)}
          error={error?.issueAt('texts')}
        />
        <Field
          label={t('editor.media.caption')}
          value={caption}
          onChange={(event) => setCaption(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('editor.media.uploading') : t('editor.media.uploadAndUse')}
        </button>
      </form>
    </section>
  );
}
