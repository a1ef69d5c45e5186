import type { DemoSiteKey } from './content/types.ts';

/*
 * The demo network "Meridian": six fictional sister newspapers in five languages, served on
 * one origin under path prefixes. Social links point at made-up accounts.
 */

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
}

export interface DemoSite {
  key: DemoSiteKey;
  name: string;
  language: string;
  country: string;
  timezone: string;
  basePath: string;
  tagline: string;
  sections: DemoSection[];
  social: { network: string; url: string }[];
  /** Static pages in the navigation, by slug, after the sections. */
  pages: { slug: string; label: string }[];
}

function social(handle: string, extra: { network: string; url: string }[] = []) {
  return [
    { network: 'facebook', url: `https://www.facebook.com/${handle}` },
    { network: 'instagram', url: `https://www.instagram.com/${handle}` },
    { network: 'x', url: `https://x.com/${handle.replace(/[.-]/g, '_')}` },
    { network: 'youtube', url: `https://www.youtube.com/@${handle}` },
    ...extra,
  ];
}

export const demoSites: DemoSite[] = [
  {
    key: 'en',
    name: 'Meridian',
    language: 'en-US',
    country: 'US',
    timezone: 'America/New_York',
    basePath: '/en',
    tagline: 'News and analysis for working people, from New York to the world.',
    sections: [
      {
        slug: 'politics',
        name: 'Politics',
        description: 'Power, parties and the people who push back.',
      },
      { slug: 'labor', name: 'Labor', description: 'Strikes, unions and the fight over work.' },
      { slug: 'world', name: 'World', description: 'Reports from our sister papers and beyond.' },
      {
        slug: 'culture',
        name: 'Culture',
        description: 'Books, film and music worth arguing about.',
      },
      { slug: 'opinion', name: 'Opinion', description: 'Columns and debate.' },
    ],
    social: social('meridian.demo', [
      { network: 'mastodon', url: 'https://mastodon.example/@meridian' },
      { network: 'bluesky', url: 'https://bsky.app/profile/meridian-demo.bsky.social' },
    ]),
    pages: [
      { slug: 'about', label: 'About' },
      { slug: 'support', label: 'Support us' },
    ],
  },
  {
    key: 'es-ar',
    name: 'Meridiano',
    language: 'es-AR',
    country: 'AR',
    timezone: 'America/Argentina/Buenos_Aires',
    basePath: '/es-ar',
    tagline: 'Noticias y análisis desde Buenos Aires para quienes trabajan.',
    sections: [
      {
        slug: 'politica',
        name: 'Política',
        description: 'El poder, los partidos y quienes los enfrentan.',
      },
      {
        slug: 'trabajadores',
        name: 'Trabajadores',
        description: 'Huelgas, sindicatos y lugares de trabajo.',
      },
      { slug: 'sociedad', name: 'Sociedad', description: 'Barrios, escuelas, salud y vivienda.' },
      {
        slug: 'internacional',
        name: 'Internacional',
        description: 'Desde la red de diarios hermanos.',
      },
      { slug: 'cultura', name: 'Cultura', description: 'Libros, cine y música.' },
      { slug: 'opinion', name: 'Opinión', description: 'Columnas y debates.' },
    ],
    social: social('meridiano.ar.demo', [
      { network: 'telegram', url: 'https://t.me/meridiano_ar_demo' },
      { network: 'tiktok', url: 'https://www.tiktok.com/@meridiano.ar.demo' },
    ]),
    pages: [
      { slug: 'quienes-somos', label: 'Quiénes somos' },
      { slug: 'aportar', label: 'Aportá' },
    ],
  },
  {
    key: 'es-pe',
    name: 'Meridiano Perú',
    language: 'es-PE',
    country: 'PE',
    timezone: 'America/Lima',
    basePath: '/es-pe',
    tagline: 'La voz de quienes trabajan, desde Lima y las regiones.',
    sections: [
      { slug: 'politica', name: 'Política', description: 'Congreso, gobierno y calles.' },
      {
        slug: 'trabajadores',
        name: 'Trabajadores',
        description: 'Puertos, minas, fábricas y oficinas.',
      },
      { slug: 'sociedad', name: 'Sociedad', description: 'Agua, tierra, ciudades y comunidades.' },
      {
        slug: 'internacional',
        name: 'Internacional',
        description: 'Desde la red de diarios hermanos.',
      },
    ],
    social: social('meridiano.pe.demo', [
      { network: 'whatsapp', url: 'https://whatsapp.com/channel/meridiano-pe-demo' },
    ]),
    pages: [
      { slug: 'quienes-somos', label: 'Quiénes somos' },
      { slug: 'apoya', label: 'Apoya' },
    ],
  },
  {
    key: 'pt-br',
    name: 'Meridiano Brasil',
    language: 'pt-BR',
    country: 'BR',
    timezone: 'America/Sao_Paulo',
    basePath: '/pt-br',
    tagline: 'Notícias e análise a partir de São Paulo, para quem trabalha.',
    sections: [
      { slug: 'politica', name: 'Política', description: 'Governo, congresso e resistência.' },
      {
        slug: 'trabalhadores',
        name: 'Trabalhadores',
        description: 'Greves, sindicatos e locais de trabalho.',
      },
      { slug: 'internacional', name: 'Internacional', description: 'Da rede de jornais irmãos.' },
      { slug: 'cultura', name: 'Cultura', description: 'Livros, cinema e música.' },
    ],
    social: social('meridiano.br.demo', [
      { network: 'telegram', url: 'https://t.me/meridiano_br_demo' },
    ]),
    pages: [
      { slug: 'quem-somos', label: 'Quem somos' },
      { slug: 'apoie', label: 'Apoie' },
    ],
  },
  {
    key: 'fr',
    name: 'Méridien',
    language: 'fr-FR',
    country: 'FR',
    timezone: 'Europe/Paris',
    basePath: '/fr',
    tagline: 'Informations et analyses pour celles et ceux qui travaillent.',
    sections: [
      { slug: 'politique', name: 'Politique', description: 'Pouvoir, partis et mobilisations.' },
      { slug: 'travail', name: 'Travail', description: 'Grèves, syndicats et lieux de travail.' },
      {
        slug: 'international',
        name: 'International',
        description: 'Depuis le réseau des journaux frères.',
      },
      { slug: 'culture', name: 'Culture', description: 'Livres, cinéma et musique.' },
    ],
    social: social('meridien.fr.demo', [
      { network: 'mastodon', url: 'https://mastodon.example/@meridien' },
    ]),
    pages: [
      { slug: 'qui-sommes-nous', label: 'Qui sommes-nous' },
      { slug: 'soutenir', label: 'Nous soutenir' },
    ],
  },
  {
    key: 'de',
    name: 'Meridian Deutschland',
    language: 'de-DE',
    country: 'DE',
    timezone: 'Europe/Berlin',
    basePath: '/de',
    tagline: 'Nachrichten und Analysen für alle, die arbeiten.',
    sections: [
      { slug: 'politik', name: 'Politik', description: 'Regierung, Parteien und Protest.' },
      { slug: 'arbeit', name: 'Arbeit', description: 'Streiks, Gewerkschaften und Betriebe.' },
      {
        slug: 'international',
        name: 'International',
        description: 'Aus dem Netz der Schwesterzeitungen.',
      },
    ],
    social: social('meridian.de.demo', [
      { network: 'mastodon', url: 'https://mastodon.example/@meridian_de' },
    ]),
    pages: [
      { slug: 'ueber-uns', label: 'Über uns' },
      { slug: 'unterstuetzen', label: 'Unterstützen' },
    ],
  },
];
