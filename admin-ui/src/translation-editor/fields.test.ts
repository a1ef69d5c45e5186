import { describe, expect, it } from 'vitest';
import type { Article } from '../api/types.ts';
import {
  asArticleFields,
  fromArticleFields,
  NO_FIELDS,
  payloadOf,
  sameTranslation,
} from './fields.ts';

const text = {
  ...NO_FIELDS,
  headline: ' Strike in Callao ',
  body: [
    { id: 't1', sourceBlockId: 's1', type: 'paragraph' as const, html: 'The strike goes on.' },
    { id: 't2', sourceBlockId: 's2', type: 'paragraph' as const, html: '' },
  ],
};

describe('the translation’s fields', () => {
  it('saves texts trimmed and without the empty blocks kept while typing', () => {
    const payload = payloadOf(text);
    expect(payload.headline).toBe('Strike in Callao');
    expect(payload.body.map((block) => block.id)).toEqual(['t1']);
  });

  it('counts as unchanged what would save the same, and as changed what would not', () => {
    const saved = { ...NO_FIELDS, headline: 'Strike in Callao', body: [text.body[0] as never] };
    expect(sameTranslation(text, saved)).toBe(true);
    expect(sameTranslation({ ...text, dek: 'They vote.' }, saved)).toBe(false);
    const edited = { ...text.body[0], html: 'The strike continues.' } as never;
    expect(sameTranslation({ ...text, body: [edited] }, saved)).toBe(false);
  });

  it('goes through the article editor’s merge shape and back, keeping the article’s other fields', () => {
    const around = { slug: 'strike', credits: [], tagIds: ['tag'] } as unknown as Article;
    const fields = asArticleFields(text, around);
    expect(fields).toMatchObject({ slug: 'strike', tagIds: ['tag'], headline: 'Strike in Callao' });
    expect(fromArticleFields(fields)).toEqual(payloadOf(text));
  });
});
