/*
 * Responsive image variants: a fixed set of widths and formats, so the server renders a
 * bounded number of files per image and nobody can make it resize to arbitrary sizes.
 */

export const VARIANT_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;
export const VARIANT_FORMATS = ['avif', 'webp', 'jpg', 'png'] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

const MIME: Record<VariantFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

export function variantMimeType(format: VariantFormat): string {
  return MIME[format];
}

/** The widths offered for an image of this width: never larger than the original. */
export function variantWidths(originalWidth: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((width) => width <= originalWidth);
  // A smaller image is also offered at its own width, so it is never shown blurred.
  if (originalWidth < 1600 && !widths.includes(originalWidth)) widths.push(originalWidth);
  return widths;
}

/** The format every browser shows: PNG for images that may be transparent, else JPEG. */
export function fallbackFormat(mimeType: string): VariantFormat {
  return mimeType === 'image/png' || mimeType === 'image/webp' || mimeType === 'image/avif'
    ? 'png'
    : 'jpg';
}

/** The public address of one variant. */
export function variantUrl(mediaId: string, width: number, format: VariantFormat): string {
  return `/media/${mediaId}/${width}.${format}`;
}

const srcsets = new Map<string, string>();

/** A srcset over every width offered for the image, in one format; `origin` makes it absolute. */
export function srcset(
  media: { id: string; width: number },
  format: VariantFormat,
  origin = '',
): string {
  // Pages list the same images again and again: each srcset is written once (a bounded number).
  const key = `${origin}|${media.id}|${media.width}|${format}`;
  let written = srcsets.get(key);
  if (written === undefined) {
    written = variantWidths(media.width)
      .map((width) => `${origin}${variantUrl(media.id, width, format)} ${width}w`)
      .join(', ');
    if (srcsets.size >= 20_000) srcsets.clear();
    srcsets.set(key, written);
  }
  return written;
}

/** Where a rendered variant is kept in storage. */
export function variantKey(mediaId: string, width: number, format: VariantFormat): string {
  return `variants/${mediaId}/${width}.${format}`;
}

/** Reads '960.webp' into a width and a format, or null when it is not a variant we offer. */
export function parseVariantFile(file: string): { width: number; format: VariantFormat } | null {
  const match = /^(\d{2,4})\.(avif|webp|jpg|png)$/.exec(file);
  if (!match) return null;
  return { width: Number(match[1]), format: match[2] as VariantFormat };
}
