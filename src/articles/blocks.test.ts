import { describe, expect, it } from 'vitest';
import type { FieldIssue } from '../core/validation.ts';
import {
  BLOCK_LIMITS,
  type Block,
  type BlockInput,
  blockText,
  mediaIdsOf,
  paragraph,
  parseBlocks,
  parseVideoUrl,
  withUniqueIds,
  wordCount,
} from './blocks.ts';

const FRESH_ID = /^[a-z0-9]{10}$/;
const YOUTUBE_ID = 'dQw4w9WgXcQ';

/** Parses a body that must be valid and returns its blocks. */
function parsed(input: unknown): Block[] {
  const result = parseBlocks(input);
  if (!result.ok) throw new Error(`expected a valid body, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Parses a body that must be invalid and returns its issues. */
function issuesOf(input: unknown, path?: string): FieldIssue[] {
  const result = path === undefined ? parseBlocks(input) : parseBlocks(input, path);
  if (result.ok) throw new Error('expected the body to be rejected');
  return result.error;
}

function only<T extends Block['type']>(blocks: Block[], type: T): Extract<Block, { type: T }> {
  expect(blocks).toHaveLength(1);
  const [block] = blocks;
  expect(block?.type).toBe(type);
  return block as Extract<Block, { type: T }>;
}

describe('parseBlocks: the body an editor saves', () => {
  it('accepts one block of every type, in order', () => {
    const body: BlockInput[] = [
      { id: 'p1', type: 'paragraph', html: 'Dock workers stopped at dawn.' },
      { id: 'h1', type: 'heading', level: 3, html: 'What they ask for' },
      { id: 'q1', type: 'quote', html: 'We will not move.', cite: 'Rosa Quispe' },
      { id: 'pq1', type: 'pullquote', html: 'Not one crane turned.', attribution: 'A foreman' },
      { id: 'l1', type: 'list', style: 'ordered', items: ['Wages', 'Shifts'] },
      {
        id: 'i1',
        type: 'image',
        mediaId: 'media-1',
        caption: 'The cranes',
        credit: 'Ana',
        alt: 'x',
      },
      { id: 'v1', type: 'video', url: `https://youtu.be/${YOUTUBE_ID}`, title: 'The strike' },
      { id: 'd1', type: 'divider' },
    ];
    const blocks = parsed(body);
    expect(blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'quote',
      'pullquote',
      'list',
      'image',
      'video',
      'divider',
    ]);
    expect(blocks.map((block) => block.id)).toEqual([
      'p1',
      'h1',
      'q1',
      'pq1',
      'l1',
      'i1',
      'v1',
      'd1',
    ]);
  });

  it('accepts an empty body', () => {
    expect(parsed([])).toEqual([]);
  });

  it('fills in the defaults of each block type', () => {
    const [heading, quote, pullquote, list, image, video] = parsed([
      { type: 'heading', html: 'H' },
      { type: 'quote', html: 'Q' },
      { type: 'pullquote', html: 'P' },
      { type: 'list', items: ['one'] },
      { type: 'image', mediaId: 'm1' },
      { type: 'video', url: 'https://example.org/clip' },
    ]);
    expect(heading).toMatchObject({ type: 'heading', level: 2 });
    expect(quote).toMatchObject({ type: 'quote', cite: '' });
    expect(pullquote).toMatchObject({ type: 'pullquote', attribution: '' });
    expect(list).toMatchObject({ type: 'list', style: 'bullet' });
    expect(image).toMatchObject({ type: 'image', caption: null, credit: null, alt: null });
    expect(video).toMatchObject({ type: 'video', title: '', caption: '' });
  });

  it('sanitises the text of every text field', () => {
    const [para, heading, quote, pullquote, list, image, video] = parsed([
      { type: 'paragraph', html: 'Hi <script>alert(1)</script><b>there</b>' },
      { type: 'heading', html: '<a href="javascript:alert(1)">Title</a>' },
      { type: 'quote', html: '<i>said</i><img src=x onerror=alert(1)>' },
      { type: 'pullquote', html: '<span onclick="x()">big</span>' },
      { type: 'list', items: ['<em>one</em><style>li{}</style>', '<div>two</div>'] },
      { type: 'image', mediaId: 'm1', caption: 'Cranes <script>x</script>at dawn' },
      { type: 'video', url: 'https://example.org/v', caption: '<b>Live</b><script>x</script>' },
    ]);
    expect(para).toMatchObject({ html: 'Hi <strong>there</strong>' });
    expect((heading as { html: string }).html).not.toContain('javascript');
    expect((heading as { html: string }).html).toContain('Title');
    expect(quote).toMatchObject({ html: '<em>said</em>' });
    expect(pullquote).toMatchObject({ html: 'big' });
    expect(list).toMatchObject({ items: ['<em>one</em>', 'two'] });
    expect(image).toMatchObject({ caption: 'Cranes at dawn' });
    expect(video).toMatchObject({ caption: '<strong>Live</strong>' });
  });

  it('trims plain-text fields: cite, attribution, credit, alt and video title', () => {
    const [quote, pullquote, image, video] = parsed([
      { type: 'quote', html: 'Q', cite: '  Rosa Quispe  ' },
      { type: 'pullquote', html: 'P', attribution: ' A foreman\n' },
      { type: 'image', mediaId: 'm1', credit: '  Ana Díaz ', alt: ' Cranes at dawn ' },
      { type: 'video', url: 'https://example.org/v', title: '  The strike  ' },
    ]);
    expect(quote).toMatchObject({ cite: 'Rosa Quispe' });
    expect(pullquote).toMatchObject({ attribution: 'A foreman' });
    expect(image).toMatchObject({ credit: 'Ana Díaz', alt: 'Cranes at dawn' });
    expect(video).toMatchObject({ title: 'The strike' });
  });

  it('drops text blocks left empty after sanitising, keeping the others', () => {
    const blocks = parsed([
      { id: 'keep1', type: 'paragraph', html: 'Kept' },
      { id: 'gone1', type: 'paragraph', html: '   ' },
      { id: 'gone2', type: 'heading', html: '<script>only a script</script>' },
      { id: 'gone3', type: 'quote', html: '<img src=x>' },
      { id: 'gone4', type: 'pullquote', html: '' },
      { id: 'gone5', type: 'list', items: ['', '  ', '<style>x</style>'] },
      { id: 'keep2', type: 'divider' },
    ]);
    expect(blocks.map((block) => block.id)).toEqual(['keep1', 'keep2']);
  });

  it('drops the empty items of a list but keeps the list', () => {
    const list = only(
      parsed([{ type: 'list', items: ['one', '', '  ', '<script>x</script>', 'two'] }]),
      'list',
    );
    expect(list.items).toEqual(['one', 'two']);
  });

  it('keeps image and divider blocks, which have no text of their own', () => {
    const blocks = parsed([{ type: 'image', mediaId: 'm1' }, { type: 'divider' }]);
    expect(blocks.map((block) => block.type)).toEqual(['image', 'divider']);
  });

  it('keeps the ids it is given', () => {
    const blocks = parsed([
      { id: 'intro', type: 'paragraph', html: 'A' },
      { id: 'X_9-y', type: 'paragraph', html: 'B' },
    ]);
    expect(blocks.map((block) => block.id)).toEqual(['intro', 'X_9-y']);
  });

  it('gives a fresh, distinct id to every block without one', () => {
    const blocks = parsed([
      { type: 'paragraph', html: 'A' },
      { type: 'paragraph', html: 'B' },
      { type: 'divider' },
    ]);
    for (const block of blocks) expect(block.id).toMatch(FRESH_ID);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(3);
  });

  it('gives a pasted copy of a block a fresh id and leaves the original its id', () => {
    const blocks = parsed([
      { id: 'lede', type: 'paragraph', html: 'Original' },
      { id: 'other', type: 'paragraph', html: 'Middle' },
      { id: 'lede', type: 'paragraph', html: 'Pasted copy' },
    ]);
    expect(blocks[0]).toMatchObject({ id: 'lede', html: 'Original' });
    expect(blocks[1]).toMatchObject({ id: 'other' });
    expect(blocks[2]?.id).not.toBe('lede');
    expect(blocks[2]?.id).toMatch(FRESH_ID);
    expect(blocks[2]).toMatchObject({ html: 'Pasted copy' });
  });

  it('keeps the source block id of a translated block', () => {
    const [translated, plain] = parsed([
      { id: 't1', sourceBlockId: 'src-1', type: 'paragraph', html: 'Los estibadores pararon.' },
      { id: 't2', type: 'divider' },
    ]);
    expect(translated).toMatchObject({ id: 't1', sourceBlockId: 'src-1' });
    expect(plain).not.toHaveProperty('sourceBlockId');
  });

  it('keeps the source block id when a fresh id replaces a repeated one', () => {
    const [, second] = parsed([
      { id: 'same', sourceBlockId: 'src-1', type: 'paragraph', html: 'A' },
      { id: 'same', sourceBlockId: 'src-2', type: 'paragraph', html: 'B' },
    ]);
    expect(second?.id).not.toBe('same');
    expect(second?.sourceBlockId).toBe('src-2');
  });

  it('recognises the provider of a video block', () => {
    const video = only(
      parsed([{ type: 'video', url: `https://www.youtube.com/watch?v=${YOUTUBE_ID}` }]),
      'video',
    );
    expect(video).toMatchObject({ provider: 'youtube', videoId: YOUTUBE_ID });
    expect(video.url).toBe(`https://www.youtube.com/watch?v=${YOUTUBE_ID}`);
  });
});

