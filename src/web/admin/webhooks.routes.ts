import type { Context } from 'hono';
import { z } from 'zod';
import { issue } from '../../core/validation.ts';
import {
  DELIVERY_STATUSES,
  WEBHOOK_EVENTS,
  type Webhook,
  webhookChangesSchema,
  webhookInputSchema,
} from '../../webhooks/webhook.ts';
import type { AdminEnv } from './admin-env.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { idParams, problemSchema, siteParams } from './schemas.ts';
import { guardedSite } from './sites.routes.ts';

type AdminContext = Context<AdminEnv>;

const webhookSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  active: z.boolean(),
  /** The secret's last four characters. */
  secretHint: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const withSecretSchema = z.object({
  webhook: webhookSchema,
  secret: z.string().describe('Signs every delivery; shown in this answer and nowhere else'),
});

const deliverySchema = z.object({
  id: z.string().describe('Sent as Tribune-Delivery'),
  webhookId: z.string(),
  eventId: z.string(),
  event: z.enum([...WEBHOOK_EVENTS, 'ping']),
  status: z.enum(DELIVERY_STATUSES),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  attempts: z.array(
    z.object({
      number: z.number(),
      statusCode: z.number().nullable(),
      error: z.string().nullable(),
      durationMs: z.number(),
      responseExcerpt: z.string(),
      attemptedAt: z.string(),
    }),
  ),
});

const deliveryParams = z.object({
  id: z.string().min(1).max(64),
  deliveryId: z.string().min(1).max(64),
});

const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
});

/**
 * The endpoint the caller may manage: 404 when it does not exist or belongs to an edition they
 * do not work on, 403 when they work there without the right to manage webhooks.
 */
async function guardedWebhook(
  c: AdminContext,
  id: string,
): Promise<{ webhook: Webhook } | { denied: Response }> {
  const webhook = await c.var.ctx.webhooks.find(id);
  if (!webhook || !allowed(c, 'article.read', { siteId: webhook.siteId })) {
    return { denied: problem(c, 'not-found') };
  }
  if (!allowed(c, 'webhook.manage', { siteId: webhook.siteId })) {
    return { denied: problem(c, 'forbidden') };
  }
  return { webhook };
}

const denied = {
  403: { description: 'Not allowed for this role', schema: problemSchema },
  404: { description: 'No such webhook here', schema: problemSchema },
};

/** An edition's webhook endpoints, their secrets, test pings and delivery log. */
export function webhookRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/webhooks',
      summary: 'The webhook endpoints of an edition (secrets only by their last characters)',
      tag: 'Webhooks',
      params: siteParams,
      responses: {
        200: { description: 'Endpoints, oldest first', schema: z.array(webhookSchema) },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'webhook.manage');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.webhooks.list(found.site.id));
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/webhooks',
      summary: 'Add a webhook endpoint; its signing secret is in this answer and nowhere else',
      tag: 'Webhooks',
      params: siteParams,
      body: webhookInputSchema,
      responses: {
        201: { description: 'The endpoint and its secret', schema: withSecretSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedSite(c, params.siteId, 'webhook.manage');
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.webhooks.create(found.site.id, body, {
        userId: c.var.user.id,
      });
      if (!result.ok) return problem(c, 'invalid', { issues: result.error.issues });
      return c.json(result.value, 201);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/webhooks/:id',
      summary: 'One webhook endpoint',
      tag: 'Webhooks',
      params: idParams,
      responses: { 200: { description: 'The endpoint', schema: webhookSchema }, ...denied },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      return 'denied' in found ? found.denied : c.json(found.webhook);
    },
  );

  api.add(
    {
      method: 'patch',
      path: '/webhooks/:id',
      summary: 'Change an endpoint’s address, description, events, or switch it on or off',
      tag: 'Webhooks',
      params: idParams,
      body: webhookChangesSchema,
      responses: {
        200: { description: 'The changed endpoint', schema: webhookSchema },
        ...denied,
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.webhooks.update(params.id, body);
      if (result.ok) return c.json(result.value);
      return result.error.type === 'invalid'
        ? problem(c, 'invalid', { issues: result.error.issues })
        : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'delete',
      path: '/webhooks/:id',
      summary: 'Delete an endpoint with its delivery log; what is pending is not sent',
      tag: 'Webhooks',
      params: idParams,
      responses: { 204: { description: 'Deleted' }, ...denied },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      await c.var.ctx.webhooks.delete(params.id);
      return c.body(null, 204);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/webhooks/:id/rotate-secret',
      summary: 'Replace the signing secret at once; the new one is in this answer only',
      tag: 'Webhooks',
      params: idParams,
      responses: {
        200: { description: 'The endpoint and its new secret', schema: withSecretSchema },
        ...denied,
      },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      const rotated = await c.var.ctx.webhooks.rotateSecret(params.id);
      return rotated ? c.json(rotated) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'post',
      path: '/webhooks/:id/ping',
      summary: 'Send the "ping" event now (once), even to an inactive endpoint; see its delivery',
      tag: 'Webhooks',
      params: idParams,
      responses: {
        202: { description: 'The delivery, pending until it is sent', schema: deliverySchema },
        ...denied,
      },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      const delivery = await c.var.ctx.webhooks.ping(params.id);
      return delivery ? c.json(delivery, 202) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'get',
      path: '/webhooks/:id/deliveries',
      summary: 'An endpoint’s deliveries, newest first, each with its tries (the last 200 kept)',
      tag: 'Webhooks',
      params: idParams,
      query: pageQuery,
      responses: {
        200: {
          description: 'One page of deliveries, with the total',
          schema: z.object({ total: z.number(), items: z.array(deliverySchema) }),
        },
        ...denied,
      },
    },
    async (c, { params, query }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      return c.json(
        await c.var.ctx.webhooks.deliveries(params.id, {
          limit: query.perPage,
          offset: (query.page - 1) * query.perPage,
        }),
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/webhooks/:id/deliveries/:deliveryId',
      summary: 'One delivery, with the exact body sent and each try',
      tag: 'Webhooks',
      params: deliveryParams,
      responses: {
        200: {
          description: 'The delivery',
          schema: deliverySchema.extend({ payload: z.unknown() }),
        },
        ...denied,
      },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      const delivery = await c.var.ctx.webhooks.delivery(params.id, params.deliveryId);
      return delivery ? c.json(delivery) : problem(c, 'not-found');
    },
  );

  api.add(
    {
      method: 'post',
      path: '/webhooks/:id/deliveries/:deliveryId/redeliver',
      summary: 'Send a finished delivery again (same body and delivery id), once, now',
      tag: 'Webhooks',
      params: deliveryParams,
      responses: {
        202: { description: 'The delivery, pending again', schema: deliverySchema },
        ...denied,
        422: { description: 'It is still pending: tries remain', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedWebhook(c, params.id);
      if ('denied' in found) return found.denied;
      const result = await c.var.ctx.webhooks.redeliver(params.id, params.deliveryId);
      if (result.ok) return c.json(result.value, 202);
      if (result.error.type === 'not-found') return problem(c, 'not-found');
      return problem(c, 'invalid', {
        issues: [issue('status', 'issue.invalidState', { status: 'pending' })],
      });
    },
  );
}
