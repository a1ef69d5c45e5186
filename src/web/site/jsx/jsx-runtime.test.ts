import { raw } from 'hono/html';
import { Fragment as HonoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { Fragment, jsx } from './jsx-runtime.ts';

type Runtime = {
  el: (tag: string | ((props: never) => unknown), props: Record<string, unknown>) => unknown;
  fragment: (children: unknown) => unknown;
};

const ours: Runtime = {
  el: (tag, props) => jsx(tag as never, props),
  fragment: (children) => Fragment({ children }),
};
const hono: Runtime = {
  el: (tag, props) => honoJsx(tag as never, props as never),
  fragment: (children) => honoJsx(HonoFragment as never, { children } as never),
};

/** The same markup written with both runtimes: a case of what reader components write. */
const cases: Record<string, (r: Runtime) => unknown> = {
  'text and attributes are escaped': (r) =>
    r.el('p', { title: `"<Ana> & 'Luis'"`, class: 'a', children: `<b>"x" & 'y'</b>` }),
  'empty elements close themselves, without children only': (r) =>
    r.el('div', {
      children: [
        r.el('img', { src: '/a.jpg', alt: '', width: 640, height: 480 }),
        r.el('br', {}),
        r.el('input', { type: 'search', name: 'q', maxlength: 500 }),
        r.el('meta', { charset: 'utf-8' }),
        r.el('link', { rel: 'alternate', hreflang: 'es', href: '/es/' }),
        r.el('source', { type: 'image/avif', srcset: 'a 1x, b 2x', sizes: '100vw' }),
        r.el('hr', { id: 'b-1' }),
      ],
    }),
  'null, undefined and false attributes are left out; true boolean ones are empty': (r) =>
    r.el('script', { src: '/a.js', defer: true, async: false, nonce: undefined, id: null }),
  'other booleans and numbers are written out': (r) =>
    r.el('div', { 'data-x': true, 'data-y': false, 'data-n': 0, hidden: true, children: 'x' }),
  'React names become HTML names': (r) =>
    r.el('label', { className: 'c', htmlFor: 'q', children: 'Search' }),
  'children: lists, numbers, nothing and markup': (r) =>
    r.el('ul', {
      children: [
        [1, 2].map((n) => r.el('li', { children: n })),
        null,
        undefined,
        false,
        true,
        0,
        raw('<em>raw</em>'),
        'a < b',
      ],
    }),
  'components get their props and children; a string they return is escaped': (r) => {
    const Name = (props: { name: string; children?: unknown }) =>
      r.el('span', { children: [props.name, props.children] });
    const Plain = (props: { text: string }) => props.text;
    const Nothing = () => null;
    return r.el('p', {
      children: [
        r.el(Name as never, { name: 'Ana & Luis', children: r.el('b', { children: '!' }) }),
        r.el(Plain as never, { text: '<i>not markup</i>' }),
        r.el(Nothing as never, {}),
      ],
    });
  },
  'fragments and a doctype': (r) =>
    r.fragment([raw('<!doctype html>'), r.el('html', { lang: 'es-AR', children: 'x' })]),
  'an element with no children written but children: [] is closed apart': (r) =>
    r.el('div', { children: [] }),
  'an element given as an attribute is escaped, hono markup is not': (r) =>
    r.el('div', { title: r.el('b', { children: 'x' }), 'data-raw': raw('<i>') }),
  'invalid attribute names are dropped': (r) =>
    r.el('a', { href: '/x', 'on"click': 'x', 'a b': 'y', children: 'x' }),
};

describe('the reader pages’ JSX runtime', () => {
  for (const [name, write] of Object.entries(cases)) {
    it(`writes what hono/jsx writes: ${name}`, async () => {
      const expected = String(await (write(hono) as Promise<string> | string));
      expect(String(write(ours))).toBe(expected);
    });
  }

  it('marks what it writes as markup, which hono passes through unescaped', () => {
    const element = jsx('b', { children: 'x' }) as unknown as { isEscaped?: boolean };
    expect(element.isEscaped).toBe(true);
    expect(String(hono.el('p', { children: element }))).toBe('<p><b>x</b></p>');
  });

  it('refuses an invalid tag and a component that answers later', () => {
    expect(() => jsx('a b', {})).toThrow(/tag name/);
    expect(() => jsx((() => Promise.resolve('x')) as never, {})).toThrow(/synchronously/);
  });
});
