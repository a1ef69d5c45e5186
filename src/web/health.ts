import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from './env.ts';

/** GET /healthz: 200 when the database answers, 503 otherwise (for load balancers). */
export const healthRoutes = new Hono<AppEnv>().get('/healthz', async (c) => {
  c.header('Cache-Control', 'no-store');
  try {
    await sql`select 1`.execute(c.var.ctx.db);
    return c.json({ status: 'ok', database: c.var.ctx.dialect });
  } catch (error) {
    c.var.ctx.logger.warn('health check failed', { error });
    return c.json({ status: 'unavailable', reason: 'database unreachable' }, 503);
  }
});
