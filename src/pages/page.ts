import { z } from 'zod';
import { RESERVED_ARTICLE_SLUGS } from '../articles/article.ts';
import type { Block } from '../articles/blocks.ts';
import { isSlug } from '../core/slug.ts';

/** A static page of an edition: About, Support, a masthead… Its address is `/<slug>`. */
export interface Page {
  id: string;
  siteId: string;
  slug: string;
  title: string;
  description: string;
  body: Block[];
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

export const pageInputSchema = z.object({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isSlug, 'issue.slug')
    .refine((slug) => !RESERVED_ARTICLE_SLUGS.has(slug), 'issue.reservedSlug')
    .optional(),
  title: z.string().trim().min(1, 'issue.required').max(300),
  description: z.string().trim().max(1000).default(''),
  body: z.unknown().default([]),
  published: z.boolean().default(true),
});
export type PageInput = z.input<typeof pageInputSchema>;
