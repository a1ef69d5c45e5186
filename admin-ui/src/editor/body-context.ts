import { createContext, useContext } from 'react';
import { api } from '../api/client.ts';
import type { Media } from '../api/types.ts';

/** What the body's node views need from the editor around them. */
export interface BodyContextValue {
  siteId: string;
  language: string;
  /** Opens the media library; the chosen image, or null when the user cancels. */
  pickImage(): Promise<Media | null>;
}

export const BodyContext = createContext<BodyContextValue>({
  siteId: '',
  language: 'en',
  pickImage: async () => null,
});

export function useBodyContext(): BodyContextValue {
  return useContext(BodyContext);
}

const mediaCache = new Map<string, Promise<Media | null>>();

/** An image's details (texts, credit, size), fetched once per image; null when unavailable. */
export function loadMedia(mediaId: string): Promise<Media | null> {
  let found = mediaCache.get(mediaId);
  if (!found) {
    found = api<Media>('GET', `/media/${encodeURIComponent(mediaId)}`).catch(() => {
      // Not cached when it failed: the library may answer next time.
      mediaCache.delete(mediaId);
      return null;
    });
    mediaCache.set(mediaId, found);
  }
  return found;
}

/** Remembers an image just chosen or uploaded, so its details need no request. */
export function rememberMedia(media: Media): void {
  mediaCache.set(media.id, Promise.resolve(media));
}
