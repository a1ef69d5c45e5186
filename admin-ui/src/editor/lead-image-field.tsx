import { useEffect, useState } from 'react';
import type { Media } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { loadMedia, rememberMedia } from './body-context.ts';
import { MediaPicker } from './media-picker.tsx';
import { mediaTexts, thumbnailUrl } from './media-url.ts';

/** The image at the top of the article (and of its shares), from the media library. */
export function LeadImageField(props: {
  siteId: string;
  language: string;
  value: string | null;
  onChange(mediaId: string | null): void;
  error?: string | undefined;
  readOnly: boolean;
}) {
  const t = useT();
  const [picking, setPicking] = useState(false);
  const [media, setMedia] = useState<Media | null>(null);
  const { value } = props;

  useEffect(() => {
    let cancelled = false;
    setMedia(null);
    if (value) void loadMedia(value).then((found) => !cancelled && setMedia(found));
    return () => {
      cancelled = true;
    };
  }, [value]);

  const texts = mediaTexts(media, props.language);
  return (
    <section className="side-section" aria-labelledby="lead-image-title">
      <h2 id="lead-image-title">{t('editor.lead.title')}</h2>
      {value ? (
        <figure className="lead-image">
          <img
            src={thumbnailUrl(value, media)}
            alt={texts.alt || t('editor.lead.noAlt')}
            onError={(event) => {
              const image = event.currentTarget;
              if (image.src.endsWith('.jpg')) image.src = image.src.replace(/\.jpg$/, '.png');
            }}
          />
          {texts.caption || media?.credit ? (
            <figcaption>
              {texts.caption}
              {media?.credit ? (
                <span className="credit"> {t('editor.lead.credit', { credit: media.credit })}</span>
              ) : null}
            </figcaption>
          ) : null}
        </figure>
      ) : (
        <p className="hint">{t('editor.lead.none')}</p>
      )}
      {props.error ? <p className="error">{props.error}</p> : null}
      {props.readOnly ? null : (
        <div className="row-actions">
          <button type="button" onClick={() => setPicking(true)}>
            {value ? t('editor.lead.change') : t('editor.lead.choose')}
          </button>
          {value ? (
            <button type="button" className="danger" onClick={() => props.onChange(null)}>
              {t('editor.lead.remove')}
            </button>
          ) : null}
        </div>
      )}
      <MediaPicker
        open={picking}
        siteId={props.siteId}
        language={props.language}
        onClose={() => setPicking(false)}
        onChoose={(chosen) => {
          rememberMedia(chosen);
          setPicking(false);
          props.onChange(chosen.id);
        }}
      />
    </section>
  );
}
