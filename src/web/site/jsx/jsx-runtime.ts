/*
 * The JSX runtime of the reader pages: each element becomes its HTML string as soon as it is
 * created, instead of a tree of nodes rendered later. Same markup and the same escaping as
 * hono/jsx (ADR 0015): text and attribute values go through hono's own escaper, markup that is
 * already HTML (an element, `raw`, `sanitisedHtml`) is marked as hono marks it, so `c.html()`
 * and every hono helper take what these components return.
 */
import type { HtmlEscapedString } from 'hono/utils/html';
import { escapeToBuffer } from 'hono/utils/html';

export type { JSX } from 'hono/jsx/jsx-runtime';

type Props = Record<string, unknown>;
type Component = (props: Props) => unknown;

/** Elements written `<br/>` when they have no children, as hono/jsx writes them. */
const EMPTY = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Attributes written `name=""` when true and left out when false. */
const BOOLEAN = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'download',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
  'shadowrootclonable',
  'shadowrootdelegatesfocus',
  'shadowrootserializable',
]);

/** React-style names hono/jsx writes as HTML names. */
const RENAMED: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  crossOrigin: 'crossorigin',
  httpEquiv: 'http-equiv',
  itemProp: 'itemprop',
  fetchPriority: 'fetchpriority',
  noModule: 'nomodule',
  formAction: 'formaction',
};

const FORBIDDEN_IN_NAMES = new Set([...'"\'<>/=`\\'].map((char) => char.charCodeAt(0)));
const validNames = new Set<string>();

/**
 * The names hono/jsx accepts for tags and attributes: no white space, quote, `<>/=`, backquote,
 * backslash or control character (a tag may not start with `!` or `?` either).
 */
function isValidName(name: string, isTag: boolean): boolean {
  if (isTag && (name[0] === '!' || name[0] === '?')) return false;
  if (validNames.has(name)) return true;
  if (name.length === 0) return isTag;
  if (/\s/.test(name)) return false;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || FORBIDDEN_IN_NAMES.has(code)) return false;
  }
  if (validNames.size > 1000) validNames.clear();
  validNames.add(name);
  return true;
}

/**
 * What an element or component renders to: its HTML, marked as hono marks markup
 * (`isEscaped`), so hono's helpers pass it through unescaped. A plain object rather than a
 * `String` object: this runtime reads `.html` directly, which is much cheaper than converting.
 */
class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
  valueOf(): string {
    return this.html;
  }
}
Object.defineProperty(Markup.prototype, 'isEscaped', { value: true });

function markup(html: string): HtmlEscapedString {
  return new Markup(html) as unknown as HtmlEscapedString;
}

/** hono's own markup: `raw()`, `sanitisedHtml()`, `jsonLdScript()`. */
function isHonoMarkup(value: object): boolean {
  return value instanceof String && (value as { isEscaped?: boolean }).isEscaped === true;
}

const NEEDS_ESCAPING = /[&<>'"]/;

/** Text as HTML, escaped exactly as hono escapes it. */
function escaped(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  const buffer: [string] = [''];
  escapeToBuffer(text, buffer);
  return buffer[0];
}

/** Children as HTML: text escaped, markup as it is, lists flattened, nothing for null/booleans. */
function childrenHtml(children: unknown): string {
  if (typeof children === 'string') return escaped(children);
  if (children instanceof Markup) return children.html;
  if (children === null || children === undefined || typeof children === 'boolean') return '';
  if (Array.isArray(children)) {
    let html = '';
    for (const child of children) html += childrenHtml(child);
    return html;
  }
  if (typeof children === 'number') return String(children);
  if (typeof children === 'object' && isHonoMarkup(children)) return String(children);
  if (children instanceof Promise)
    throw new Error('Reader components render synchronously: await the data before rendering.');
  return '';
}

function attribute(name: string, value: unknown, tag: string): string {
  if (typeof value === 'string') return ` ${name}="${escaped(value)}"`;
  if (name === 'ref' || value === null || value === undefined) return '';
  if (typeof value === 'boolean' && BOOLEAN.has(name)) return value ? ` ${name}=""` : '';
  if (typeof value === 'number') return ` ${name}="${value}"`;
  if (typeof value === 'function') {
    if (!name.startsWith('on'))
      throw new Error(`Invalid prop '${name}' of type 'function' supplied to '${tag}'.`);
    return '';
  }
  // hono writes its own markup as it is, and escapes anything else, an element included.
  if (typeof value === 'object' && isHonoMarkup(value)) return ` ${name}="${value}"`;
  if (name === 'style' && typeof value === 'object')
    throw new Error('Reader components write style attributes as text.');
  return ` ${name}="${escaped(String(value))}"`;
}

function element(tag: string, props: Props): HtmlEscapedString {
  if (!isValidName(tag, true)) throw new Error(`Invalid JSX tag name: ${tag}`);
  let html = `<${tag}`;
  let inner: string | undefined;
  for (const key in props) {
    if (key === 'children') continue;
    const value = props[key];
    const name = RENAMED[key] ?? key;
    if (!isValidName(name, false)) continue;
    if (name === 'dangerouslySetInnerHTML' && typeof value === 'object' && value !== null) {
      inner = String((value as { __html: unknown }).__html);
      continue;
    }
    html += attribute(name, value, tag);
  }
  const children = props.children;
  // As hono/jsx: no children at all, not children that render to nothing.
  if (
    inner === undefined &&
    EMPTY.has(tag) &&
    (!('children' in props) || (Array.isArray(children) && children.length === 0))
  )
    return markup(`${html}/>`);
  return markup(`${html}>${inner ?? childrenHtml(children)}</${tag}>`);
}

/** What a component returned, as HTML: a string it returns is text, and escaped. */
function componentHtml(result: unknown): HtmlEscapedString {
  if (result instanceof Markup) return result as unknown as HtmlEscapedString;
  if (result instanceof Promise)
    throw new Error('Reader components render synchronously: await the data before rendering.');
  return markup(childrenHtml(result));
}

/** The automatic runtime's entry: an element or a component, rendered at once. */
export function jsx(tag: string | Component, props: Props): HtmlEscapedString {
  if (typeof tag === 'function') return componentHtml(tag(props));
  return element(tag, props);
}

export { jsx as jsxs, jsx as jsxDEV };

/** `<>…</>`: the children, one after the other. */
export function Fragment(props: { children?: unknown }): HtmlEscapedString {
  return markup(childrenHtml(props.children));
}
