import type { Context } from 'hono';
import { z } from 'zod';
import { PRIORITIES } from '../../translations/desk/translation-task.ts';
import {
  type Subscription,
  subscriptionInputSchema,
} from '../../translations/subscriptions/subscription.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, problemSchema, siteParams, updateOf } from './schemas.ts';

type AdminContext = Context<AdminEnv>;

const subscriptionSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  targetLanguage: z.string(),
  sourceSiteIds: z.array(z.string()),
  sourceLanguages: z.array(z.string()),
  sectionIds: z.array(z.string()),
  networkWideOnly: z.boolean(),
  priority: z.enum(PRIORITIES),
  active: z.boolean(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const denied = {
  403: { description: 'Only the edition’s translation managers and admins', schema: problemSchema },
  404: { description: 'No such subscription here', schema: problemSchema },
};

/** The subscription, if the caller may manage its edition's subscriptions. */
async function guardedSubscription(
  c: AdminContext,
  id: string,
): Promise<{ subscription: Subscription } | { denied: Response }> {
  const subscription = await c.var.ctx.desk.subscriptions.find(id);
  if (!subscription || !allowed(c, 'article.read', { siteId: subscription.siteId })) {
    return { denied: problem(c, 'not-found') };
  }
  if (!allowed(c, 'translation.subscriptions', { siteId: subscription.siteId })) {
    return { denied: problem(c, 'forbidden') };
  }
  return { subscription };
}

/** What sister editions' new articles open tasks on an edition by themselves. */
export function translationSubscriptionRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/translation-subscriptions',
      summary: 'The edition’s subscriptions to its sister editions’ articles',
      tag: 'Translation subscriptions',
      params: siteParams,
      responses: {
        200: { description: 'Oldest first', schema: z.array(subscriptionSchema) },
        403: { description: 'Not on this edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      if (!allowed(c, 'article.read', { siteId: params.siteId })) return problem(c, 'forbidden');
      return c.json(await c.var.ctx.desk.subscriptions.list(params.siteId));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/translation-subscriptions',
      summary:
        'Subscribe the edition: originals first published elsewhere that match the rules open a task here',
      tag: 'Translation subscriptions',
      params: siteParams,
      body: subscriptionInputSchema,
      responses: {
        201: { description: 'The subscription', schema: subscriptionSchema },
        403: denied[403],
        422: {
          description:
            'No rule at all (issue.emptyRules), an unknown edition, a section not of the source editions, a source in the target language',
          schema: problemSchema,
        },
      },
    },
    async (c, { params, body }) => {
      if (!allowed(c, 'translation.subscriptions', { siteId: params.siteId })) {
        return problem(c, 'forbidden');
      }
      const result = await c.var.ctx.desk.subscriptions.create(params.siteId, body, {
        userId: c.var.user.id,
      });
      if (result.ok) return c.json(result.value, 201);
      return result.error.type === 'invalid'
        ? problem(c, 'invalid', { issues: result.error.issues })
        : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'get',
      path: '/translation-subscriptions/:id',
      summary: 'One subscription',
      tag: 'Translation subscriptions',
      params: idParams,
      responses: {
        200: { description: 'The subscription', schema: subscriptionSchema },
        ...denied,
      },
    },
    async (c, { params }) => {
      const found = await guardedSubscription(c, params.id);
      return 'denied' in found ? found.denied : c.json(found.subscription);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/translation-subscriptions/:id',
      summary: 'Change a subscription’s rules, priority, or switch it on or off',
      tag: 'Translation subscriptions',
      params: idParams,
      body: updateOf(subscriptionInputSchema),
      responses: {
        200: { description: 'Changed', schema: subscriptionSchema },
        ...denied,
        422: { description: 'A rule is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSubscription(c, params.id);
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.desk.subscriptions.update(params.id, body);
      if (result.ok) return c.json(result.value);
      return result.error.type === 'invalid'
        ? problem(c, 'invalid', { issues: result.error.issues })
        : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/translation-subscriptions/:id',
      summary: 'End a subscription (the tasks it opened stay)',
      tag: 'Translation subscriptions',
      params: idParams,
      responses: { 204: { description: 'Deleted' }, ...denied },
    },
    async (c, { params }) => {
      const found = await guardedSubscription(c, params.id);
      if ('denied' in found) return found.denied;
      await c.var.ctx.desk.subscriptions.delete(params.id);
      return c.body(null, 204);
    },
  );
}
