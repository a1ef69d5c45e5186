import { describe, expect, it } from 'vitest';
import { MAX_RETRY_MS, retryDelayMs } from './backoff.ts';

describe('retry delays', () => {
  it('double from 30 seconds after each failed try', () => {
    const exact = () => 0.5;
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, exact))).toEqual([
      30_000, 60_000, 120_000, 240_000, 480_000,
    ]);
  });

  it('stop growing at six hours', () => {
    expect(retryDelayMs(20, () => 0.5)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(200, () => 0.5)).toBe(MAX_RETRY_MS);
  });

  it('stray at most a fifth either way, so failed jobs do not return all at once', () => {
    expect(retryDelayMs(1, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, () => 0.999_999)).toBe(36_000);
    const seen = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
    expect(seen.size).toBeGreaterThan(1);
    for (const delay of seen) {
      expect(delay).toBeGreaterThanOrEqual(96_000);
      expect(delay).toBeLessThanOrEqual(144_000);
    }
  });
});
