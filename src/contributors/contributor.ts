import { z } from 'zod';
import { canonicalLanguageTag } from '../core/locale.ts';
import { isSlug } from '../core/slug.ts';

export const CONTRIBUTOR_KINDS = ['person', 'organisation'] as const;
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number];

export interface ContributorLink {
  label: string;
  url: string;
}

/** A contributor's words about themselves in one language. */
export interface ContributorProfile {
  /** The name in this language, when it differs (an organisation's translated name). */
  name: string | null;
  /** A short role line, e.g. 'Labour reporter, Lima'. */
  title: string;
  bio: string;
}

/** A person or organisation credited on articles; shared by every edition. */
export interface Contributor {
  id: string;
  kind: ContributorKind;
  slug: string;
  name: string;
  email: string | null;
  photoMediaId: string | null;
  links: ContributorLink[];
  userId: string | null;
  /** By language subtag ('es') or full tag ('es-PE'). */
  profiles: Record<string, ContributorProfile>;
  createdAt: string;
  updatedAt: string;
}

const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'issue.url');

const profileInput = z.object({
  name: z.string().trim().max(200).nullable().default(null),
  title: z.string().trim().max(200).default(''),
  bio: z.string().trim().max(5000).default(''),
});

export const contributorInputSchema = z.object({
  kind: z.enum(CONTRIBUTOR_KINDS),
  name: z.string().trim().min(1, 'issue.required').max(200),
  slug: z.string().trim().toLowerCase().refine(isSlug, 'issue.slug').optional(),
  email: z.string().trim().toLowerCase().email('issue.email').nullable().default(null),
  photoMediaId: z.string().min(1).max(64).nullable().default(null),
  links: z
    .array(z.object({ label: z.string().trim().min(1).max(80), url: httpUrl }))
    .max(20)
    .default([]),
  userId: z.string().min(1).max(64).nullable().default(null),
  profiles: z
    .record(
      z.string().refine((tag) => canonicalLanguageTag(tag) !== null, 'issue.languageTag'),
      profileInput,
    )
    .default({}),
});
export type ContributorInput = z.input<typeof contributorInputSchema>;

/**
 * The profile to show in `language` ('es-PE'): the exact tag, else its base language, else
 * English, else any. Null when the contributor wrote no profile at all.
 */
export function profileFor(
  contributor: Pick<Contributor, 'profiles'>,
  language: string,
): ContributorProfile | null {
  const base = language.split('-')[0] ?? language;
  const profiles = contributor.profiles;
  return profiles[language] ?? profiles[base] ?? profiles.en ?? Object.values(profiles)[0] ?? null;
}

/** The name to print in `language`: an organisation's translated name, else its name. */
export function displayName(
  contributor: Pick<Contributor, 'name' | 'profiles'>,
  language: string,
): string {
  const base = language.split('-')[0] ?? language;
  return (
    contributor.profiles[language]?.name ?? contributor.profiles[base]?.name ?? contributor.name
  );
}
