import { describe, expect, it } from 'vitest';
import { inlineToText, parseInline, serializeInline } from './inline-html.ts';

/** What the server stores (its sanitiser's output), which must come back unchanged. */
const STORED = [
  'Plain words.',
  'Tom &amp; Jerry &lt;3 &gt; "quoted" and \'single\'',
  'The <strong>Terminal Bahía Grande</strong> is still.',
  'A <em>memo</em> seen by <em>Meridiano Perú</em>.',
  'The <a href="https://fetrapoc.example/comunicados/turnos">Federation</a> says so.',
  '<a href="https://x.example/?a=1&amp;b=2">a query</a>',
  '<a href="mailto:desk@meridian.example">write to us</a>',
  'one line<br />another line',
  '<strong>bold <em>and italic</em></strong> then <s>struck</s> and <code>x = 1</code>',
  'H<sub>2</sub>O and E = mc<sup>2</sup>',
  '<a href="https://a.example/"><strong>bold link</strong></a>',
  '<strong>across<br />a break</strong>',
  'non\u00a0breaking space',
];

describe('inline HTML and Tiptap inline content', () => {
  it.each(STORED)('keeps %j exactly through a round trip', (html) => {
    expect(serializeInline(parseInline(html))).toBe(html);
  });

  it('reads marks, links and breaks into Tiptap nodes', () => {
    expect(parseInline('a <strong>b</strong><br /><a href="https://x.example/">c</a>')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
      { type: 'hardBreak' },
      { type: 'text', text: 'c', marks: [{ type: 'link', attrs: { href: 'https://x.example/' } }] },
    ]);
  });

  it('writes marks in one nesting whatever order the editor lists them in', () => {
    const html = serializeInline([
      { type: 'text', text: 'x', marks: [{ type: 'italic' }, { type: 'bold' }] },
    ]);
    expect(html).toBe('<strong><em>x</em></strong>');
  });

  it('never writes a link that is not to the web or e-mail', () => {
    expect(serializeInline(parseInline('<a href="javascript:alert(1)">click</a>'))).toBe('click');
    expect(
      serializeInline([
        {
          type: 'text',
          text: 'x',
          marks: [{ type: 'link', attrs: { href: 'data:text/html,hi' } }],
        },
      ]),
    ).toBe('x');
  });

  it('escapes what the user typed, so text never becomes markup', () => {
    expect(serializeInline([{ type: 'text', text: '<script>alert("&")</script>' }])).toBe(
      '&lt;script&gt;alert("&amp;")&lt;/script&gt;',
    );
  });

  it('reads the older spellings of marks the server also accepts', () => {
    expect(serializeInline(parseInline('<b>b</b> <i>i</i> <del>d</del>'))).toBe(
      '<strong>b</strong> <em>i</em> <s>d</s>',
    );
  });

  it('gives readable text for diffs and word counts', () => {
    expect(inlineToText('a <strong>b</strong><br />c &amp; d')).toBe('a b c & d');
  });
});
