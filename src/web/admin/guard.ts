import type { Context } from 'hono';
import { type Action, can, type Target } from '../../users/permissions.ts';
import type { AdminEnv } from './admin-env.ts';

/** Whether the caller may do `action` to `target` (see users/permissions.ts). */
export function allowed(c: Context<AdminEnv>, action: Action, target: Target): boolean {
  return can(c.var.actor, action, target);
}

/** The caller's address, for rate limits: the socket's peer. */
export function clientAddress(c: Context<AdminEnv>): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
