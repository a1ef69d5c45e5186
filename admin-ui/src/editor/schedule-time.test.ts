import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './schedule-time.ts';

describe('the schedule field', () => {
  it('sends the wall-clock time the user picked, with the offset of their zone', () => {
    const iso = fromLocalInput('2031-03-14T09:30');
    expect(iso).toMatch(/^2031-03-14T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso ?? '').getTime()).toBe(new Date(2031, 2, 14, 9, 30).getTime());
  });

  it('shows an instant in the field as local wall-clock time', () => {
    expect(toLocalInput(new Date(2031, 11, 1, 7, 5))).toBe('2031-12-01T07:05');
  });

  it('refuses what is not a time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('tomorrow')).toBeNull();
  });
});
