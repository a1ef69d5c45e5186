import { describe, expect, it } from 'vitest';
import { type CreditOrigin, creditDate, creditLines, lineText } from './credit-lines.ts';

const context = (language: string, publishedAt = '2024-12-13T10:00:00Z') => ({
  language,
  timeZone: 'America/Lima',
  publishedAt,
});

/** The chain Spanish (Lima) → English (New York) → French, seen from the French or any edition. */
const chain: CreditOrigin = {
  kind: 'translation',
  original: {
    language: 'es-PE',
    publishedAt: '2024-12-11T15:00:00Z',
    publication: { name: 'Meridiano Perú', href: '/es-pe/huelga' },
  },
  via: [{ language: 'en-US', publication: { name: 'Meridian', href: '/en/strike' } }],
  translators: [
    { name: 'Camille Roux', href: '/fr/contributor/camille-roux' },
    { name: 'Ana Ruiz', href: null },
  ],
};

const outside: CreditOrigin = {
  kind: 'outside',
  publication: {
    name: 'The Harbour Review',
    href: 'https://harbourreview.example/essays/the-long-shift',
  },
  language: 'en',
  publishedOn: '2019-05-14',
  permission: 'Republished with permission.',
};

const texts = (origin: CreditOrigin, language: string) =>
  creditLines(origin, context(language)).map(lineText);

