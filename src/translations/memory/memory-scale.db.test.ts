import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/helpers/context.ts';
import { describeEachDialect } from '../../../tests/helpers/db.ts';
import { makeArticle, makeSite } from '../../../tests/helpers/factories.ts';
import { newId } from '../../core/ids.ts';
import type { NewSegment } from './memory.repository.ts';
import { segmentTerms } from './memory-terms.ts';
import { exactHash, matchTokens } from './segment-text.ts';
import { similarity } from './similarity.ts';

/*
 * The memory at size: 20,000 segments of one language pair, then look-ups of sentences that
 * differ from stored ones by a word or two. The time is printed, never asserted (speed is for
 * bench/); what is asserted is that every near twin is found, although each look-up scores
 * no more than the 200 candidates that share its rarest words, never the whole memory.
 */

const SEGMENTS = 20_000;
const LOOKUPS = 40;

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), so every run builds the same memory. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Words of a made-up language, picked with a Zipf-like skew: a few common, most rare. */
function vocabulary(size: number, next: () => number): string[] {
  const syllables = ['ta', 'ro', 'mi', 'sen', 'dal', 'ku', 'pe', 'lor', 'vi', 'nas', 'gu', 'cha'];
  const words = new Set<string>();
  while (words.size < size) {
    const length = 2 + Math.floor(next() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += syllables[Math.floor(next() * syllables.length)];
    words.add(word);
  }
  return [...words];
}

function sentence(words: string[], next: () => number): string {
  const length = 8 + Math.floor(next() * 22);
  const picked: string[] = [];
  for (let i = 0; i < length; i++)
    picked.push(words[Math.floor(words.length * next() ** 3)] as string);
  return `${picked.join(' ')}.`;
}

describeEachDialect('translation memory at 20,000 segments', (dialect) => {
  let t: TestContext;
  const sources: string[] = [];
  beforeAll(async () => {
    t = await createTestContext(dialect);
    const from = await makeSite(t.ctx, { language: 'es-PE', timezone: 'America/Lima' });
    const to = await makeSite(t.ctx, { language: 'en-US' });
    const source = await makeArticle(t.ctx, from);
    const target = await makeArticle(t.ctx, to, {
      origin: { type: 'translation', sourceArticleId: source.id },
    });
    const next = random(7);
    const words = vocabulary(6000, next);
    const segments: NewSegment[] = [];
    for (let i = 0; i < SEGMENTS; i++) {
      const text = sentence(words, next);
      sources.push(text);
      segments.push({
        row: {
          id: newId(),
          language_pair: 'es>en',
          source_language: 'es-PE',
          target_language: 'en-US',
          source_text: text,
          source_html: text,
          target_text: `translation ${i}`,
          target_html: `translation ${i}`,
          source_hash: exactHash(text),
          source_words: matchTokens(text).length,
          source_article_id: source.id,
          source_block_id: `b${i}`,
          target_article_id: target.id,
          target_block_id: `b${i}`,
          site_id: to.id,
          created_by: null,
        },
        terms: segmentTerms(text, 'es'),
      });
    }
    const started = performance.now();
    await t.ctx.translationMemory.repository.replaceTranslation(
      target.id,
      segments,
      '2026-03-10T12:00:00.000Z',
    );
    console.log(
      `${dialect}: stored ${SEGMENTS} segments in ${Math.round(performance.now() - started)} ms`,
    );
  }, 240_000);
  afterAll(() => t.destroy());

  it('finds each near twin among a few hundred candidates, faster than scoring everything', async () => {
    const next = random(99);
    const queries = Array.from({ length: LOOKUPS }, (_, index) => {
      const original = sources[Math.floor(next() * sources.length)] as string;
      const tokens = original.replace(/\.$/, '').split(' ');
      // Change one word in ten.
      for (let i = 0; i < tokens.length; i += 10) tokens[i] = 'cambiada';
      return { id: `q${index}`, text: `${tokens.join(' ')}.`, original };
    });

    const started = performance.now();
    const found = await t.ctx.translationMemory.matches('es-PE', 'en-US', queries, { limit: 3 });
    const indexed = performance.now() - started;

    for (const query of queries) {
      const best = found.get(query.id)?.[0];
      expect(best?.sourceText, query.text).toBe(query.original);
      expect(best?.score).toBeGreaterThanOrEqual(70);
    }

    // A few of the same look-ups by brute force, to print how much the pre-filter saves.
    const tokenised = sources.map((text) => matchTokens(text));
    const scanStarted = performance.now();
    const sample = queries.slice(0, 5);
    for (const query of sample) {
      const tokens = matchTokens(query.text);
      for (const stored of tokenised) similarity(tokens, stored);
    }
    const scan = ((performance.now() - scanStarted) / sample.length) * LOOKUPS;
    console.log(
      `${dialect}: ${LOOKUPS} look-ups in ${SEGMENTS} segments: ${(indexed / LOOKUPS).toFixed(1)} ms each ` +
        `with the term pre-filter, ${(scan / LOOKUPS).toFixed(1)} ms each scoring every segment (scoring only, ` +
        `without reading them) — ${(scan / indexed).toFixed(1)}×`,
    );
  }, 240_000);
});
