import { z } from 'zod';
import { toTimestamp } from '../../core/clock.ts';
import { BOARD_COLUMNS, DeskBoardView } from '../../translations/desk/desk-board.view.ts';
import { NetworkView } from '../../translations/desk/network.view.ts';
import { dateOnly, languageTag, PRIORITIES } from '../../translations/desk/translation-task.ts';
import { can, memberSiteIds } from '../../users/permissions.ts';
import { allowed } from './guard.ts';
import { jointStatementRoutes } from './joint-statements.routes.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { problemSchema, siteParams } from './schemas.ts';
import { deskListRoutes } from './translation-desk-lists.routes.ts';
import { translationReviewRoutes } from './translation-review.routes.ts';
import { translationSubscriptionRoutes } from './translation-subscriptions.routes.ts';
import { translationTaskRoutes } from './translation-tasks.routes.ts';

const boardQuery = z.object({
  language: languageTag.optional(),
  sourceSiteId: z.string().min(1).max(64).optional(),
  sectionId: z.string().min(1).max(64).optional(),
  priority: z.enum(PRIORITIES).optional(),
  dueBefore: dateOnly.optional(),
  assigneeId: z.string().min(1).max(64).optional(),
  publishedLimit: z.coerce.number().int().min(0).max(500).default(50),
});

const cardSchema = z
  .object({
    id: z.string(),
    status: z.string(),
    outdated: z.boolean(),
    isUpdate: z.boolean(),
    machineDrafted: z.number(),
    priority: z.enum(PRIORITIES),
    dueOn: z.string().nullable(),
    targetLanguage: z.string(),
    source: z.object({ articleId: z.string(), headline: z.string() }).passthrough(),
    target: z.object({ articleId: z.string(), headline: z.string() }).passthrough().nullable(),
    assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .passthrough();

const column = z.enum(BOARD_COLUMNS);

/** The whole translation desk of the Admin API: one line registers it in admin.api.ts. */
export function translationDeskRoutes(api: ApiRegistry): void {
  deskViewRoutes(api);
  deskListRoutes(api);
  translationTaskRoutes(api);
  translationReviewRoutes(api);
  translationSubscriptionRoutes(api);
  jointStatementRoutes(api);
  notificationRoutes(api);
}

/** The desk of an edition, and the network view. */
function deskViewRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/translation-desk',
      summary:
        'The edition’s translation desk: tasks by column (open, claimed, in review, approved, published, outdated) with counts, filtered and sorted',
      tag: 'Translation desk',
      params: siteParams,
      query: boardQuery,
      responses: {
        200: {
          description: 'Columns of task cards; counts per column',
          schema: z.object({
            columns: z.record(column, z.array(cardSchema)),
            counts: z.record(column, z.number()),
          }),
        },
        403: { description: 'Not on this edition', schema: problemSchema },
      },
    },
    async (c, { params, query }) => {
      if (!allowed(c, 'article.read', { siteId: params.siteId })) return problem(c, 'forbidden');
      const { publishedLimit, ...filters } = query;
      const defined = Object.fromEntries(
        Object.entries(filters).filter(([, value]) => value !== undefined),
      );
      return c.json(
        await new DeskBoardView(c.var.ctx.db).board({
          siteId: params.siteId,
          publishedLimit,
          ...defined,
        }),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/translation-desk/network',
      summary:
        'For each story first published in the last days: which editions have it (original, translation, republication, a task, outdated) and which do not (translation managers)',
      tag: 'Translation desk',
      query: z.object({
        days: z.coerce.number().int().min(1).max(90).default(14),
        limit: z.coerce.number().int().min(1).max(200).default(50),
        /** One story only, whenever it was published (the article editor's overview). */
        storyId: z.string().min(1).max(64).optional(),
      }),
      responses: {
        200: {
          description: 'Stories, newest first',
          schema: z.array(
            z.object({
              storyId: z.string(),
              original: z.object({ articleId: z.string(), headline: z.string() }).passthrough(),
              editions: z.array(
                z.object({
                  siteId: z.string(),
                  language: z.string(),
                  state: z.string(),
                  articleId: z.string().nullable(),
                  taskId: z.string().nullable(),
                }),
              ),
              publishedCount: z.number(),
            }),
          ),
        },
        403: { description: 'Not a translation manager anywhere', schema: problemSchema },
      },
    },
    async (c, { query }) => {
      const actor = c.var.actor;
      const editions = memberSiteIds(actor);
      const manager =
        editions === null ||
        [...editions].some((siteId) => can(actor, 'translation.review', { siteId }));
      if (!manager) return problem(c, 'forbidden');
      const since = toTimestamp(
        new Date(c.var.ctx.clock.now().getTime() - query.days * 24 * 3600_000),
      );
      return c.json(
        await new NetworkView(c.var.ctx.db).recentStories({
          since,
          limit: query.limit,
          ...(query.storyId ? { storyId: query.storyId } : {}),
        }),
      );
    },
  );
}
