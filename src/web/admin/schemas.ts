import { z } from 'zod';
import { ARTICLE_STATUSES, CREDIT_ROLES } from '../../articles/article.ts';
import { CHANGE_KINDS } from '../../articles/change-kind.ts';
import { ROLES } from '../../users/user.ts';

/*
 * The shapes the Admin API answers with, for its OpenAPI document. Requests are validated by
 * the domain's own schemas; these describe responses.
 */

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string(),
  isNetworkAdmin: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastLoginAt: z.string().nullable(),
  disabledAt: z.string().nullable(),
});

export const membershipSchema = z.object({ siteId: z.string(), role: z.enum(ROLES) });

export const sessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string().nullable(),
  memberships: z.array(membershipSchema),
});

export const blockSchema = z.object({ id: z.string(), type: z.string() }).passthrough();

export const originSchema = z
  .object({ type: z.enum(['original', 'translation', 'republication']) })
  .passthrough();

export const articleSchema = z.object({
  id: z.string(),
  storyId: z.string(),
  siteId: z.string(),
  language: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  slug: z.string(),
  kicker: z.string(),
  headline: z.string(),
  dek: z.string(),
  body: z.array(blockSchema),
  leadMediaId: z.string().nullable(),
  sectionId: z.string().nullable(),
  seriesId: z.string().nullable(),
  seriesPosition: z.number().nullable(),
  tagIds: z.array(z.string()),
  credits: z.array(z.object({ contributorId: z.string(), role: z.enum(CREDIT_ROLES) })),
  origin: originSchema,
  socialTitle: z.string(),
  socialDescription: z.string(),
  networkWide: z.boolean(),
  publishedAt: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  revision: z.number(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});

export const articleListSchema = z.object({
  total: z.number(),
  items: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      headline: z.string(),
      language: z.string(),
      status: z.enum(ARTICLE_STATUSES),
      originType: z.string(),
      section: z.object({ id: z.string(), name: z.string() }).nullable(),
      authors: z.array(
        z.object({ contributorId: z.string(), slug: z.string(), name: z.string() }).passthrough(),
      ),
      createdBy: z.string().nullable(),
      revision: z.number(),
      updatedAt: z.string(),
      publishedAt: z.string().nullable(),
      scheduledAt: z.string().nullable(),
      deletedAt: z.string().nullable(),
    }),
  ),
});

export const revisionSummarySchema = z.object({
  number: z.number(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  headline: z.string(),
  changeKind: z.enum(CHANGE_KINDS),
});

export const problemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(z.object({ path: z.string(), code: z.string(), message: z.string() }))
      .optional(),
  }),
});

export const idParams = z.object({ id: z.string().min(1).max(64) });
export const siteParams = z.object({ siteId: z.string().min(1).max(64) });

/**
 * A schema for partial updates: every field optional and without its default, so a field left
 * out stays as it is instead of being reset (zod's `.partial()` would apply the defaults).
 */
export function updateOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  return z.object(
    Object.fromEntries(
      Object.entries(schema.shape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault
          ? (field.unwrap() as z.ZodType)
          : (field as z.ZodType)
        ).optional(),
      ]),
    ),
  );
}

export const siteSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  language: z.string(),
  country: z.string().nullable(),
  timezone: z.string(),
  tagline: z.string(),
  host: z.string(),
  basePath: z.string(),
  socialLinks: z.array(z.object({ network: z.string(), url: z.string() })),
  navigation: z.array(z.object({ kind: z.enum(['section', 'page', 'link']) }).passthrough()),
  settings: z.object({
    dateStyle: z.enum(['full', 'long', 'medium']),
    shareUtm: z.object({ source: z.string(), medium: z.string(), campaign: z.string() }).nullable(),
    feedContent: z.enum(['full', 'summary']),
    republicationPolicy: z.enum(['canonical', 'noindex']),
    supportUrl: z.string().nullable(),
  }),
  position: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** An edition with the caller's roles on it (none for a network admin without a role). */
export const siteWithRolesSchema = siteSchema.extend({ roles: z.array(z.enum(ROLES)) });

export const frontPageSchema = z.object({
  leadId: z.string().nullable(),
  featuredIds: z.array(z.string()),
});

export const memberSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  roles: z.array(z.enum(ROLES)),
});

export const userWithMembershipsSchema = userSchema.extend({
  memberships: z.array(membershipSchema),
});

export const sectionSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  position: z.number(),
});

export const tagSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
});

export const seriesSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
});

export const pageSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  body: z.array(blockSchema),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contributorSchema = z.object({
  id: z.string(),
  kind: z.enum(['person', 'organisation']),
  slug: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  photoMediaId: z.string().nullable(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  userId: z.string().nullable(),
  profiles: z.record(
    z.string(),
    z.object({ name: z.string().nullable(), title: z.string(), bio: z.string() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const contributorListSchema = z.object({
  total: z.number(),
  items: z.array(contributorSchema),
});

export const mediaSchema = z.object({
  id: z.string(),
  siteId: z.string().nullable(),
  kind: z.literal('image'),
  originalName: z.string(),
  mimeType: z.string(),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  credit: z.string(),
  uploadedBy: z.string().nullable(),
  texts: z.record(z.string(), z.object({ alt: z.string(), caption: z.string() })),
  /** A small rendition for the newsroom's archive grid. */
  previewUrl: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const mediaListSchema = z.object({ total: z.number(), items: z.array(mediaSchema) });

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  hint: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
