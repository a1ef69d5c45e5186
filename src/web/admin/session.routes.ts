import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { PASSWORD_LENGTH } from '../../users/user.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './auth.ts';
import { clientAddress } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import { problemSchema, sessionSchema } from './schemas.ts';

const signInBody = z.object({
  email: z.string().max(254),
  password: z.string().max(PASSWORD_LENGTH.max),
});

/** Signing in and out, the current session, password reset and invitations accepted. */
export function sessionRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'post',
      path: '/session',
      summary: 'Sign in with e-mail and password; sets the session cookie',
      tag: 'Session',
      public: true,
      body: signInBody,
      responses: {
        200: { description: 'Signed in', schema: sessionSchema },
        401: {
          description: 'Wrong e-mail or password (the same answer for both)',
          schema: problemSchema,
        },
        429: {
          description: 'Too many attempts for this account or address',
          schema: problemSchema,
        },
      },
    },
    async (c, { body }) => {
      const { ctx } = c.var;
      const result = await ctx.auth.signIn({
        email: body.email,
        password: body.password,
        ip: clientAddress(c),
        userAgent: c.req.header('User-Agent') ?? '',
      });
      if (!result.ok) return problem(c, result.error.type);
      const { user, token, csrfToken, expiresAt } = result.value;
      setSessionCookie(c, token, expiresAt);
      return c.json({
        user,
        csrfToken,
        memberships: await ctx.users.repository.memberships(user.id),
      });
    },
  );

  api.add(
    {
      method: 'get',
      path: '/session',
      summary: 'Who is signed in, with their roles per edition',
      tag: 'Session',
      responses: {
        200: { description: 'The session', schema: sessionSchema },
        401: { description: 'Not signed in' },
      },
    },
    async (c) =>
      c.json({
        user: c.var.user,
        csrfToken: c.var.csrfToken,
        memberships: await c.var.ctx.users.repository.memberships(c.var.user.id),
      }),
  );

  api.add(
    {
      method: 'delete',
      path: '/session',
      summary: 'Sign out',
      tag: 'Session',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await c.var.ctx.sessions.destroy(token);
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/password-reset',
      summary: 'E-mail a password reset link (the answer never tells whether the account exists)',
      tag: 'Session',
      public: true,
      body: z.object({ email: z.string().max(254) }),
      responses: { 202: { description: 'If the account exists, a link was sent' } },
    },
    async (c, { body }) => {
      const { ctx } = c.var;
      const network = await ctx.network.settings();
      await ctx.auth.requestPasswordReset(body.email, {
        newsroomUrl: `${ctx.config.publicUrl}/newsroom/`,
        network: network.name,
      });
      return c.json({ sent: true }, 202);
    },
  );

  api.add(
    {
      method: 'post',
      path: '/password',
      summary: 'Set a password with the token of a reset or invitation link',
      tag: 'Session',
      public: true,
      body: z.object({
        token: z.string().min(1).max(200),
        password: z.string().max(PASSWORD_LENGTH.max),
      }),
      responses: {
        200: { description: 'Password set; sign in with it' },
        400: { description: 'The link expired or was used', schema: problemSchema },
        422: { description: 'The password is too short', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      const result = await c.var.ctx.auth.setPasswordWithToken(body.token, body.password);
      if (!result.ok) {
        return result.error.type === 'invalid'
          ? problem(c, 'invalid', { issues: result.error.issues })
          : problem(c, 'invalid-token');
      }
      return c.json({ email: result.value.email });
    },
  );
}
