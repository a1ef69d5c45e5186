import { api } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { useLoad } from '../components/use-load.ts';
import { useT } from '../i18n/i18n.tsx';
import { textsIn, thumbnailUrl } from './media-files.ts';

/** One media item's thumbnail by id (a contributor's photo), with its alt text. */
export function MediaThumbnail(props: { mediaId: string; language: string }) {
  const t = useT();
  const media = useLoad(() => api<Media>('GET', `/media/${props.mediaId}`), [props.mediaId]);
  if (media.error) return <p className="error">{t('manage.media.missing')}</p>;
  if (!media.data) return <p className="hint">{t('app.loading')}</p>;
  return (
    <img
      className="thumbnail"
      src={thumbnailUrl(media.data)}
      alt={textsIn(media.data, props.language).alt}
    />
  );
}
