import type { Block } from '../articles/blocks.ts';
import { escapeHtml } from '../core/html.ts';
import type { ImageRef } from '../media/image-ref.ts';
import type { Segment } from '../translations/credit-lines.ts';

export interface FeedHtmlContext {
  images: Map<string, ImageRef>;
  /** The absolute address of an image at about this width. */
  imageUrl(image: ImageRef, width: number): string;
  /** "Photo: {credit}" in the article's language. */
  photoCredit(credit: string): string;
  /** Makes a site-relative link absolute. */
  absolute(href: string): string;
}

/**
 * An article body as plain, self-contained HTML for feed readers: absolute addresses, no
 * scripts, no responsive markup. Block text is already sanitised inline HTML.
 */
export function bodyToFeedHtml(blocks: Block[], context: FeedHtmlContext): string {
  return blocks.map((block) => blockHtml(block, context)).join('\n');
}

function blockHtml(block: Block, context: FeedHtmlContext): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${block.html}</p>`;
    case 'heading':
      return `<h${block.level}>${block.html}</h${block.level}>`;
    case 'quote':
      return `<blockquote><p>${block.html}</p>${block.cite ? `<p>— ${escapeHtml(block.cite)}</p>` : ''}</blockquote>`;
    case 'pullquote':
      return `<blockquote><p><strong>${block.html}</strong></p>${block.attribution ? `<p>— ${escapeHtml(block.attribution)}</p>` : ''}</blockquote>`;
    case 'list': {
      const tag = block.style === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${item}</li>`).join('')}</${tag}>`;
    }
    case 'image': {
      const image = context.images.get(block.mediaId);
      if (!image) return '';
      const caption = block.caption ?? escapeHtml(image.caption);
      const credit = block.credit ?? image.credit;
      const note = [caption, credit ? escapeHtml(context.photoCredit(credit)) : '']
        .filter(Boolean)
        .join(' ');
      const width = Math.min(image.width, 960);
      return `<figure><img src="${escapeHtml(context.imageUrl(image, width))}" alt="${escapeHtml(block.alt ?? image.alt)}" width="${width}" height="${Math.round((image.height * width) / image.width)}"/>${note ? `<figcaption>${note}</figcaption>` : ''}</figure>`;
    }
    case 'video':
      return `<p><a href="${escapeHtml(block.url)}">${escapeHtml(block.title || block.url)}</a></p>${block.caption ? `<p>${block.caption}</p>` : ''}`;
    case 'divider':
      return '<hr/>';
  }
}

/** Credit lines as HTML paragraphs, links made absolute. */
export function creditLinesHtml(lines: Segment[][], absolute: (href: string) => string): string {
  return lines
    .map(
      (line) =>
        `<p><em>${line
          .map((segment) =>
            typeof segment === 'string'
              ? escapeHtml(segment)
              : `<a href="${escapeHtml(absolute(segment.href))}">${escapeHtml(segment.text)}</a>`,
          )
          .join('')}</em></p>`,
    )
    .join('\n');
}
