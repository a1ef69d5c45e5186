import type { Media } from '../api/types.ts';

/*
 * Thumbnails come from the image variants the server renders (/media/<id>/<width>.<format>):
 * 320 pixels wide, or the image's own width when it is narrower; PNG for images that may be
 * transparent, JPEG for the others, as the reader pages do.
 */

/** The address of an image's thumbnail; without its details, the usual 320-pixel JPEG. */
export function thumbnailUrl(
  mediaId: string,
  media?: Pick<Media, 'width' | 'mimeType'> | null,
): string {
  const width = media && media.width > 0 && media.width < 320 ? media.width : 320;
  const png = media ? ['image/png', 'image/webp', 'image/avif'].includes(media.mimeType) : false;
  return `/media/${encodeURIComponent(mediaId)}/${width}.${png ? 'png' : 'jpg'}`;
}

/** An image's texts in a language, or the best fallback (as the reader site picks them). */
export function mediaTexts(media: Pick<Media, 'texts'> | null | undefined, language: string) {
  const texts = media?.texts ?? {};
  const base = language.split('-')[0] ?? language;
  return texts[language] ?? texts[base] ?? texts.en ?? { alt: '', caption: '' };
}
