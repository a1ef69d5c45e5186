/** Alt text and caption of a media item in one language. */
export interface MediaText {
  alt: string;
  caption: string;
}

/** An image in the network's shared archive. */
export interface Media {
  id: string;
  siteId: string | null;
  kind: 'image';
  storageKey: string;
  originalName: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  credit: string;
  uploadedBy: string | null;
  /** By language tag or subtag. */
  texts: Record<string, MediaText>;
  createdAt: string;
  updatedAt: string;
}

/** The text to show in `language`: exact tag, else base language, else English, else empty. */
export function mediaTextFor(media: Pick<Media, 'texts'>, language: string): MediaText {
  const base = language.split('-')[0] ?? language;
  return media.texts[language] ?? media.texts[base] ?? media.texts.en ?? { alt: '', caption: '' };
}
