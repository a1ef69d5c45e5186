import type { ReactNode } from 'react';
import type { Media } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { textsIn, thumbnailUrl } from './media-files.ts';

/**
 * Media items as a grid of thumbnails; each image's alt text is its alt text in the edition's
 * language, and items still without one say so in words.
 */
export function MediaGrid(props: {
  items: Media[];
  language: string;
  /** The control(s) of one item: "Edit…", "Choose"… */
  action(media: Media): ReactNode;
  label: string;
}) {
  const t = useT();
  return (
    <ul className="media-grid" aria-label={props.label}>
      {props.items.map((media) => {
        const { alt, caption } = textsIn(media, props.language);
        return (
          <li key={media.id} className="media-card">
            <img
              src={thumbnailUrl(media)}
              alt={alt}
              loading="lazy"
              width={media.width}
              height={media.height}
            />
            <div className="media-card__text">
              <p className="media-card__name">{media.originalName || t('manage.media.untitled')}</p>
              {caption ? <p className="media-card__caption">{caption}</p> : null}
              {media.credit ? (
                <p className="media-card__credit">
                  {t('manage.media.creditLine', { credit: media.credit })}
                </p>
              ) : null}
              {alt ? null : <p className="warning-text">{t('manage.media.noAlt')}</p>}
              <div className="media-card__actions">{props.action(media)}</div>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
