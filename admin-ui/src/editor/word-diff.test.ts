import { describe, expect, it } from 'vitest';
import { diffWords } from './word-diff.ts';

describe('word differences', () => {
  it('shows whole words added and removed', () => {
    expect(diffWords('The dockers strike today.', 'The Callao dockers strike.')).toEqual([
      { op: 'same', text: 'The ' },
      { op: 'added', text: 'Callao ' },
      { op: 'same', text: 'dockers strike' },
      { op: 'removed', text: ' today' },
      { op: 'same', text: '.' },
    ]);
  });

  it('has nothing to show for two empty texts', () => {
    expect(diffWords('', '')).toEqual([]);
  });
});
