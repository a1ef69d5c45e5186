import { z } from 'zod';
import { notificationMessage } from '../../notifications/notification-mail.ts';
import type { ApiRegistry } from './registry.ts';

const notificationSchema = z.object({
  id: z.string(),
  kind: z.string().describe('e.g. translation.submitted, translation.outdated'),
  taskId: z.string().nullable(),
  articleId: z.string().nullable(),
  data: z.record(z.string(), z.string()),
  /** Said in the caller's interface language. */
  message: z.string(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});

const preferencesSchema = z.object({
  email: z.boolean().describe('Also send each notification by e-mail'),
});

/** One's own notifications and whether they come by e-mail too. */
export function notificationRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'get',
      path: '/me/notifications',
      summary: 'One’s notifications, newest first, with how many are unread',
      tag: 'Notifications',
      query: z.object({
        unread: z
          .enum(['true', 'false'])
          .default('false')
          .transform((value) => value === 'true'),
        page: z.coerce.number().int().min(1).max(10_000).default(1),
        perPage: z.coerce.number().int().min(1).max(100).default(25),
      }),
      responses: {
        200: {
          description: 'One page of notifications',
          schema: z.object({
            total: z.number(),
            unread: z.number(),
            items: z.array(notificationSchema),
          }),
        },
      },
    },
    async (c, { query }) => {
      const found = await c.var.ctx.notifications.list(c.var.user.id, {
        unreadOnly: query.unread,
        limit: query.perPage,
        offset: (query.page - 1) * query.perPage,
      });
      const { language } = c.var;
      return c.json({
        ...found,
        items: found.items.map(({ userId: _user, ...notification }) => ({
          ...notification,
          message: notificationMessage(notification, language),
        })),
      });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/me/notifications/read',
      summary: 'Mark notifications read: the given ids, or all of them',
      tag: 'Notifications',
      body: z.union([
        z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }),
        z.object({ all: z.literal(true) }),
      ]),
      responses: {
        200: { description: 'How many changed', schema: z.object({ marked: z.number() }) },
      },
    },
    async (c, { body }) => {
      const marked = await c.var.ctx.notifications.markRead(
        c.var.user.id,
        'ids' in body ? body.ids : 'all',
      );
      return c.json({ marked });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/me/notification-settings',
      summary: 'Whether one’s notifications also come by e-mail',
      tag: 'Notifications',
      responses: { 200: { description: 'The settings', schema: preferencesSchema } },
    },
    async (c) => c.json(await c.var.ctx.notifications.preferences(c.var.user.id)),
  );

  api.add(
    {
      method: 'put',
      path: '/me/notification-settings',
      summary: 'Choose whether notifications also come by e-mail',
      tag: 'Notifications',
      body: preferencesSchema,
      responses: { 200: { description: 'The settings', schema: preferencesSchema } },
    },
    async (c, { body }) => {
      await c.var.ctx.notifications.setPreferences(c.var.user.id, body);
      return c.json(await c.var.ctx.notifications.preferences(c.var.user.id));
    },
  );
}