describe('parseBlocks: what it rejects, by path', () => {
  it('rejects a body that is not a list', () => {
    expect(issuesOf('Just text')).toEqual([{ path: 'body', code: 'issue.wrongType' }]);
    expect(issuesOf({ type: 'paragraph', html: 'x' })[0]?.path).toBe('body');
  });

  it('rejects a block that is not an object', () => {
    expect(issuesOf([null])[0]?.path).toBe('body.0');
    expect(issuesOf([{ type: 'divider' }, 'text'])[0]?.path).toBe('body.1');
  });

  it('rejects an unknown or missing block type at its type', () => {
    expect(issuesOf([{ type: 'divider' }, { type: 'table', rows: [] }])).toEqual([
      { path: 'body.1.type', code: 'issue.unknownType' },
    ]);
    expect(issuesOf([{ html: 'no type' }])[0]?.path).toBe('body.0.type');
  });

  it('rejects fields of the wrong type at the field', () => {
    const issues = issuesOf([
      { type: 'paragraph', html: 'fine' },
      { type: 'paragraph', html: 5 },
      { type: 'list', items: 'not a list' },
      { type: 'list', items: ['fine', 7] },
      { type: 'heading', level: 4, html: 'x' },
      { type: 'list', style: 'numbered', items: ['x'] },
      { type: 'image', mediaId: '' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual([
      'body.1.html',
      'body.2.items',
      'body.3.items.1',
      'body.4.level',
      'body.5.style',
      'body.6.mediaId',
    ]);
  });

  it('rejects a list without items', () => {
    expect(issuesOf([{ type: 'list', items: [] }])[0]?.path).toBe('body.0.items');
  });

  it('rejects text longer than the limit', () => {
    const issues = issuesOf([{ type: 'paragraph', html: 'a'.repeat(BLOCK_LIMITS.text + 1) }]);
    expect(issues[0]?.path).toBe('body.0.html');
  });

  it('rejects more blocks than the limit at the body', () => {
    const body = Array.from({ length: BLOCK_LIMITS.blocks + 1 }, () => ({ type: 'divider' }));
    expect(issuesOf(body).map((issue) => issue.path)).toContain('body');
    expect(parseBlocks(body.slice(1)).ok).toBe(true);
  });

  it('rejects ids and source ids with spaces, markup or too many characters', () => {
    const issues = issuesOf([
      { id: 'has space', type: 'divider' },
      { id: '<b>', type: 'divider' },
      { id: 'a'.repeat(65), type: 'divider' },
      { id: '', type: 'divider' },
      { id: 'ok', sourceBlockId: 'src/1', type: 'divider' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual([
      'body.0.id',
      'body.1.id',
      'body.2.id',
      'body.3.id',
      'body.4.sourceBlockId',
    ]);
    expect(issues[0]?.code).toBe('issue.blockId');
  });

  it('rejects a video address that is not http(s)', () => {
    const issues = issuesOf([
      { type: 'video', url: 'javascript:alert(1)' },
      { type: 'video', url: 'ftp://example.org/clip.mp4' },
      { type: 'video', url: 'youtube.com/watch?v=x' },
      { type: 'video', url: 'https://' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual([
      'body.0.url',
      'body.1.url',
      'body.2.url',
      'body.3.url',
    ]);
    expect(issues[0]?.code).toBe('issue.url');
  });

  it('writes issue paths below the path it is given', () => {
    const issues = issuesOf([{ type: 'divider' }, { type: 'list', items: 3 }], 'translation.body');
    expect(issues[0]?.path).toBe('translation.body.1.items');
  });
});

describe('parseVideoUrl', () => {
  it.each([
    `https://www.youtube.com/watch?v=${YOUTUBE_ID}`,
    `https://youtube.com/watch?v=${YOUTUBE_ID}&t=42s`,
    `https://m.youtube.com/watch?v=${YOUTUBE_ID}`,
    `https://youtu.be/${YOUTUBE_ID}`,
    `https://youtu.be/${YOUTUBE_ID}?t=42`,
    `https://www.youtube.com/embed/${YOUTUBE_ID}`,
    `https://www.youtube-nocookie.com/embed/${YOUTUBE_ID}`,
    `https://www.youtube.com/shorts/${YOUTUBE_ID}`,
    `https://www.youtube.com/live/${YOUTUBE_ID}`,
  ])('recognises the YouTube video in %s', (url) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'youtube', videoId: YOUTUBE_ID });
  });

  it.each([
    'https://vimeo.com/76979871',
    'https://www.vimeo.com/76979871',
    'https://player.vimeo.com/video/76979871?h=abc123',
    'https://vimeo.com/channels/staffpicks/76979871',
  ])('recognises the Vimeo video in %s', (url) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'vimeo', videoId: '76979871' });
  });

  it('recognises a PeerTube video on any instance by its /w/ or /videos/watch/ path', () => {
    expect(parseVideoUrl('https://framatube.org/w/kkGMgK9ZtnKfYAgnEtQxbv')).toEqual({
      provider: 'peertube',
      videoId: 'kkGMgK9ZtnKfYAgnEtQxbv',
    });
    expect(
      parseVideoUrl('https://tube.example.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d'),
    ).toEqual({ provider: 'peertube', videoId: '9c9de5e8-0a1e-484a-b099-e80766180a6d' });
  });

  it.each([
    'https://example.org/clip.mp4',
    `https://youtube.com.evil.example/watch?v=${YOUTUBE_ID}`,
    `https://notyoutube.com/watch?v=${YOUTUBE_ID}`,
    'https://www.youtube.com/watch?v=tooShort',
    'https://www.youtube.com/channel/UCabc',
    'https://vimeo.com/about',
    'https://example.org/w/abc',
    'not an address',
  ])('treats %s as a plain link', (url) => {
    expect(parseVideoUrl(url)).toEqual({ provider: 'link', videoId: null });
  });
});

describe('blockText', () => {
  it('gives the text of a paragraph and a heading without markup', () => {
    expect(blockText(paragraph('Fish & chips', 'p'))).toBe('Fish & chips');
    expect(
      blockText({ id: 'h', type: 'heading', level: 2, html: 'A <em>big</em> day<br />indeed' }),
    ).toBe('A big day indeed');
  });

  it('joins a quote and its cite with a dash, or gives the quote alone', () => {
    expect(blockText({ id: 'q', type: 'quote', html: '<em>No</em>.', cite: 'Rosa' })).toBe(
      'No. — Rosa',
    );
    expect(blockText({ id: 'q', type: 'quote', html: 'No.', cite: '' })).toBe('No.');
    expect(blockText({ id: 'p', type: 'pullquote', html: 'Stop.', attribution: 'A foreman' })).toBe(
      'Stop. — A foreman',
    );
  });

  it('gives one line per list item', () => {
    expect(
      blockText({ id: 'l', type: 'list', style: 'bullet', items: ['<b>a</b>', 'b &amp; c'] }),
    ).toBe('a\nb & c');
  });

  it('gives an image’s caption and alt text', () => {
    const image: Block = {
      id: 'i',
      type: 'image',
      mediaId: 'm',
      caption: 'Cranes <em>idle</em>',
      credit: 'Ana',
      alt: 'Three cranes',
    };
    expect(blockText(image)).toBe('Cranes idle Three cranes');
    expect(blockText({ ...image, caption: null, alt: null })).toBe('');
  });

  it('gives a video’s title and caption', () => {
    const video: Block = {
      id: 'v',
      type: 'video',
      url: 'https://example.org',
      provider: 'link',
      videoId: null,
      title: 'The strike',
      caption: 'Filmed at <em>dawn</em>',
    };
    expect(blockText(video)).toBe('The strike Filmed at dawn');
  });

  it('gives nothing for a divider', () => {
    expect(blockText({ id: 'd', type: 'divider' })).toBe('');
  });
});

describe('wordCount', () => {
  it('counts the words a reader reads across blocks', () => {
    const blocks = parsed([
      { type: 'paragraph', html: 'Dock workers stopped<br>at dawn.' },
      { type: 'heading', html: 'Why' },
      { type: 'quote', html: 'We stay.', cite: 'Rosa Quispe' },
      { type: 'list', items: ['Higher wages', 'Safer cranes'] },
      { type: 'divider' },
    ]);
    // 5 + 1 + (2 + dash + 2) + 4
    expect(wordCount(blocks)).toBe(15);
  });

  it('is zero for an empty body', () => {
    expect(wordCount([])).toBe(0);
  });
});

describe('mediaIdsOf', () => {
  it('lists the media of image blocks in order, each once', () => {
    const blocks = parsed([
      { type: 'image', mediaId: 'm2' },
      { type: 'paragraph', html: 'Text' },
      { type: 'image', mediaId: 'm1' },
      { type: 'image', mediaId: 'm2' },
      { type: 'video', url: 'https://example.org/v' },
    ]);
    expect(mediaIdsOf(blocks)).toEqual(['m2', 'm1']);
  });

  it('is empty for a body without images', () => {
    expect(mediaIdsOf([paragraph('Hi')])).toEqual([]);
  });
});

describe('withUniqueIds', () => {
  it('returns blocks with unique ids unchanged, as the same objects', () => {
    const blocks = [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
    ];
    const result = withUniqueIds(blocks);
    expect(result[0]).toBe(blocks[0]);
    expect(result[1]).toBe(blocks[1]);
  });

  it('gives copies with fresh ids to repeated and empty ids without changing the input', () => {
    const blocks = [
      { id: 'a', n: 1 },
      { id: '', n: 2 },
      { id: 'a', n: 3 },
    ];
    const result = withUniqueIds(blocks);
    expect(result[0]).toEqual({ id: 'a', n: 1 });
    expect(result[1]?.id).toMatch(FRESH_ID);
    expect(result[2]?.id).toMatch(FRESH_ID);
    expect(result[2]?.id).not.toBe(result[1]?.id);
    expect(result[2]?.n).toBe(3);
    expect(blocks[2]?.id).toBe('a');
  });
});

describe('paragraph', () => {
  it('escapes plain text and keeps line breaks', () => {
    expect(paragraph('Tom & Jerry\n<em>not emphasis</em>', 'p1')).toEqual({
      id: 'p1',
      type: 'paragraph',
      html: 'Tom &amp; Jerry<br />&lt;em&gt;not emphasis&lt;/em&gt;',
    });
  });

  it('gets a fresh id when none is given', () => {
    const a = paragraph('A');
    const b = paragraph('B');
    expect(a.id).toMatch(FRESH_ID);
    expect(b.id).not.toBe(a.id);
  });

  it('survives parseBlocks with its id and text unchanged', () => {
    const original = paragraph('Fish & chips\nat <noon>', 'p1');
    const [block] = parsed([original]);
    expect(block).toEqual(original);
  });
});
