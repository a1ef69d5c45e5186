import { z } from 'zod';
import { languageTag, PRIORITIES, type Priority } from '../desk/translation-task.ts';

/**
 * An edition's standing request: articles first published by sister editions that match these
 * rules open a translation task on it. Empty lists mean "any"; at least one rule must narrow
 * it down (no edition asks for everything by accident).
 */
export interface Subscription {
  id: string;
  /** The subscribing edition, where the tasks open. */
  siteId: string;
  /** The language the edition translates into (its own, unless a section writes another). */
  targetLanguage: string;
  sourceSiteIds: string[];
  /** Language tags: 'es' matches every Spanish, 'es-PE' only Peruvian Spanish. */
  sourceLanguages: string[];
  /** Sections of the source editions. */
  sectionIds: string[];
  /** Only articles their editors flagged as meant for the whole network. */
  networkWideOnly: boolean;
  /** The priority of the tasks it opens. */
  priority: Priority;
  active: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

const id = z.string().min(1).max(64);

export const subscriptionInputSchema = z.object({
  /** Omitted: the edition's language. */
  targetLanguage: languageTag.optional(),
  sourceSiteIds: z.array(id).max(100).default([]),
  sourceLanguages: z.array(languageTag).max(50).default([]),
  sectionIds: z.array(id).max(200).default([]),
  networkWideOnly: z.boolean().default(false),
  priority: z.enum(PRIORITIES).default('normal'),
  active: z.boolean().default(true),
});
export type SubscriptionInput = z.input<typeof subscriptionInputSchema>;

/** What a subscription rule looks at in a newly published article. */
export interface PublishedOriginal {
  siteId: string;
  language: string;
  sectionId: string | null;
  networkWide: boolean;
}

/** The base language of a tag: 'es' of 'es-PE'. */
export function baseOf(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/** Whether `tag` falls under `rule` ('es' covers 'es-PE'; 'es-PE' covers only itself). */
export function languageCovers(rule: string, tag: string): boolean {
  const a = rule.toLowerCase();
  const b = tag.toLowerCase();
  return a === b || b.startsWith(`${a}-`);
}

/**
 * Whether an article first published somewhere matches a subscription's rules. An article in
 * the subscription's own language is never a match: that would be a republication, not a
 * translation.
 */
export function subscriptionMatches(rules: Subscription, article: PublishedOriginal): boolean {
  if (!rules.active) return false;
  if (baseOf(article.language) === baseOf(rules.targetLanguage)) return false;
  if (rules.sourceSiteIds.length && !rules.sourceSiteIds.includes(article.siteId)) return false;
  if (
    rules.sourceLanguages.length &&
    !rules.sourceLanguages.some((rule) => languageCovers(rule, article.language))
  ) {
    return false;
  }
  if (
    rules.sectionIds.length &&
    !(article.sectionId && rules.sectionIds.includes(article.sectionId))
  )
    return false;
  if (rules.networkWideOnly && !article.networkWide) return false;
  return true;
}
