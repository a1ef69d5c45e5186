/*
 * The authoring form of the demo network's content. Everything in content/ was written for
 * this demo by the Tribune team: the people, organisations, publications and events are
 * fictional (real cities and countries aside). The loader (demo/load-demo.ts) turns these
 * records into editions, contributors, media and articles through the normal services.
 */

/** The demo editions, by slug. */
export type DemoSiteKey = 'en' | 'es-ar' | 'es-pe' | 'pt-br' | 'fr' | 'de';

/** The languages demo texts are written in (the base language of each edition). */
export type DemoLanguage = 'en' | 'es' | 'pt' | 'fr' | 'de';

/** A text in several languages; which ones are required is said where it is used. */
export type Localised = Partial<Record<DemoLanguage, string>>;

/**
 * A body block in compact form. Strings may carry inline HTML: <em>, <strong>, <a href="…">,
 * <br>. The loader gives every block a stable id derived from the article key and position.
 */
export type DemoBlock =
  /** A paragraph. */
  | string
  /** A heading (level 2 unless said). */
  | { h: string; level?: 2 | 3 }
  /** A block quotation and who said it. */
  | { quote: string; cite?: string }
  /** A pull quote: a striking line of the article, set large. */
  | { pullquote: string; attribution?: string }
  /** A list. */
  | { list: string[]; ordered?: boolean }
  /** An image from the demo images (DemoImage.key), with optional caption/credit override. */
  | { image: string; caption?: string; credit?: string }
  /** An embedded video by URL (YouTube, Vimeo) with a title and caption. */
  | { video: string; title: string; caption?: string }
  /** A thematic break. */
  | { divider: true };

/** Where an article comes from. Omitted: an original. */
export type DemoOrigin =
  /** A translation of another demo article (by its key); the body has the same blocks in order. */
  | { translationOf: string }
  /** A same-language republication of a sister edition's article (by its key). */
  | { republicationOf: string }
  /** A republication of a text first published outside the network. */
  | {
      outside: {
        publication: string;
        url: string;
        /** BCP 47 language of the original text. */
        language: string;
        /** YYYY-MM-DD */
        publishedOn: string;
        /** The permission or licence under which it is republished, in the edition's language. */
        permission: string;
      };
    };

export interface DemoArticle {
  /** Unique across the whole demo, e.g. 'callao-strike-en'. */
  key: string;
  site: DemoSiteKey;
  /** Lowercase ASCII, digits and hyphens. Unique per edition. */
  slug: string;
  /** A section slug of that edition (see demo/sites.ts). */
  section: string;
  /** A short label above the headline; omitted: the series title or the section name. */
  kicker?: string;
  headline: string;
  /** The standfirst: one or two sentences. */
  dek: string;
  /** Contributor keys in byline order; [] for an article with no byline at all. */
  authors: string[];
  /** Contributor keys of the translators, in order (translations only). */
  translators?: string[];
  origin?: DemoOrigin;
  /** Membership of a series (DemoSeries.key) at a 1-based position. */
  series?: { key: string; position: number };
  /** Tag names in the edition's language; tags are created on first use. */
  tags?: string[];
  /** The lead image (DemoImage.key). */
  lead?: string;
  /** Hours before the moment the demo is loaded; negative for a scheduled article (in future). */
  publishedHoursAgo: number;
  /** Omitted: published. 'unpublished': published, then withdrawn (its page answers 410). */
  status?: 'draft' | 'scheduled' | 'unpublished';
  body: DemoBlock[];
  /**
   * A correction made after publication: the article first appeared with `before` as its
   * paragraph number `block` (0-based), and was corrected to the body above with this note
   * (in the edition's language), `hoursAfter` its publication.
   */
  correction?: { block: number; before: string; note: string; hoursAfter: number };
}

export interface DemoContributor {
  /** Unique across the demo, e.g. 'rosa-quispe'. Also the contributor's URL slug. */
  key: string;
  kind: 'person' | 'organisation';
  /** The name as it is written in bylines. */
  name: string;
  /** For organisations: the name in other languages where it differs. */
  localNames?: Localised;
  /** A short role line per language, e.g. { en: 'Labor reporter, Lima' }. */
  title?: Localised;
  /** A short biography (one to three sentences) in at least the languages of the editions
   *  where the contributor appears. */
  bio: Localised;
  /** Personal links: website, Mastodon, Bluesky, X… (fictional addresses under .example). */
  links?: { label: string; url: string }[];
  /** Generate a portrait (people) or emblem (organisations) for the contributor. */
  photo?: boolean;
}

/** The scenes the demo image generator can draw (demo/images.ts). */
export const DEMO_SCENES = [
  'port',
  'crowd',
  'city',
  'classroom',
  'hospital',
  'bicycle',
  'factory',
  'mountains',
  'train',
  'houses',
  'books',
  'cinema',
  'music',
  'parliament',
  'sea',
  'fields',
] as const;
export type DemoScene = (typeof DEMO_SCENES)[number];

export const DEMO_PALETTES = [
  'dawn',
  'day',
  'dusk',
  'night',
  'red',
  'ochre',
  'sea',
  'forest',
] as const;
export type DemoPalette = (typeof DEMO_PALETTES)[number];

export interface DemoImage {
  /** Unique across the demo, e.g. 'callao-cranes'. */
  key: string;
  scene: DemoScene;
  palette: DemoPalette;
  /** Varies the drawing of the same scene. */
  seed: number;
  /** Describes what the illustration shows, in every language where it is used. */
  alt: Localised;
  /** The caption in every language where it is used. */
  caption: Localised;
  /** Who to credit, the name only (the page adds "Photo:" in its language), e.g. 'Estudio Meridiano'. */
  credit: string;
}

export interface DemoSeries {
  key: string;
  site: DemoSiteKey;
  slug: string;
  title: string;
  description: string;
}

/** One file of demo content. */
export interface DemoContent {
  contributors: DemoContributor[];
  images: DemoImage[];
  series: DemoSeries[];
  articles: DemoArticle[];
}
