import { describe, expect, it } from 'vitest';
import type { Block } from '../api/types.ts';
import { type ArticleFields, EMPTY_FIELDS } from './article-fields.ts';
import { allOf, applyMerge, planMerge, suggestedChoices } from './merge.ts';

const p = (id: string, html: string): Block => ({ id, type: 'paragraph', html });

const base: ArticleFields = {
  ...EMPTY_FIELDS,
  headline: 'Dockers strike',
  dek: 'Since Monday.',
  kicker: 'Port',
  body: [p('aaaaaaaaaa', 'One.'), p('bbbbbbbbbb', 'Two.'), p('cccccccccc', 'Three.')],
};

describe('merging two versions of an article', () => {
  // The desk fixed the dek and a paragraph and added one; I rewrote the headline and another.
  const theirs: ArticleFields = {
    ...base,
    dek: 'Since Monday morning.',
    body: [
      p('aaaaaaaaaa', 'One, fixed.'),
      p('bbbbbbbbbb', 'Two.'),
      p('tttttttttt', 'Their new paragraph.'),
      p('cccccccccc', 'Three.'),
    ],
  };
  const mine: ArticleFields = {
    ...base,
    headline: 'Callao dockers strike',
    body: [p('aaaaaaaaaa', 'One.'), p('bbbbbbbbbb', 'Two, mine.'), p('cccccccccc', 'Three.')],
  };

  it('lists the fields and blocks that differ, suggesting their side where I changed nothing', () => {
    const plan = planMerge(mine, theirs, base);
    expect(plan.fields).toEqual([
      { name: 'headline', suggested: 'mine' },
      { name: 'dek', suggested: 'theirs' },
    ]);
    expect(plan.blocks.map((block) => [block.id, block.same, block.suggested])).toEqual([
      ['aaaaaaaaaa', false, 'theirs'],
      ['bbbbbbbbbb', false, 'mine'],
      ['tttttttttt', false, 'theirs'],
      ['cccccccccc', true, 'theirs'],
    ]);
  });

  it('keeps both people’s work with the suggested choices', () => {
    const plan = planMerge(mine, theirs, base);
    const merged = applyMerge(plan, mine, theirs, suggestedChoices(plan));
    expect(merged.headline).toBe('Callao dockers strike');
    expect(merged.dek).toBe('Since Monday morning.');
    expect(merged.body).toEqual([
      p('aaaaaaaaaa', 'One, fixed.'),
      p('bbbbbbbbbb', 'Two, mine.'),
      p('tttttttttt', 'Their new paragraph.'),
      p('cccccccccc', 'Three.'),
    ]);
  });

  it('takes all of theirs, or keeps all of mine, when asked', () => {
    const plan = planMerge(mine, theirs, base);
    expect(applyMerge(plan, mine, theirs, allOf(plan, 'theirs'))).toEqual(theirs);
    expect(applyMerge(plan, mine, theirs, allOf(plan, 'mine'))).toEqual(mine);
  });

  it('lets a choice per block remove a block only one side has', () => {
    const plan = planMerge(mine, theirs, base);
    const merged = applyMerge(plan, mine, theirs, {
      fields: {},
      blocks: { tttttttttt: 'mine' },
    });
    expect(merged.body.map((block) => block.id)).not.toContain('tttttttttt');
  });

  it('suggests mine everywhere when the common version is unknown', () => {
    const plan = planMerge(mine, theirs, null);
    expect(plan.fields.every((field) => field.suggested === 'mine')).toBe(true);
    expect(applyMerge(plan, mine, theirs, suggestedChoices(plan)).body).toEqual(mine.body);
  });

  it('keeps a block I deleted deleted, and one they deleted that I edited', () => {
    const theirsWithout: ArticleFields = {
      ...base,
      body: [p('aaaaaaaaaa', 'One.'), p('cccccccccc', 'Three.')],
    };
    const mineEdited: ArticleFields = {
      ...base,
      body: [p('bbbbbbbbbb', 'Two, rewritten.'), p('cccccccccc', 'Three.')],
    };
    const plan = planMerge(mineEdited, theirsWithout, base);
    const merged = applyMerge(plan, mineEdited, theirsWithout, suggestedChoices(plan));
    expect(merged.body.map((block) => block.id)).toEqual(['bbbbbbbbbb', 'cccccccccc']);
  });
});
