import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { useLanguage, useT } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';
import { FailureMessage, StatusLine } from './feedback.tsx';
import { TextField } from './fields.tsx';
import { LanguageTexts, withoutEmptyLanguages } from './language-texts.tsx';
import { textsIn, thumbnailUrl } from './media-files.ts';
import { confirmDiscard } from './unsaved.ts';
import { useSubmit } from './use-submit.ts';

type Texts = Record<string, { alt: string; caption: string }>;

/** Editing one media item's credit, and its alt text and caption per language, in a dialog. */
export function MediaEditor(props: {
  media: Media;
  /** The edition's language, shown first. */
  language: string;
  onSaved(media: Media): void;
  onClose(): void;
}) {
  const t = useT();
  const ui = useLanguage();
  const form = useSubmit();
  const initial = { credit: props.media.credit, texts: props.media.texts };
  const [credit, setCredit] = useState(initial.credit);
  const [texts, setTexts] = useState<Texts>(initial.texts);
  const [saved, setSaved] = useState(JSON.stringify(initial));
  const dirty = JSON.stringify({ credit, texts }) !== saved;

  const close = () => {
    if (confirmDiscard(dirty, t('manage.discardChanges'))) props.onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const kept = withoutEmptyLanguages(texts);
    // Languages left out of a change stay as they were: a removed one is sent as null.
    const removed = Object.keys(props.media.texts).filter((tag) => !(tag in kept));
    const changes = {
      credit,
      texts: { ...kept, ...Object.fromEntries(removed.map((tag) => [tag, null])) },
    };
    await form.run(async () => {
      const media = await api<Media>('PATCH', `/media/${props.media.id}`, changes);
      // An answer without the item (204) still means the changes are stored.
      const next = media?.id ? media : { ...props.media, credit, texts: kept };
      setSaved(JSON.stringify({ credit, texts }));
      props.onSaved(next);
    }, t('manage.media.saved'));
  };

  const alt = textsIn(props.media, props.language).alt;
  const { width, height, bytes, originalName, createdAt } = props.media;
  return (
    <Dialog
      title={t('manage.media.editTitle', { name: originalName || t('manage.media.untitled') })}
      onClose={close}
      size="wide"
    >
      <div className="media-editor">
        <figure className="media-editor__preview">
          <img src={thumbnailUrl(props.media)} alt={alt} />
          <figcaption>
            <dl className="facts">
              <dt>{t('manage.media.dimensions')}</dt>
              <dd>
                {width} × {height}
              </dd>
              <dt>{t('manage.media.size')}</dt>
              <dd>
                {new Intl.NumberFormat(ui, {
                  style: 'unit',
                  unit: 'kilobyte',
                  maximumFractionDigits: 0,
                }).format(bytes / 1024)}
              </dd>
              <dt>{t('manage.media.type')}</dt>
              <dd>{props.media.mimeType}</dd>
              <dt>{t('manage.media.uploadedOn')}</dt>
              <dd>
                <time dateTime={createdAt}>
                  {new Intl.DateTimeFormat(ui, { dateStyle: 'medium' }).format(new Date(createdAt))}
                </time>
              </dd>
            </dl>
            <p className="privacy-note">{t('manage.media.privacy')}</p>
          </figcaption>
        </figure>
        <form onSubmit={submit} noValidate className="media-editor__form">
          <FailureMessage form={form} shown={['credit', 'texts']} />
          <TextField
            label={t('manage.media.credit')}
            hint={t('manage.media.creditHint')}
            value={credit}
            onChange={(event) => setCredit(event.target.value)}
            error={form.issue('credit')}
          />
          <LanguageTexts
            legend={t('manage.media.textsLegend')}
            value={texts}
            primary={props.language}
            path="texts"
            issue={form.issue}
            onChange={setTexts}
            fields={[
              { key: 'alt', label: t('manage.media.alt'), hint: t('manage.media.altHint') },
              { key: 'caption', label: t('manage.media.caption'), multiline: true },
            ]}
          />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={form.busy || undefined}>
              {t('common.save')}
            </button>
            <StatusLine form={form} />
          </div>
        </form>
      </div>
    </Dialog>
  );
}
