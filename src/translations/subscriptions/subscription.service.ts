import type { Selectable } from 'kysely';
import { type Clock, toTimestamp } from '../../core/clock.ts';
import { newId } from '../../core/ids.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { type FieldIssue, type InvalidInput, invalidInput, issue } from '../../core/validation.ts';
import type { Db } from '../../db/database.ts';
import type { SiteService } from '../../sites/site.service.ts';
import type { TranslationSubscriptionsTable } from '../desk/desk.table.ts';
import type { Priority } from '../desk/translation-task.ts';
import {
  baseOf,
  type PublishedOriginal,
  type Subscription,
  type SubscriptionInput,
  subscriptionInputSchema,
  subscriptionMatches,
} from './subscription.ts';

export type SubscriptionProblem = InvalidInput | { type: 'not-found' };

function parseIds(text: string): string[] {
  const value = JSON.parse(text) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}

function toSubscription(row: Selectable<TranslationSubscriptionsTable>): Subscription {
  return {
    id: row.id,
    siteId: row.site_id,
    targetLanguage: row.target_language,
    sourceSiteIds: parseIds(row.source_site_ids),
    sourceLanguages: parseIds(row.source_languages),
    sectionIds: parseIds(row.section_ids),
    networkWideOnly: row.network_wide_only === 1,
    priority: row.priority as Priority,
    active: row.active === 1,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Editions' subscriptions to their sisters' articles. */
export class SubscriptionService {
  constructor(
    private readonly db: Db,
    private readonly sites: SiteService,
    private readonly clock: Clock,
  ) {}

  async list(siteId: string): Promise<Subscription[]> {
    const rows = await this.db
      .selectFrom('translation_subscriptions')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('created_at')
      .execute();
    return rows.map(toSubscription);
  }

  async find(id: string): Promise<Subscription | undefined> {
    const row = await this.db
      .selectFrom('translation_subscriptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSubscription(row);
  }

  /** The active subscriptions (of other editions or languages) that a new original matches. */
  async matching(article: PublishedOriginal): Promise<Subscription[]> {
    const rows = await this.db
      .selectFrom('translation_subscriptions')
      .selectAll()
      .where('active', '=', 1)
      .orderBy('created_at')
      .execute();
    return rows.map(toSubscription).filter((rules) => subscriptionMatches(rules, article));
  }

  async create(
    siteId: string,
    input: SubscriptionInput,
    actor: { userId: string | null },
  ): Promise<Result<Subscription, SubscriptionProblem>> {
    const site = await this.sites.findById(siteId);
    if (!site) return err({ type: 'not-found' });
    const parsed = subscriptionInputSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const now = toTimestamp(this.clock.now());
    const subscription: Subscription = {
      id: newId(),
      siteId,
      ...parsed.data,
      targetLanguage: parsed.data.targetLanguage ?? site.language,
      sourceSiteIds: [...new Set(parsed.data.sourceSiteIds)],
      sourceLanguages: [...new Set(parsed.data.sourceLanguages)],
      sectionIds: [...new Set(parsed.data.sectionIds)],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    const issues = await this.ruleIssues(subscription);
    if (issues.length) return err({ type: 'invalid', issues });
    await this.db.insertInto('translation_subscriptions').values(this.row(subscription)).execute();
    return ok(subscription);
  }

  /** Changes a subscription; fields left out stay as they are. */
  async update(
    id: string,
    changes: Partial<SubscriptionInput>,
  ): Promise<Result<Subscription, SubscriptionProblem>> {
    const current = await this.find(id);
    if (!current) return err({ type: 'not-found' });
    const { id: _id, siteId: _s, createdBy: _c, createdAt: _a, updatedAt: _u, ...fields } = current;
    const parsed = subscriptionInputSchema.safeParse({ ...fields, ...changes });
    if (!parsed.success) return err(invalidInput(parsed.error));
    const subscription: Subscription = {
      ...current,
      ...parsed.data,
      targetLanguage: parsed.data.targetLanguage ?? current.targetLanguage,
      sourceSiteIds: [...new Set(parsed.data.sourceSiteIds)],
      sourceLanguages: [...new Set(parsed.data.sourceLanguages)],
      sectionIds: [...new Set(parsed.data.sectionIds)],
      updatedAt: toTimestamp(this.clock.now()),
    };
    const issues = await this.ruleIssues(subscription);
    if (issues.length) return err({ type: 'invalid', issues });
    const { id: _, created_at: _created, ...row } = this.row(subscription);
    await this.db.updateTable('translation_subscriptions').set(row).where('id', '=', id).execute();
    return ok(subscription);
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('translation_subscriptions')
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /**
   * What is wrong with a subscription's rules: none at all, an edition or section that is not
   * the network's, or a source in the language the edition would translate into.
   */
  private async ruleIssues(rules: Subscription): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    if (!rules.sourceSiteIds.length && !rules.sourceLanguages.length && !rules.networkWideOnly) {
      issues.push(issue('sourceSiteIds', 'issue.emptyRules'));
    }
    const sites = new Map((await this.sites.list()).map((site) => [site.id, site]));
    const target = baseOf(rules.targetLanguage);
    rules.sourceSiteIds.forEach((siteId, index) => {
      const site = sites.get(siteId);
      if (!site) issues.push(issue(`sourceSiteIds.${index}`, 'issue.unknownEdition'));
      else if (baseOf(site.language) === target) {
        issues.push(issue(`sourceSiteIds.${index}`, 'issue.sameLanguage'));
      }
    });
    rules.sourceLanguages.forEach((language, index) => {
      if (baseOf(language) === target) {
        issues.push(issue(`sourceLanguages.${index}`, 'issue.sameLanguage'));
      }
    });
    if (rules.sectionIds.length) {
      const sections = await this.db
        .selectFrom('sections')
        .select(['id', 'site_id'])
        .where('id', 'in', rules.sectionIds)
        .execute();
      const siteOf = new Map(sections.map((section) => [section.id, section.site_id]));
      rules.sectionIds.forEach((sectionId, index) => {
        const siteId = siteOf.get(sectionId);
        const ofSource =
          siteId !== undefined &&
          (rules.sourceSiteIds.length === 0 || rules.sourceSiteIds.includes(siteId));
        if (!ofSource) issues.push(issue(`sectionIds.${index}`, 'issue.notSectionOfSource'));
      });
    }
    return issues;
  }

  private row(subscription: Subscription) {
    return {
      id: subscription.id,
      site_id: subscription.siteId,
      target_language: subscription.targetLanguage,
      source_site_ids: JSON.stringify(subscription.sourceSiteIds),
      source_languages: JSON.stringify(subscription.sourceLanguages),
      section_ids: JSON.stringify(subscription.sectionIds),
      network_wide_only: subscription.networkWideOnly ? 1 : 0,
      priority: subscription.priority,
      active: subscription.active ? 1 : 0,
      created_by: subscription.createdBy,
      created_at: subscription.createdAt,
      updated_at: subscription.updatedAt,
    };
  }
}