describe('credit lines', () => {
  it.each([
    [
      'en-US',
      [
        'Originally published in Spanish on December 11 in Meridiano Perú.',
        'Translated from the English version in Meridian.',
        'Translation: Camille Roux and Ana Ruiz.',
      ],
    ],
    [
      'fr-FR',
      [
        'Publié à l’origine en espagnol le 11 décembre dans Meridiano Perú.',
        'Traduit de la version en anglais parue dans Meridian.',
        'Traduction : Camille Roux et Ana Ruiz.',
      ],
    ],
    [
      'pt-BR',
      [
        'Publicado originalmente em espanhol em 11 de dezembro em Meridiano Perú.',
        'Traduzido da versão em inglês de Meridian.',
        'Tradução: Camille Roux e Ana Ruiz.',
      ],
    ],
    [
      'de-DE',
      [
        'Ursprünglich am 11. Dezember auf Spanisch in Meridiano Perú veröffentlicht.',
        'Übersetzt aus der Fassung auf Englisch in Meridian.',
        'Übersetzung: Camille Roux und Ana Ruiz.',
      ],
    ],
    [
      'it-IT',
      [
        'Pubblicato originariamente in spagnolo l’11 dicembre su Meridiano Perú.',
        'Tradotto dalla versione in inglese pubblicata su Meridian.',
        'Traduzione: Camille Roux e Ana Ruiz.',
      ],
    ],
  ])('credit a chain to its original, in %s', (language, expected) => {
    expect(texts(chain, language)).toEqual(expected);
  });

  it('leave out the language when the original is in the reader’s own language', () => {
    expect(texts(chain, 'es-AR')[0]).toBe(
      'Publicado originalmente el 11 de diciembre en Meridiano Perú.',
    );
    expect(texts(chain, 'es-AR')[2]).toBe('Traducción: Camille Roux y Ana Ruiz.');
  });

  it('link the original, the intermediate edition and the translators who have a page', () => {
    const [original, via, translation] = creditLines(chain, context('en-US'));
    expect(original).toContainEqual({ text: 'Meridiano Perú', href: '/es-pe/huelga' });
    expect(via).toContainEqual({ text: 'Meridian', href: '/en/strike' });
    expect(translation).toContainEqual({
      text: 'Camille Roux',
      href: '/fr/contributor/camille-roux',
    });
    expect(translation).toContain(' and Ana Ruiz.');
  });

  it('show the year only when it differs from the article’s own', () => {
    const sameYear = context('en-US', '2024-12-20T10:00:00Z');
    expect(creditDate('2024-12-11T15:00:00Z', sameYear, false)).toBe('December 11');
    const nextYear = context('en-US', '2025-01-02T10:00:00Z');
    expect(creditDate('2024-12-11T15:00:00Z', nextYear, false)).toBe('December 11, 2024');
    expect(creditDate('2024-12-11T15:00:00Z', { ...nextYear, language: 'es-AR' }, false)).toBe(
      '11 de diciembre de 2024',
    );
  });

  it('read the original date in the edition’s time zone', () => {
    // 02:00 UTC on 12 December is still 11 December in Lima.
    expect(creditDate('2024-12-12T02:00:00Z', context('en-US'), false)).toBe('December 11');
  });

  it('credit and link an outside source with its permission, in every language', () => {
    expect(texts(outside, 'en-US')).toEqual([
      'Originally published on May 14, 2019 in The Harbour Review.',
      'Republished with permission.',
    ]);
    expect(texts(outside, 'es-AR')[0]).toBe(
      'Publicado originalmente en inglés el 14 de mayo de 2019 en The Harbour Review.',
    );
    expect(texts(outside, 'fr-FR')[0]).toBe(
      'Publié à l’origine en anglais le 14 mai 2019 dans The Harbour Review.',
    );
    expect(texts(outside, 'de-DE')[0]).toBe(
      'Ursprünglich am 14. Mai 2019 auf Englisch in The Harbour Review veröffentlicht.',
    );
    expect(texts(outside, 'it-IT')[0]).toBe(
      'Pubblicato originariamente in inglese il 14 maggio 2019 su The Harbour Review.',
    );
    expect(texts(outside, 'pt-BR')[0]).toBe(
      'Publicado originalmente em inglês em 14 de maio de 2019 em The Harbour Review.',
    );
    expect(creditLines(outside, context('en-US'))[0]).toContainEqual({
      text: 'The Harbour Review',
      href: 'https://harbourreview.example/essays/the-long-shift',
    });
  });

  it('credit a sister edition’s republication without a translator', () => {
    const republication: CreditOrigin = {
      kind: 'republication',
      original: {
        language: 'es-AR',
        publishedAt: '2024-12-10T12:00:00Z',
        publication: { name: 'Meridiano', href: '/es-ar/paro' },
      },
    };
    expect(texts(republication, 'es-PE')).toEqual([
      'Publicado originalmente el 10 de diciembre en Meridiano.',
    ]);
  });

  it.each([
    ['es-PE', 'Publicado originalmente el 10 de diciembre en Meridiano.'],
    ['es-MX', 'Publicado originalmente el 10 de diciembre en Meridiano.'],
    ['en-GB', 'Originally published on 10 December in Meridiano.'],
    ['pt-PT', 'Publicado originalmente em 10 de dezembro em Meridiano.'],
    ['fr-CA', 'Publié à l’origine le 10 décembre dans Meridiano.'],
    ['de-AT', 'Ursprünglich am 10. Dezember in Meridiano veröffentlicht.'],
    ['it-CH', 'Pubblicato originariamente il 10 dicembre su Meridiano.'],
  ])('credit a republication in the copy’s language (%s)', (language, line) => {
    const republication: CreditOrigin = {
      kind: 'republication',
      original: {
        language: `${language.split('-')[0]}-XX`,
        publishedAt: '2024-12-10T12:00:00Z',
        publication: { name: 'Meridiano', href: '/es-ar/paro' },
      },
    };
    expect(texts(republication, language)).toEqual([line]);
  });

  it('credit the translators of a translation that a sister edition republished', () => {
    const republication: CreditOrigin = {
      kind: 'republication',
      original: {
        language: 'en-US',
        publishedAt: '2024-12-11T20:00:00Z',
        publication: { name: 'Meridian', href: '/en/strike' },
      },
      translators: [{ name: 'Daniel Okafor', href: '/en-gb/contributor/daniel-okafor' }],
    };
    expect(texts(republication, 'en-GB')).toEqual([
      'Originally published on 11 December in Meridian.',
      'Translation: Daniel Okafor.',
    ]);
  });

  it('still names the translators when the original is gone, and says nothing of an original', () => {
    expect(texts({ ...chain, original: null, via: [] }, 'en-US')).toEqual([
      'Translation: Camille Roux and Ana Ruiz.',
    ]);
    expect(texts({ kind: 'original' }, 'en-US')).toEqual([]);
  });

  it('keeps names as text: markup in a name is not markup', () => {
    const hostile: CreditOrigin = {
      ...chain,
      translators: [{ name: '<script>x</script>', href: null }],
    };
    const line = creditLines(hostile, context('en-US'))[2] ?? [];
    // A plain string segment: the page escapes it like any text.
    expect(line).toEqual(['Translation: <script>x</script>.']);
  });
});
