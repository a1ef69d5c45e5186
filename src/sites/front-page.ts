import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { err, ok, type Result } from '../core/result.ts';
import { fieldIssues, type InvalidInput, issue } from '../core/validation.ts';
import type { Db } from '../db/database.ts';

declare module '../core/events.ts' {
  interface TribuneEvents {
    'front-page.updated': { siteId: string };
  }
}

/** The curated front page: a lead story and featured articles, in order. */
export interface FrontPage {
  leadId: string | null;
  featuredIds: string[];
}

export const MAX_FEATURED = 8;

const frontPageInput = z.object({
  leadId: z.string().min(1).max(64).nullable(),
  featuredIds: z.array(z.string().min(1).max(64)).max(MAX_FEATURED),
});

/** Editors set an edition's front page; slots left empty fall back to the latest articles. */
export class FrontPageService {
  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async get(siteId: string): Promise<FrontPage> {
    const rows = await this.db
      .selectFrom('front_page_slots')
      .select(['position', 'article_id'])
      .where('site_id', '=', siteId)
      .orderBy('position')
      .execute();
    return {
      leadId: rows.find((row) => row.position === 0)?.article_id ?? null,
      featuredIds: rows.filter((row) => row.position > 0).map((row) => row.article_id),
    };
  }

  /** Replaces the front page; every article must be one of the edition's. */
  async set(siteId: string, input: FrontPage): Promise<Result<FrontPage, InvalidInput>> {
    const parsed = frontPageInput.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const { leadId } = parsed.data;
    const featuredIds = [...new Set(parsed.data.featuredIds)].filter((id) => id !== leadId);
    const wanted = [...(leadId ? [leadId] : []), ...featuredIds];
    const found = wanted.length
      ? await this.db
          .selectFrom('articles')
          .select('id')
          .where('site_id', '=', siteId)
          .where('id', 'in', wanted)
          .execute()
      : [];
    const known = new Set(found.map((row) => row.id));
    const issues = [
      ...(leadId && !known.has(leadId) ? [issue('leadId', 'issue.notArticleOfEdition')] : []),
      ...featuredIds.flatMap((id, index) =>
        known.has(id) ? [] : [issue(`featuredIds.${index}`, 'issue.notArticleOfEdition')],
      ),
    ];
    if (issues.length) return err({ type: 'invalid', issues });
    const now = toTimestamp(this.clock.now());
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('front_page_slots').where('site_id', '=', siteId).execute();
      const rows = [
        ...(leadId ? [{ site_id: siteId, position: 0, article_id: leadId, updated_at: now }] : []),
        ...featuredIds.map((id, index) => ({
          site_id: siteId,
          position: index + 1,
          article_id: id,
          updated_at: now,
        })),
      ];
      if (rows.length) await trx.insertInto('front_page_slots').values(rows).execute();
    });
    await this.events.emit('front-page.updated', { siteId });
    return ok({ leadId, featuredIds });
  }
}
