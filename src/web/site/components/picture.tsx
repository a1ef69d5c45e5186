/** @jsxImportSource #reader-jsx */
import type { ImageRef } from '../../../media/image-ref.ts';
import { fallbackFormat, srcset, variantUrl, variantWidths } from '../../../media/variants.ts';

/**
 * A responsive image: AVIF and WebP sources with a JPEG/PNG fallback, every width offered,
 * intrinsic width and height against layout shift, lazy unless it is above the fold.
 */
export function Picture(props: {
  image: ImageRef;
  sizes: string;
  /** The largest image at the top of the page: loaded first. */
  priority?: boolean;
  class?: string;
  /** Overrides the image's alt text (an article may describe it in context). */
  alt?: string;
  /** Makes the addresses absolute ('https://news.example'), for HTML shown elsewhere. */
  origin?: string;
}) {
  const { image, origin = '' } = props;
  const fallback = fallbackFormat(image.mimeType);
  const widths = variantWidths(image.width);
  const defaultWidth = widths.find((width) => width >= 960) ?? widths.at(-1) ?? image.width;
  return (
    <picture class={props.class}>
      <source type="image/avif" srcset={srcset(image, 'avif', origin)} sizes={props.sizes} />
      <source type="image/webp" srcset={srcset(image, 'webp', origin)} sizes={props.sizes} />
      <img
        src={`${origin}${variantUrl(image.id, defaultWidth, fallback)}`}
        srcset={srcset(image, fallback, origin)}
        sizes={props.sizes}
        width={image.width}
        height={image.height}
        alt={props.alt ?? image.alt}
        loading={props.priority ? 'eager' : 'lazy'}
        decoding={props.priority ? 'auto' : 'async'}
        fetchpriority={props.priority ? 'high' : undefined}
      />
    </picture>
  );
}
