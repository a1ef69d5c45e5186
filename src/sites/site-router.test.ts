import { describe, expect, it } from 'vitest';
import type { Site } from './site.ts';
import { hostName, type SiteMatch, SiteRouter } from './site-router.ts';

let position = 0;

/** An edition with sensible defaults; only what routing reads matters here. */
function site(fields: Partial<Site> & Pick<Site, 'slug'>): Site {
  position += 1;
  return {
    id: `site-${fields.slug}`,
    name: fields.slug,
    language: 'en',
    country: null,
    timezone: 'UTC',
    tagline: '',
    host: '',
    basePath: '',
    socialLinks: [],
    navigation: [],
    settings: {
      dateStyle: 'long',
      shareUtm: null,
      feedContent: 'full',
      republicationPolicy: 'canonical',
      supportUrl: null,
    },
    position,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** The slug and path of an edition match, or the kind of any other match. */
function where(match: SiteMatch): string {
  if (match.kind === 'edition') return `${match.site.slug} ${match.path}`;
  if (match.kind === 'network') return `network ${match.path}`;
  return match.kind;
}

describe('SiteRouter on the shared origin', () => {
  const en = site({ slug: 'en', basePath: '/en' });
  const esPe = site({ slug: 'es-pe', basePath: '/es-pe' });
  const esPeLima = site({ slug: 'es-pe-lima', basePath: '/es-pe/lima' });
  const router = new SiteRouter([en, esPe, esPeLima]);

  it('finds an edition by the prefix of the path and gives the rest of the path', () => {
    expect(where(router.resolve('tribune.example', '/en/articles/strike'))).toBe(
      'en /articles/strike',
    );
    expect(where(router.resolve('tribune.example', '/es-pe/feed.xml'))).toBe('es-pe /feed.xml');
  });

  it('returns the edition object itself', () => {
    const match = router.resolve('tribune.example', '/en/x');
    expect(match.kind === 'edition' && match.site).toBe(en);
  });

  it('gives the edition home as "/" with and without a trailing slash', () => {
    expect(where(router.resolve('tribune.example', '/en'))).toBe('en /');
    expect(where(router.resolve('tribune.example', '/en/'))).toBe('en /');
  });

  it('lets the longest prefix win', () => {
    expect(where(router.resolve('tribune.example', '/es-pe/lima/news'))).toBe('es-pe-lima /news');
    expect(where(router.resolve('tribune.example', '/es-pe/lima'))).toBe('es-pe-lima /');
    expect(where(router.resolve('tribune.example', '/es-pe/limassol'))).toBe('es-pe /limassol');
  });

  it('lets the longest prefix win whatever order the editions come in', () => {
    const reversed = new SiteRouter([esPeLima, en, esPe].reverse());
    expect(where(reversed.resolve('tribune.example', '/es-pe/lima/news'))).toBe('es-pe-lima /news');
  });

  it('matches whole path segments only', () => {
    expect(where(router.resolve('tribune.example', '/english'))).toBe('network /english');
    expect(where(router.resolve('tribune.example', '/en-gb/x'))).toBe('network /en-gb/x');
    expect(where(router.resolve('tribune.example', '/es-peru'))).toBe('network /es-peru');
  });

  it('gives paths outside every edition to the network with the path unchanged', () => {
    expect(where(router.resolve('tribune.example', '/'))).toBe('network /');
    expect(where(router.resolve('tribune.example', '/about'))).toBe('network /about');
  });

  it('treats any host it does not know as the shared origin', () => {
    expect(where(router.resolve('localhost:3000', '/en/x'))).toBe('en /x');
    expect(where(router.resolve('unknown.example', '/about'))).toBe('network /about');
  });
});

describe('SiteRouter with editions on their own host', () => {
  const diario = site({ slug: 'es-pe', host: 'diario.example.pe' });
  const journal = site({ slug: 'fr', host: 'journal.example.org', basePath: '/fr' });
  const journalBe = site({ slug: 'fr-be', host: 'journal.example.org', basePath: '/fr/be' });
  const shared = site({ slug: 'en', basePath: '/en' });
  const router = new SiteRouter([diario, journal, journalBe, shared]);

  it('gives every path on an owned host to its edition', () => {
    expect(where(router.resolve('diario.example.pe', '/'))).toBe('es-pe /');
    expect(where(router.resolve('diario.example.pe', '/articulos/huelga'))).toBe(
      'es-pe /articulos/huelga',
    );
  });

  it('does not route shared-origin prefixes on an owned host', () => {
    expect(where(router.resolve('diario.example.pe', '/en/x'))).toBe('es-pe /en/x');
  });

  it('ignores the port, the case and a trailing dot of the Host header', () => {
    expect(where(router.resolve('diario.example.pe:8443', '/x'))).toBe('es-pe /x');
    expect(where(router.resolve('DIARIO.Example.PE', '/x'))).toBe('es-pe /x');
    expect(where(router.resolve('diario.example.pe.', '/x'))).toBe('es-pe /x');
    expect(where(router.resolve('Diario.Example.PE.:443', '/x'))).toBe('es-pe /x');
  });

  it('finds editions below base paths on a host they share, longest first', () => {
    expect(where(router.resolve('journal.example.org', '/fr/article'))).toBe('fr /article');
    expect(where(router.resolve('journal.example.org', '/fr/be/article'))).toBe('fr-be /article');
    expect(where(router.resolve('journal.example.org', '/fr'))).toBe('fr /');
  });

  it('answers none for a path outside the editions of an owned host', () => {
    expect(router.resolve('journal.example.org', '/').kind).toBe('none');
    expect(router.resolve('journal.example.org', '/en/x').kind).toBe('none');
    expect(router.resolve('journal.example.org', '/francais').kind).toBe('none');
  });

  it('still routes the shared origin on other hosts', () => {
    expect(where(router.resolve('tribune.example', '/en/x'))).toBe('en /x');
    expect(where(router.resolve('tribune.example', '/fr/x'))).toBe('network /fr/x');
  });

  it('answers network for every path when there are no editions', () => {
    expect(where(new SiteRouter([]).resolve('any.example', '/en'))).toBe('network /en');
  });
});

describe('SiteRouter when the network names its shared origin', () => {
  const en = site({ slug: 'en', basePath: '/en' });
  const own = site({ slug: 'own', host: 'meridiano.example' });
  const router = new SiteRouter([en, own], 'news.example');

  it('serves the shared origin on its own host and on the machine itself', () => {
    expect(where(router.resolve('news.example', '/en/x'))).toBe('en /x');
    expect(where(router.resolve('news.example', '/'))).toBe('network /');
    expect(where(router.resolve('localhost:3000', '/'))).toBe('network /');
    expect(where(router.resolve('127.0.0.1:3000', '/en/'))).toBe('en /');
  });

  it('still serves editions on their own hosts', () => {
    expect(where(router.resolve('Meridiano.example', '/x'))).toBe('own /x');
  });

  it('refuses any other host instead of showing it the network', () => {
    expect(where(router.resolve('attacker.example', '/'))).toBe('unknown-host');
    expect(where(router.resolve('attacker.example', '/en/x'))).toBe('unknown-host');
  });
});

describe('hostName', () => {
  it('drops the port and lowercases the host', () => {
    expect(hostName('News.Example.ORG:8080')).toBe('news.example.org');
  });

  it('drops a trailing dot and surrounding spaces', () => {
    expect(hostName(' news.example.org. ')).toBe('news.example.org');
  });

  it('keeps an IPv6 address in brackets without its port', () => {
    expect(hostName('[::1]:3000')).toBe('[::1]');
  });

  it('leaves a plain host name as it is', () => {
    expect(hostName('localhost')).toBe('localhost');
  });
});
