import { describe, expect, it } from 'vitest';
import { keyFor } from './languages.ts';

describe('keyFor', () => {
  it('finds the exact tag, else the base language the record has', () => {
    expect(keyFor({ 'es-PE': {}, es: {} }, 'es-PE')).toBe('es-PE');
    expect(keyFor({ es: {} }, 'es-PE')).toBe('es');
  });

  it('puts a text still to be written under the base language, which every edition reads', () => {
    expect(keyFor({}, 'es-AR')).toBe('es');
    expect(keyFor({ en: {} }, 'pt-BR')).toBe('pt');
    expect(keyFor({}, 'de')).toBe('de');
  });
});
