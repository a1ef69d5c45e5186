import type { DemoBlock, DemoSiteKey } from './content/types.ts';

/** The demo editions' static pages (their slugs match sites.ts navigation) and front pages. */

export interface DemoPage {
  site: DemoSiteKey;
  slug: string;
  title: string;
  description: string;
  body: DemoBlock[];
}

export const demoPages: DemoPage[] = [
  {
    site: 'en',
    slug: 'about',
    title: 'About Meridian',
    description: 'Who we are and how the Meridian network works.',
    body: [
      'Meridian is a reader-funded newspaper for working people, written in New York and published with sister papers in Buenos Aires, Lima, São Paulo, Paris and Berlin.',
      { h: 'One network, many languages' },
      'Our editions translate and republish each other every week. Every translated article says where it first appeared and who translated it, so you can always find the original.',
      {
        list: [
          'Reporting from workplaces, neighbourhoods and picket lines',
          'Analysis and debate',
          'Translations from our sister papers',
        ],
      },
      'This is a demonstration site: the newspapers, people and events on it are fictional.',
    ],
  },
  {
    site: 'en',
    slug: 'support',
    title: 'Support Meridian',
    description: 'Meridian has no owners and no advertisers. Readers keep it going.',
    body: [
      'Meridian has no owners and takes no advertising. Everything you read here is paid for by readers who give what they can.',
      '<strong>In this demo there is nothing to pay.</strong> A real edition would link to its donation page here.',
    ],
  },
  {
    site: 'es-ar',
    slug: 'quienes-somos',
    title: 'Quiénes somos',
    description: 'Meridiano es un diario de y para quienes trabajan, desde Buenos Aires.',
    body: [
      'Meridiano es un diario sostenido por sus lectoras y lectores, hecho en Buenos Aires y publicado junto con diarios hermanos en Lima, São Paulo, Nueva York, París y Berlín.',
      { h: 'Una red, muchos idiomas' },
      'Nuestras ediciones se traducen y se republican entre sí. Cada artículo traducido dice dónde se publicó primero y quién lo tradujo.',
      'Este es un sitio de demostración: los diarios, las personas y los hechos que aparecen son ficticios.',
    ],
  },
  {
    site: 'es-ar',
    slug: 'aportar',
    title: 'Aportá a Meridiano',
    description: 'Meridiano no tiene dueños ni anunciantes: lo sostienen sus lectores.',
    body: [
      'Meridiano no tiene dueños ni publicidad. Lo que leés acá lo sostienen lectoras y lectores que aportan lo que pueden.',
      '<strong>En esta demostración no hay nada que pagar.</strong> Una edición real enlazaría aquí su página de aportes.',
    ],
  },
  {
    site: 'es-pe',
    slug: 'quienes-somos',
    title: 'Quiénes somos',
    description: 'Meridiano Perú informa desde Lima y las regiones.',
    body: [
      'Meridiano Perú es un diario hecho desde Lima y las regiones, parte de una red de diarios hermanos que escriben en cinco idiomas.',
      'Traducimos y republicamos el trabajo de nuestras ediciones hermanas, siempre con el crédito de su origen y de quienes lo tradujeron.',
      'Este es un sitio de demostración: los diarios, las personas y los hechos que aparecen son ficticios.',
    ],
  },
  {
    site: 'es-pe',
    slug: 'apoya',
    title: 'Apoya a Meridiano Perú',
    description: 'Un diario sin dueños, sostenido por sus lectores.',
    body: [
      'Meridiano Perú no tiene dueños ni anunciantes. Lo sostienen quienes lo leen.',
      '<strong>En esta demostración no hay nada que pagar.</strong>',
    ],
  },
  {
    site: 'pt-br',
    slug: 'quem-somos',
    title: 'Quem somos',
    description: 'O Meridiano Brasil é um jornal de quem trabalha, feito em São Paulo.',
    body: [
      'O Meridiano Brasil é um jornal mantido por leitoras e leitores, feito em São Paulo e publicado com jornais irmãos em outros cinco países.',
      'Traduzimos e republicamos o trabalho das edições irmãs, sempre creditando a origem e quem traduziu.',
      'Este é um site de demonstração: os jornais, as pessoas e os fatos são fictícios.',
    ],
  },
  {
    site: 'pt-br',
    slug: 'apoie',
    title: 'Apoie o Meridiano Brasil',
    description: 'Sem patrões nem anunciantes: quem lê é quem mantém.',
    body: [
      'O Meridiano Brasil não tem donos nem publicidade. Quem mantém o jornal são as pessoas que o leem.',
      '<strong>Nesta demonstração não há nada a pagar.</strong>',
    ],
  },
  {
    site: 'fr',
    slug: 'qui-sommes-nous',
    title: 'Qui sommes-nous',
    description: 'Méridien est un journal de celles et ceux qui travaillent, fait à Paris.',
    body: [
      'Méridien est un journal financé par ses lectrices et lecteurs, fait à Paris et publié avec des journaux frères dans cinq autres pays.',
      'Nous traduisons et republions le travail de nos éditions sœurs, en indiquant toujours l’origine et les traducteurs.',
      'Ceci est un site de démonstration : les journaux, les personnes et les faits sont fictifs.',
    ],
  },
  {
    site: 'fr',
    slug: 'soutenir',
    title: 'Soutenir Méridien',
    description: 'Ni actionnaires ni annonceurs : ce sont les lecteurs qui nous font vivre.',
    body: [
      'Méridien n’a ni actionnaires ni publicité. Ce sont ses lectrices et lecteurs qui le font vivre.',
      '<strong>Dans cette démonstration, il n’y a rien à payer.</strong>',
    ],
  },
  {
    site: 'de',
    slug: 'ueber-uns',
    title: 'Über uns',
    description: 'Meridian Deutschland ist eine Zeitung für alle, die arbeiten.',
    body: [
      'Meridian Deutschland ist eine von ihren Leserinnen und Lesern finanzierte Zeitung aus Berlin und Teil eines Netzes von Schwesterzeitungen in fünf Sprachen.',
      'Wir übersetzen die Arbeit unserer Schwesterausgaben und nennen dabei immer die Quelle und die Übersetzerinnen und Übersetzer.',
      'Dies ist eine Demonstrationsseite: Zeitungen, Personen und Ereignisse sind erfunden.',
    ],
  },
  {
    site: 'de',
    slug: 'unterstuetzen',
    title: 'Meridian unterstützen',
    description: 'Keine Eigentümer, keine Anzeigen: Unsere Leserinnen und Leser tragen uns.',
    body: [
      'Meridian Deutschland hat keine Eigentümer und keine Anzeigen. Getragen wird die Zeitung von denen, die sie lesen.',
      '<strong>In dieser Demonstration gibt es nichts zu bezahlen.</strong>',
    ],
  },
];

/** Each edition's curated front page, by demo article key: the lead, then featured slots. */
export const demoFrontPages: Record<DemoSiteKey, { lead: string; featured: string[] }> = {
  en: {
    lead: 'ny-nurses-contract',
    featured: ['callao-strike-en', 'meridian-network-statement', 'delivering-the-city-3'],
  },
  'es-ar': {
    lead: 'bsas-teachers-strike',
    featured: ['declaracion-red-meridiano', 'enfermeras-nueva-york', 'salarios-inflacion-2026'],
  },
  'es-pe': {
    lead: 'callao-strike',
    featured: ['callao-federation-statement', 'congreso-reforma-laboral'],
  },
  'pt-br': {
    lead: 'greve-metro-sp',
    featured: ['entregadores-sao-paulo', 'declaracao-rede-meridiano'],
  },
  fr: {
    lead: 'retraites-manifestation-paris',
    featured: ['callao-strike-fr', 'greve-cheminots-sncf-region'],
  },
  de: { lead: 'mietenvolksentscheid-berlin', featured: ['rentenproteste-paris'] },
};
