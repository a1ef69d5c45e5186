import { describe, expect, it } from 'vitest';
import { languageCovers, type Subscription, subscriptionMatches } from './subscription.ts';

const rules = (overrides: Partial<Subscription>): Subscription => ({
  id: 'sub',
  siteId: 'en',
  targetLanguage: 'en-US',
  sourceSiteIds: [],
  sourceLanguages: [],
  sectionIds: [],
  networkWideOnly: false,
  priority: 'normal',
  active: true,
  createdBy: null,
  createdAt: '',
  updatedAt: '',
  ...overrides,
});
const lima = { siteId: 'pe', language: 'es-PE', sectionId: 'labour', networkWide: false };

describe('subscription rules', () => {
  it('match by source edition, language, section and the network-wide flag, all together', () => {
    expect(subscriptionMatches(rules({ sourceSiteIds: ['pe'] }), lima)).toBe(true);
    expect(subscriptionMatches(rules({ sourceSiteIds: ['ar'] }), lima)).toBe(false);
    expect(subscriptionMatches(rules({ sourceLanguages: ['es'] }), lima)).toBe(true);
    expect(subscriptionMatches(rules({ sourceLanguages: ['es-AR'] }), lima)).toBe(false);
    expect(
      subscriptionMatches(rules({ sourceSiteIds: ['pe'], sectionIds: ['labour'] }), lima),
    ).toBe(true);
    expect(
      subscriptionMatches(rules({ sourceSiteIds: ['pe'], sectionIds: ['culture'] }), lima),
    ).toBe(false);
    expect(subscriptionMatches(rules({ networkWideOnly: true }), lima)).toBe(false);
    expect(
      subscriptionMatches(rules({ networkWideOnly: true }), { ...lima, networkWide: true }),
    ).toBe(true);
  });

  it('never match an article in the language the edition translates into, nor when switched off', () => {
    expect(
      subscriptionMatches(rules({ sourceLanguages: ['es'], targetLanguage: 'es-AR' }), lima),
    ).toBe(false);
    expect(subscriptionMatches(rules({ sourceSiteIds: ['pe'], active: false }), lima)).toBe(false);
  });

  it('read a language rule as covering its regional variants, not the other way round', () => {
    expect(languageCovers('es', 'es-PE')).toBe(true);
    expect(languageCovers('es-PE', 'es-PE')).toBe(true);
    expect(languageCovers('es-PE', 'es')).toBe(false);
    expect(languageCovers('e', 'es-PE')).toBe(false);
  });
});
