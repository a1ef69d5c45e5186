import { describe, expect, it } from 'vitest';
import { escapeHtml, inlineToText, sanitizeInline, textToInline } from './html.ts';

describe('sanitizeInline', () => {
  it('keeps links to http, https and mailto addresses with their href only', () => {
    expect(sanitizeInline('<a href="https://diario.example.pe/x" target="_blank">x</a>')).toBe(
      '<a href="https://diario.example.pe/x">x</a>',
    );
    expect(sanitizeInline('<a href="http://example.org">y</a>')).toBe(
      '<a href="http://example.org">y</a>',
    );
    expect(sanitizeInline('<a href="mailto:tips@example.org">write</a>')).toBe(
      '<a href="mailto:tips@example.org">write</a>',
    );
  });

  it('keeps emphasis, strong emphasis and line breaks', () => {
    expect(sanitizeInline('<em>a</em> <strong>b</strong><br>c')).toBe(
      '<em>a</em> <strong>b</strong><br />c',
    );
  });

  it('turns <b> into <strong> and <i> into <em>', () => {
    expect(sanitizeInline('<b>bold</b> and <i>italic</i>')).toBe(
      '<strong>bold</strong> and <em>italic</em>',
    );
  });

  it('drops javascript: links, in any case, but keeps the link text', () => {
    const out = sanitizeInline('<a href="javascript:alert(1)">click</a>');
    expect(out).not.toContain('javascript');
    expect(out).toContain('click');
    expect(sanitizeInline('<a href="JaVaScRiPt:alert(1)">x</a>')).not.toContain('alert');
  });

  it('drops protocol-relative and data: links', () => {
    expect(sanitizeInline('<a href="//evil.example">x</a>')).not.toContain('evil');
    expect(sanitizeInline('<a href="data:text/html,hi">x</a>')).not.toContain('data:');
  });

  it('drops event handler attributes', () => {
    const out = sanitizeInline('<a href="https://example.org" onclick="steal()">x</a>');
    expect(out).toBe('<a href="https://example.org">x</a>');
    expect(sanitizeInline('<em onmouseover="steal()">x</em>')).toBe('<em>x</em>');
  });

  it('drops <script> together with its text', () => {
    expect(sanitizeInline('Before<script>alert("pwned")</script> after')).toBe('Before after');
  });

  it('drops <style> together with its text', () => {
    expect(sanitizeInline('<style>p { color: red }</style>Text')).toBe('Text');
  });

  it('drops images with an onerror handler', () => {
    const out = sanitizeInline('<img src=x onerror="alert(1)">caption');
    expect(out).toBe('caption');
  });

  it('keeps the text of block and unknown tags without the tags', () => {
    expect(sanitizeInline('<p>para</p> <div class="x">box</div> <span>s</span>')).toBe(
      'para box s',
    );
  });

  it('closes an unclosed tag', () => {
    expect(sanitizeInline('<em>open')).toBe('<em>open</em>');
  });

  it('repairs badly nested tags', () => {
    expect(sanitizeInline('<strong>bold <em>both</strong> after')).toBe(
      '<strong>bold <em>both</em></strong> after',
    );
  });

  it('drops an unfinished tag at the end', () => {
    expect(sanitizeInline('text <a href="https://example.org"')).toBe('text');
    expect(sanitizeInline('<script>never closed')).toBe('');
  });

  it('keeps text with <, > and & escaped', () => {
    expect(sanitizeInline('1 < 2 & 3 > 0')).toBe('1 &lt; 2 &amp; 3 &gt; 0');
  });

  it('trims surrounding whitespace', () => {
    expect(sanitizeInline('   hello  ')).toBe('hello');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('escapes an ampersand that is already part of an entity again', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text alone', () => {
    expect(escapeHtml('Año nuevo — 2024')).toBe('Año nuevo — 2024');
  });
});

describe('textToInline', () => {
  it('escapes plain text and writes line breaks as <br />', () => {
    expect(textToInline('Fish & chips\n<b>not bold</b>')).toBe(
      'Fish &amp; chips<br />&lt;b&gt;not bold&lt;/b&gt;',
    );
  });
});

describe('inlineToText', () => {
  it('drops tags and keeps their text', () => {
    expect(inlineToText('<a href="https://example.org">Read <em>this</em></a>')).toBe('Read this');
  });

  it('turns a line break into a space', () => {
    expect(inlineToText('first<br>second<br />third<BR/>fourth')).toBe('first second third fourth');
  });

  it('decodes named entities', () => {
    expect(inlineToText('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe(
      `a & b <c> "d" 'e'`,
    );
    expect(inlineToText('no&nbsp;break')).toBe('no\u00a0break');
  });

  it('decodes decimal and hexadecimal numeric entities', () => {
    expect(inlineToText('caf&#233;')).toBe('café');
    expect(inlineToText('&#x1F600;&#X41;')).toBe('😀A');
  });

  it('decodes only once', () => {
    expect(inlineToText('&amp;lt;')).toBe('&lt;');
  });

  it('leaves an unknown entity as written', () => {
    expect(inlineToText('&bogus; stays')).toBe('&bogus; stays');
  });

  it('reverses textToInline', () => {
    const text = 'Fish & chips <today>';
    expect(inlineToText(textToInline(text))).toBe(text);
  });
});
