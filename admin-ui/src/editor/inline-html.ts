import type { JSONContent } from '@tiptap/core';

/*
 * Block text is inline HTML that the server has sanitised down to a few tags (see the server's
 * core/html.ts): <strong>, <em>, <s>, <code>, <sup>, <sub>, <a href> and <br />. This file turns
 * that HTML into Tiptap's inline JSON and back without a DOM, so it runs (and is tested) in Node,
 * and writes exactly the form the server stores: an unchanged text makes an unchanged block.
 */

/** A mark as Tiptap's JSON holds it. */
export interface InlineMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** The tag each mark is written as, outermost first: links enclose emphasis, never the reverse. */
const MARK_TAGS: [mark: string, tag: string][] = [
  ['link', 'a'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['strike', 's'],
  ['code', 'code'],
  ['superscript', 'sup'],
  ['subscript', 'sub'],
];
const MARK_RANK = new Map(MARK_TAGS.map(([mark], index) => [mark, index]));

/** Tags read as marks, with the older spellings the server also turns into them. */
const TAG_MARKS: Record<string, string> = {
  a: 'link',
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  code: 'code',
  sup: 'superscript',
  sub: 'subscript',
};

/** Link addresses a reader page may carry: the web and e-mail, nothing that runs code. */
export function isAllowedHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href.trim());
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Text with its character references decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Text escaped as the server's sanitiser writes it: &, < and > (quotes stay as they are). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

function hrefOf(attributes: string): string | null {
  const found = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  if (!found) return null;
  const href = decodeEntities(found[1] ?? found[2] ?? found[3] ?? '').trim();
  return isAllowedHref(href) ? href : null;
}

function sameMarks(a: InlineMark[] | undefined, b: InlineMark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Inline HTML as Tiptap inline content: text nodes with marks, and hard breaks. */
export function parseInline(html: string): JSONContent[] {
  const out: JSONContent[] = [];
  // Open elements, innermost last; each holds the mark it adds, if any.
  const open: { tag: string; mark: InlineMark | null }[] = [];
  const currentMarks = () => {
    const marks = open.flatMap((element) => (element.mark ? [element.mark] : []));
    return marks.filter(
      (mark, index) => marks.findIndex((other) => other.type === mark.type) === index,
    );
  };
  const push = (text: string) => {
    if (!text) return;
    const unique = currentMarks();
    const last = out.at(-1);
    if (last?.type === 'text' && sameMarks(last.marks as InlineMark[], unique)) {
      last.text = `${last.text ?? ''}${text}`;
      return;
    }
    out.push(unique.length ? { type: 'text', text, marks: unique } : { type: 'text', text });
  };
  const tokens = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|<!--[\s\S]*?-->|([^<]+)|</g;
  for (let found = tokens.exec(html); found; found = tokens.exec(html)) {
    const [whole, closing, rawTag, attributes = '', text] = found;
    if (text !== undefined) push(decodeEntities(text));
    else if (whole === '<') push('<');
    else if (rawTag) {
      const tag = rawTag.toLowerCase();
      if (tag === 'br') {
        const marks = currentMarks();
        if (!closing) out.push(marks.length ? { type: 'hardBreak', marks } : { type: 'hardBreak' });
        continue;
      }
      if (closing) {
        const at = open.map((element) => element.tag).lastIndexOf(tag);
        if (at >= 0) open.splice(at);
        continue;
      }
      if (/\/\s*$/.test(attributes)) continue; // a self-closed element holds no text
      const markType = TAG_MARKS[tag];
      let mark: InlineMark | null = markType ? { type: markType } : null;
      if (markType === 'link') {
        const href = hrefOf(attributes);
        // A link without a usable address is its text, nothing more.
        mark = href ? { type: 'link', attrs: { href } } : null;
      }
      open.push({ tag, mark });
    }
  }
  return out;
}

function markOpen(mark: InlineMark): string {
  const tag = MARK_TAGS.find(([type]) => type === mark.type)?.[1] ?? '';
  if (mark.type === 'link') return `<a href="${escapeAttribute(String(mark.attrs?.href ?? ''))}">`;
  return `<${tag}>`;
}

function markClose(mark: InlineMark): string {
  return `</${MARK_TAGS.find(([type]) => type === mark.type)?.[1] ?? ''}>`;
}

/** The marks of a node that become tags, outermost first; unknown marks and bad links dropped. */
function writableMarks(node: JSONContent): InlineMark[] {
  return ((node.marks ?? []) as InlineMark[])
    .filter((mark) => MARK_RANK.has(mark.type))
    .filter((mark) => mark.type !== 'link' || isAllowedHref(String(mark.attrs?.href ?? '')))
    .sort((a, b) => (MARK_RANK.get(a.type) ?? 0) - (MARK_RANK.get(b.type) ?? 0));
}

/** Tiptap inline content as inline HTML, nesting marks the way the server keeps them. */
export function serializeInline(content: JSONContent[] | undefined): string {
  let html = '';
  const stack: InlineMark[] = [];
  const closeTo = (depth: number) => {
    while (stack.length > depth) html += markClose(stack.pop() as InlineMark);
  };
  for (const node of content ?? []) {
    const isBreak = node.type === 'hardBreak';
    if (!isBreak && (node.type !== 'text' || !node.text)) continue;
    const marks = writableMarks(node);
    let keep = 0;
    while (
      keep < stack.length &&
      keep < marks.length &&
      JSON.stringify(stack[keep]) === JSON.stringify(marks[keep])
    ) {
      keep++;
    }
    closeTo(keep);
    for (const mark of marks.slice(keep)) {
      html += markOpen(mark);
      stack.push(mark);
    }
    html += isBreak ? '<br />' : escapeText(node.text ?? '');
  }
  closeTo(0);
  return html;
}

/** The readable text of inline HTML: tags dropped, references decoded, <br> as a space. */
export function inlineToText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''));
}

/** Plain text written as inline HTML (for captions typed in a plain input). */
export function textToInline(text: string): string {
  return escapeText(text);
}
