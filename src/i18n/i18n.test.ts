import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../core/locale.ts';
import { catalogues, missingKeys, translator } from './i18n.ts';
import { en } from './messages/en.ts';

describe('translator', () => {
  it('gives the message in the interface language of the content', () => {
    expect(translator('es-PE')('home.latest')).toBe('Lo último');
    expect(translator('de')('network.editions')).toBe(catalogues.de['network.editions']);
    expect(translator('de')('network.editions')).not.toBe(en['network.editions']);
  });

  it('fills {placeholders} from the variables', () => {
    expect(translator('en')('network.title', { network: 'Meridian' })).toBe('The Meridian network');
    expect(translator('es-AR')('article.by', { names: 'Rosa Quispe y Ana Díaz' })).toBe(
      'Por Rosa Quispe y Ana Díaz',
    );
  });

  it('writes numbers given as variables', () => {
    expect(translator('en')('network.visit', { name: 42 })).toBe('Read 42');
  });

  it('leaves a placeholder it has no variable for as written', () => {
    expect(translator('en')('article.by', { other: 'x' })).toBe('By {names}');
    expect(translator('en')('article.by')).toBe('By {names}');
  });

  it('falls back to English for a language Tribune has no messages for', () => {
    const t = translator('tr');
    expect(t('home.latest')).toBe('Latest');
    expect(t('network.visit', { name: 'Diario' })).toBe('Read Diario');
  });

  it('falls back to English for a key the language lacks', () => {
    const french = catalogues.fr;
    const saved = french['home.latest'];
    delete french['home.latest'];
    try {
      expect(translator('fr')('home.latest')).toBe('Latest');
      expect(translator('fr-BE')('network.visit', { name: 'Le Journal' })).toBe(
        catalogues.fr['network.visit']?.replace('{name}', 'Le Journal'),
      );
    } finally {
      french['home.latest'] = saved;
    }
  });
});

describe('missingKeys', () => {
  it('lists the keys each language still lacks, and English lacks none', () => {
    for (const language of UI_LANGUAGES) {
      const missing = missingKeys(language);
      console.log(
        `i18n ${language}: ${missing.length ? `missing ${missing.join(', ')}` : 'complete'}`,
      );
    }
    expect(missingKeys('en')).toEqual([]);
  });

  it('names a key that a language lacks', () => {
    const italian = catalogues.it;
    const saved = italian['error.server.title'];
    delete italian['error.server.title'];
    try {
      expect(missingKeys('it')).toContain('error.server.title');
    } finally {
      italian['error.server.title'] = saved;
    }
  });
});
