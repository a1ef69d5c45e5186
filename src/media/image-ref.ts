import { mediaTextFor } from './media.ts';

/** What a page needs to show an image: its size for the layout, its texts in one language. */
export interface ImageRef {
  id: string;
  width: number;
  height: number;
  mimeType: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface MediaRowWithTexts {
  id: string;
  width: number;
  height: number;
  mime_type: string;
  credit: string;
  texts: Record<string, { alt: string; caption: string }>;
}

/** The image reference of a media row, with texts in `language` (or the best fallback). */
export function toImageRef(row: MediaRowWithTexts, language: string): ImageRef {
  const text = mediaTextFor({ texts: row.texts }, language);
  return {
    id: row.id,
    width: row.width,
    height: row.height,
    mimeType: row.mime_type,
    alt: text.alt,
    caption: text.caption,
    credit: row.credit,
  };
}
