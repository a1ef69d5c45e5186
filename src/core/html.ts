import sanitizeHtml from 'sanitize-html';

/**
 * The inline markup a block's text may carry. Everything else is removed on the way in, so
 * stored block text is safe to render as it is.
 */
const INLINE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['a', 'em', 'strong', 'br', 'sup', 'sub', 's', 'code'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: { b: 'strong', i: 'em', strike: 's', del: 's' },
  disallowedTagsMode: 'discard',
  // Text inside <script>/<style> is dropped with its tag, never shown as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title'],
};

/** Sanitises inline block text down to links, emphasis, line breaks and a few more. */
export function sanitizeInline(html: string): string {
  return sanitizeHtml(html, INLINE_OPTIONS).trim();
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Escapes plain text so it can be stored as inline block text. */
export function textToInline(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br />');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The character for a code point, or U+FFFD for one that is not a character. */
function codePoint(value: number): string {
  return value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '\ufffd';
}

/** Plain text of sanitised inline HTML: tags dropped, entities decoded, <br> as a space. */
export function inlineToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const hex = name[1] === 'x' || name[1] === 'X';
        return codePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}
