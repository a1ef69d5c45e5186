import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n.tsx';
import { listJoiner, type Namer, subscriptionSentence } from './subscription-words.ts';

const EDITIONS: Record<string, string> = { ba: 'Meridiano', lima: 'Meridiano Perú' };
const SECTIONS: Record<string, string> = {
  'ba-intl': 'Internacional',
  'lima-intl': 'Internacional',
  'lima-pol': 'Política',
};

function namer(ui: string): Namer {
  return {
    edition: (id) => EDITIONS[id] ?? id,
    section: (id) => SECTIONS[id] ?? id,
    language: (tag) => new Intl.DisplayNames([ui], { type: 'language' }).of(tag) ?? tag,
    list: listJoiner(ui),
  };
}

const none: {
  sourceSiteIds: string[];
  sourceLanguages: string[];
  sectionIds: string[];
  networkWideOnly: boolean;
  targetLanguage: string;
} = {
  sourceSiteIds: [],
  sourceLanguages: [],
  sectionIds: [],
  networkWideOnly: false,
  targetLanguage: 'en-US',
};

describe('a subscription’s rules in words', () => {
  const en = (rules: Partial<typeof none>) =>
    subscriptionSentence({ ...none, ...rules }, 'en-US', namer('en'), translator('en'));

  it('names the editions and their sections, each section name once', () => {
    expect(en({ sourceSiteIds: ['ba', 'lima'], sectionIds: ['ba-intl', 'lima-intl'] })).toBe(
      'Everything from Meridiano and Meridiano Perú in Internacional',
    );
    expect(en({ sourceSiteIds: ['lima'], sectionIds: ['lima-intl', 'lima-pol'] })).toBe(
      'Everything from Meridiano Perú in Internacional or Política',
    );
  });

  it('names languages and the network-wide flag', () => {
    expect(en({ sourceLanguages: ['es', 'pt'] })).toBe(
      'Everything written in Spanish or Portuguese',
    );
    expect(en({ networkWideOnly: true })).toBe('Everything flagged for the whole network');
    expect(en({ networkWideOnly: true, sourceSiteIds: ['ba'] })).toBe(
      'Everything flagged for the whole network from Meridiano',
    );
  });

  it('says the target language only when it is not the edition’s own', () => {
    expect(en({ sourceSiteIds: ['ba'], targetLanguage: 'en-us' })).toBe(
      'Everything from Meridiano',
    );
    expect(en({ sourceSiteIds: ['ba'], targetLanguage: 'tr' })).toBe(
      'Everything from Meridiano into Turkish',
    );
  });

  it('speaks Spanish to a Spanish-speaking newsroom', () => {
    expect(
      subscriptionSentence(
        { ...none, sourceSiteIds: ['ba', 'lima'], sectionIds: ['ba-intl'] },
        'en-US',
        namer('es'),
        translator('es'),
      ),
    ).toBe('Todo lo de Meridiano y Meridiano Perú en Internacional');
    expect(
      subscriptionSentence(
        { ...none, sourceLanguages: ['pt'] },
        'en-US',
        namer('es'),
        translator('es'),
      ),
    ).toBe('Todo lo escrito en portugués');
  });
});
