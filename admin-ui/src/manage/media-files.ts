import { ApiError } from '../api/client.ts';
import type { Media } from '../api/types.ts';
import { keyFor } from './languages.ts';

/**
 * The address of a media item's thumbnail: 320 pixels wide (or its own width when smaller, the
 * only widths the server renders), PNG for images that may be transparent, else JPEG.
 */
export function thumbnailUrl(
  media: Pick<Media, 'id' | 'width' | 'mimeType'> & { previewUrl?: string },
): string {
  // The API names the preview it prefers; older answers did not.
  if (media.previewUrl) return media.previewUrl;
  const width = media.width > 0 && media.width < 320 ? media.width : 320;
  const transparent = ['image/png', 'image/webp', 'image/avif'].includes(media.mimeType);
  return `/media/${media.id}/${width}.${transparent ? 'png' : 'jpg'}`;
}

/** A media item's alt text and caption in `language` (exact tag, else base, else English). */
export function textsIn(media: Pick<Media, 'texts'>, language: string) {
  const key = keyFor(media.texts, language);
  return media.texts[key] ?? media.texts.en ?? { alt: '', caption: '' };
}

/**
 * Uploads one file to the media library (POST /media, multipart), reporting progress. fetch()
 * cannot tell upload progress, so this uses XMLHttpRequest; failures come as ApiError like the
 * rest of the client's calls.
 */
export function uploadMedia(
  details: { file: File; siteId: string; credit?: string; texts?: Media['texts'] },
  csrfToken: string | null,
  onProgress: (fraction: number) => void,
): Promise<Media> {
  const form = new FormData();
  form.append('file', details.file, details.file.name);
  form.append('siteId', details.siteId);
  form.append('credit', details.credit ?? '');
  form.append('texts', JSON.stringify(details.texts ?? {}));
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/admin/v1/media');
    request.setRequestHeader('Accept', 'application/json');
    if (csrfToken) request.setRequestHeader('X-CSRF-Token', csrfToken);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let data: { error?: Record<string, unknown> } & Partial<Media> = {};
      try {
        data = JSON.parse(request.responseText) as typeof data;
      } catch {
        // A proxy's HTML error page: the status line tells what happened.
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(data as Media);
        return;
      }
      const error = (data.error ?? {}) as {
        code?: string;
        message?: string;
        issues?: ApiError['issues'];
      };
      reject(
        new ApiError(
          request.status,
          error.code ?? 'error',
          error.message ?? request.statusText,
          error.issues ?? [],
        ),
      );
    });
    request.addEventListener('error', () => reject(new TypeError('network')));
    request.send(form);
  });
}
