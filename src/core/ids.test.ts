import { describe, expect, it } from 'vitest';
import { isId, newId, shortId } from './ids.ts';

describe('newId', () => {
  it('is a lowercase UUID of version 7 with the RFC 9562 variant', () => {
    const id = newId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isId(id)).toBe(true);
  });

  it('starts with the given time in milliseconds as 48 bits', () => {
    const now = Date.UTC(2024, 4, 1, 12, 30, 0, 123);
    const id = newId(now);
    const timeHex = id.replace(/-/g, '').slice(0, 12);
    expect(Number.parseInt(timeHex, 16)).toBe(now);
  });

  it('writes time 0 as twelve zeros', () => {
    expect(newId(0).slice(0, 13)).toBe('00000000-0000');
  });

  it('gives different ids for the same millisecond', () => {
    const now = 1_700_000_000_000;
    const ids = new Set(Array.from({ length: 100 }, () => newId(now)));
    expect(ids.size).toBe(100);
  });

  it('sorts ids by creation time when they are sorted as text', () => {
    const times = [1_000, 999_999, 1_700_000_000_000, 1_700_000_000_001, 2 ** 47];
    const ids = times.map((time) => newId(time));
    const shuffled = [ids[3], ids[0], ids[4], ids[2], ids[1]] as string[];
    expect(shuffled.sort()).toEqual(ids);
  });
});

describe('isId', () => {
  it('accepts lowercase UUIDs of any version', () => {
    expect(isId('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isId('0190a5f2-7c3e-7abc-8def-0123456789ab')).toBe(true);
  });

  it('rejects uppercase, malformed and non-string values', () => {
    expect(isId('0190A5F2-7C3E-7ABC-8DEF-0123456789AB')).toBe(false);
    expect(isId('0190a5f27c3e7abc8def0123456789ab')).toBe(false);
    expect(isId('0190a5f2-7c3e-7abc-8def-0123456789a')).toBe(false);
    expect(isId('0190a5f2-7c3e-7abc-8def-0123456789ag')).toBe(false);
    expect(isId('')).toBe(false);
    expect(isId(null)).toBe(false);
    expect(isId(42)).toBe(false);
  });
});

describe('shortId', () => {
  it('is ten characters long by default', () => {
    expect(shortId()).toHaveLength(10);
  });

  it('has the requested length', () => {
    expect(shortId(1)).toHaveLength(1);
    expect(shortId(32)).toHaveLength(32);
  });

  it('uses only lowercase letters and digits', () => {
    const sample = Array.from({ length: 200 }, () => shortId(16)).join('');
    expect(sample).toMatch(/^[0-9a-z]+$/);
  });

  it('differs from call to call', () => {
    const ids = new Set(Array.from({ length: 100 }, () => shortId()));
    expect(ids.size).toBe(100);
  });
});
