import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types.ts';
import { NO_FIELDS } from './fields.ts';
import { applyDraft, machineBlock, machineSegments } from './machine.ts';
import { alignRows } from './rows.ts';

const source: Block[] = [
  { id: 's1', type: 'paragraph', html: 'La huelga sigue.' },
  { id: 's2', type: 'paragraph', html: 'Los portuarios votaron.' },
  { id: 's3', type: 'divider' },
  { id: 's4', type: 'image', mediaId: 'm', caption: 'El <em>puerto</em>', alt: 'Grúas & barcos' },
];
const snapshot = {
  revision: 3,
  kicker: '',
  headline: 'La huelga',
  dek: 'Votan.',
  body: source,
  socialTitle: '',
  socialDescription: '',
};

describe('machine translation in the editor', () => {
  it('sends a block’s texts by part and puts the answers back in the same places', () => {
    const image = source[3] as Block;
    expect(machineSegments(image)).toEqual([
      { id: 'caption', text: 'El <em>puerto</em>' },
      { id: 'alt', text: 'Grúas &amp; barcos' },
    ]);
    expect(machineSegments(source[2] as Block)).toEqual([]);
    const block = machineBlock(
      image,
      new Map([
        ['caption', 'The <em>port</em>'],
        ['alt', 'Cranes &amp; ships'],
      ]),
      't4',
    );
    expect(block).toMatchObject({
      id: 't4',
      sourceBlockId: 's4',
      caption: 'The <em>port</em>',
      alt: 'Cranes & ships',
      mediaId: 'm',
    });
  });

  it('drafts the rows not done, keeps done and dropped ones, and untranslated fields only', () => {
    const body: Block[] = [
      { id: 't1', sourceBlockId: 's1', type: 'paragraph', html: 'The strike goes on.' },
      { id: 't3', sourceBlockId: 's3', type: 'divider' },
      { id: 't4', sourceBlockId: 's4', type: 'image', mediaId: 'm', caption: 'x', alt: 'y' },
    ];
    const draft = {
      kicker: '',
      headline: 'The strike',
      dek: 'They vote.',
      body: [
        { id: 'd1', sourceBlockId: 's1', type: 'paragraph' as const, html: 'Strike on.' },
        { id: 'd2', sourceBlockId: 's2', type: 'paragraph' as const, html: 'They voted.' },
        { id: 'd3', sourceBlockId: 's3', type: 'divider' as const },
        {
          id: 'd4',
          sourceBlockId: 's4',
          type: 'image' as const,
          mediaId: 'm',
          caption: 'The port',
          alt: 'Cranes',
        },
      ],
    };
    const fields = { ...NO_FIELDS, headline: 'La huelga', dek: 'My own dek', body };
    const result = applyDraft(alignRows(source, body), draft, ['t1'], fields, snapshot);
    // t1 is done, s2 was dropped, the divider has nothing to translate: only the image.
    expect(result.drafted).toEqual(['t4']);
    expect(result.fields.body).toEqual([
      body[0],
      body[1],
      { ...draft.body[3], id: 't4', sourceBlockId: 's4' },
    ]);
    expect(result.fields.headline).toBe('The strike');
    expect(result.fields.dek).toBe('My own dek');
  });
});
