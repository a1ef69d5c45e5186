import { z } from 'zod';
import { canonicalLanguageTag, isCountryCode, isTimeZone } from '../core/locale.ts';
import { isSlug } from '../core/slug.ts';

/** The social networks an edition can link to; 'website' is any other address. */
export const SOCIAL_NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'telegram',
  'tiktok',
  'mastodon',
  'bluesky',
  'whatsapp',
  'threads',
  'linkedin',
  'website',
] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export interface SocialLink {
  network: SocialNetwork;
  url: string;
}

/** An entry of an edition's main navigation. */
export type NavigationItem =
  | { kind: 'section'; sectionId: string }
  | { kind: 'page'; slug: string; label: string }
  | { kind: 'link'; label: string; url: string };

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), {
    message: 'issue.url',
  });

export const socialLinkSchema = z.object({ network: z.enum(SOCIAL_NETWORKS), url: httpUrl });

export const navigationItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('section'), sectionId: z.string().min(1).max(64) }),
  z.object({
    kind: z.literal('page'),
    slug: z.string().refine(isSlug, 'issue.slug'),
    label: z.string().trim().min(1).max(80),
  }),
  z.object({ kind: z.literal('link'), label: z.string().trim().min(1).max(80), url: httpUrl }),
]);

/** Edition settings that have a default; parsed leniently so new settings need no migration. */
export const siteSettingsSchema = z.object({
  /** How dates are written on the reader site (Intl dateStyle). */
  dateStyle: z.enum(['full', 'long', 'medium']).catch('long').default('long'),
  /** UTM parameters added to shared links; null for none. */
  shareUtm: z
    .object({
      source: z.string().max(100),
      medium: z.string().max(100),
      campaign: z.string().max(100),
    })
    .nullable()
    .catch(null)
    .default(null),
  /** Whether feeds carry the full text or a summary. */
  feedContent: z.enum(['full', 'summary']).catch('full').default('full'),
  /** A same-language republication: canonical link to the original, or noindex. */
  republicationPolicy: z.enum(['canonical', 'noindex']).catch('canonical').default('canonical'),
  /** Where the "Support us" link goes, if anywhere else than the edition's support page. */
  supportUrl: httpUrl.nullable().catch(null).default(null),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** One edition of the network. */
export interface Site {
  id: string;
  slug: string;
  name: string;
  /** BCP 47, e.g. 'es-PE'. */
  language: string;
  country: string | null;
  timezone: string;
  tagline: string;
  /** The edition's own host name, or '' on the network's shared origin. */
  host: string;
  /** '' when the edition owns its host's root, else a prefix like '/es-pe'. */
  basePath: string;
  socialLinks: SocialLink[];
  navigation: NavigationItem[];
  settings: SiteSettings;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** Paths the network itself answers on every host; an edition's base path cannot start with one. */
export const RESERVED_PATHS = [
  'api',
  'newsroom',
  'healthz',
  'assets',
  'media',
  'static',
  '.well-known',
] as const;

const HOST =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Validation of what an operator gives to create or change an edition. */
export const siteInputSchema = z.object({
  slug: z.string().trim().toLowerCase().refine(isSlug, 'issue.slug'),
  name: z.string().trim().min(1, 'issue.required').max(200),
  language: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const tag = canonicalLanguageTag(value);
      if (!tag) ctx.addIssue({ code: 'custom', message: 'issue.languageTag' });
      return tag ?? value;
    }),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'issue.country')
    .nullable()
    .default(null),
  timezone: z.string().trim().refine(isTimeZone, 'issue.timeZone'),
  tagline: z.string().trim().max(300).default(''),
  host: z
    .string()
    .trim()
    .toLowerCase()
    .refine((value) => value === '' || HOST.test(value), 'issue.host')
    .default(''),
  basePath: z
    .string()
    .trim()
    .transform((value) => value.replace(/\/+$/, ''))
    .refine((value) => value === '' || /^(\/[a-z0-9][a-z0-9-]*)+$/.test(value), 'issue.basePath')
    .refine((value) => !(RESERVED_PATHS as readonly string[]).includes(value.split('/')[1] ?? ''), {
      message: 'issue.reservedPath',
      params: { paths: RESERVED_PATHS.join(', ') },
    })
    .default(''),
  socialLinks: z.array(socialLinkSchema).max(30).default([]),
  navigation: z.array(navigationItemSchema).max(40).default([]),
  settings: z.record(z.string(), z.unknown()).default({}),
  position: z.number().int().min(0).max(100_000).default(0),
});
export type SiteInput = z.input<typeof siteInputSchema>;

/** The absolute address of an edition's home, given the network's shared origin. */
export function siteHomeUrl(site: Pick<Site, 'host' | 'basePath'>, publicUrl: string): string {
  const origin = site.host ? `https://${site.host}` : publicUrl.replace(/\/+$/, '');
  return `${origin}${site.basePath}/`;
}
