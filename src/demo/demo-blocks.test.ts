import { describe, expect, it } from 'vitest';
import { type Block, parseBlocks } from '../articles/blocks.ts';
import { demoContent } from './content/index.ts';
import type { DemoBlock } from './content/types.ts';
import { demoBlockId, toBlockInputs } from './demo-blocks.ts';

const mediaIdOf = (imageKey: string) => `media-${imageKey}`;

/** One block of every compact form, in the order a story might use them. */
const EVERY_FORM: DemoBlock[] = [
  'Dock workers in <em>Callao</em> stopped at dawn.',
  { h: 'What they ask for' },
  { h: 'Wages', level: 3 },
  { quote: 'We will not move.', cite: 'Rosa Quispe' },
  { pullquote: 'Not one crane turned.', attribution: 'A foreman' },
  { list: ['Wages', 'Shifts'] },
  { list: ['First', 'Second'], ordered: true },
  { image: 'callao-cranes', caption: 'The cranes, idle', credit: 'Estudio Meridiano' },
  { video: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', title: 'The strike', caption: 'Day 1' },
  { divider: true },
];

function parsedBody(
  blocks: DemoBlock[],
  sourceIds?: (string | undefined)[],
  articleKey = 'callao-strike-en',
): Block[] {
  const result = parseBlocks(toBlockInputs(articleKey, blocks, mediaIdOf, sourceIds));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('demoBlockId', () => {
  it('gives the same id for the same article and position', () => {
    expect(demoBlockId('callao-strike-en', 3)).toBe(demoBlockId('callao-strike-en', 3));
  });

  it('gives different ids for other positions and other articles', () => {
    const ids = new Set([
      demoBlockId('callao-strike-en', 0),
      demoBlockId('callao-strike-en', 1),
      demoBlockId('callao-strike-es', 0),
      demoBlockId('callao-strike-e', 10),
    ]);
    expect(ids.size).toBe(4);
  });

  it('is a short id that block validation accepts', () => {
    expect(demoBlockId('callao-strike-en', 0)).toMatch(/^d[0-9a-f]{11}$/);
  });
});

describe('toBlockInputs', () => {
  it('maps every compact form to the block type it stands for, with a stable id', () => {
    const inputs = toBlockInputs('callao-strike-en', EVERY_FORM, mediaIdOf);
    expect(inputs.map((input) => input.type)).toEqual([
      'paragraph',
      'heading',
      'heading',
      'quote',
      'pullquote',
      'list',
      'list',
      'image',
      'video',
      'divider',
    ]);
    expect(inputs.map((input) => input.id)).toEqual(
      EVERY_FORM.map((_, index) => demoBlockId('callao-strike-en', index)),
    );
  });

  it('gives block input that parseBlocks accepts whole, keeping every block and id', () => {
    const blocks = parsedBody(EVERY_FORM);
    expect(blocks).toHaveLength(EVERY_FORM.length);
    expect(blocks[0]).toMatchObject({ html: 'Dock workers in <em>Callao</em> stopped at dawn.' });
    expect(blocks[1]).toMatchObject({ type: 'heading', level: 2, html: 'What they ask for' });
    expect(blocks[2]).toMatchObject({ type: 'heading', level: 3, html: 'Wages' });
    expect(blocks[3]).toMatchObject({ type: 'quote', cite: 'Rosa Quispe' });
    expect(blocks[4]).toMatchObject({ type: 'pullquote', attribution: 'A foreman' });
    expect(blocks[5]).toMatchObject({ type: 'list', style: 'bullet', items: ['Wages', 'Shifts'] });
    expect(blocks[6]).toMatchObject({ type: 'list', style: 'ordered' });
    expect(blocks[7]).toMatchObject({
      type: 'image',
      mediaId: 'media-callao-cranes',
      caption: 'The cranes, idle',
      credit: 'Estudio Meridiano',
      alt: null,
    });
    expect(blocks[8]).toMatchObject({
      type: 'video',
      provider: 'youtube',
      videoId: 'dQw4w9WgXcQ',
      title: 'The strike',
      caption: 'Day 1',
    });
    expect(blocks[9]).toMatchObject({ type: 'divider' });
    expect(blocks[9]?.id).toBe(demoBlockId('callao-strike-en', 9));
  });

  it('leaves caption and credit to the media when an image gives none', () => {
    const [image] = parsedBody([{ image: 'callao-cranes' }]);
    expect(image).toMatchObject({ caption: null, credit: null, alt: null });
  });

  it('turns source ids into the source block id of each translated block', () => {
    const blocks = parsedBody(['Uno', { h: 'Dos' }, 'Tres'], ['src-a', undefined, 'src-c']);
    expect(blocks[0]?.sourceBlockId).toBe('src-a');
    expect(blocks[1]).not.toHaveProperty('sourceBlockId');
    expect(blocks[2]?.sourceBlockId).toBe('src-c');
  });

  it('gives no source block id to an original', () => {
    const inputs = toBlockInputs('callao-strike-en', ['One', 'Two'], mediaIdOf);
    for (const input of inputs) expect(input).not.toHaveProperty('sourceBlockId');
  });
});

describe('the demo articles', () => {
  it.each(demoContent.articles.map((article) => [article.key, article] as const))(
    '%s has a body that parses whole, so translations align block for block',
    (_key, article) => {
      const blocks = parsedBody(article.body, undefined, article.key);
      expect(blocks.map((block) => block.id)).toEqual(
        article.body.map((_, index) => demoBlockId(article.key, index)),
      );
    },
  );
});
