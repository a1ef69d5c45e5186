import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import { type FieldIssue, issue } from '../../core/validation.ts';
import { inviteSchema } from '../../users/auth.service.ts';
import { secretHash } from '../../users/tokens.ts';
import { profileChangesSchema } from '../../users/user.service.ts';
import { ROLES, userInputSchema } from '../../users/user.ts';
import { SESSION_COOKIE } from './auth.ts';
import { allowed } from './guard.ts';
import { problem } from './problem.ts';
import type { ApiRegistry } from './registry.ts';
import {
  memberSchema,
  problemSchema,
  siteParams,
  userSchema,
  userWithMembershipsSchema,
} from './schemas.ts';
import { guardedSite } from './sites.routes.ts';

const createUserBody = userInputSchema.extend({
  memberships: z
    .array(z.object({ siteId: z.string().min(1).max(64), role: z.enum(ROLES) }))
    .max(200)
    .default([]),
});

const memberParams = z.object({
  siteId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
});

const invitationBody = inviteSchema.omit({ siteId: true });

/** One's own account, the network's accounts, and the staff of an edition. */
export function userRoutes(api: ApiRegistry): void {
  api.add(
    {
      method: 'patch',
      path: '/me',
      summary:
        'Change one’s name, interface language or password (with the current one; other sessions end)',
      tag: 'Accounts',
      body: profileChangesSchema,
      responses: {
        200: { description: 'The account as changed', schema: userSchema },
        422: {
          description: 'A field is wrong, or the current password is not right',
          schema: problemSchema,
        },
      },
    },
    async (c, { body }) => {
      const cookie = c.var.authenticatedBy === 'session' ? getCookie(c, SESSION_COOKIE) : undefined;
      const result = await c.var.ctx.users.updateProfile(c.var.user.id, body, {
        keepSessionId: cookie ? secretHash(cookie) : null,
      });
      if (!result.ok) {
        return result.error.type === 'invalid'
          ? problem(c, 'invalid', { issues: result.error.issues })
          : problem(c, 'not-found');
      }
      return c.json(result.value);
    },
  );

  api.add(
    {
      method: 'get',
      path: '/users',
      summary: 'Every account of the network, with its roles (network admins)',
      tag: 'Accounts',
      responses: {
        200: { description: 'Accounts by name', schema: z.array(userWithMembershipsSchema) },
        403: { description: 'Only network admins see every account', schema: problemSchema },
      },
    },
    async (c) => {
      if (!allowed(c, 'network.manage', { siteId: '' })) return problem(c, 'forbidden');
      const users = await c.var.ctx.users.listUsers();
      return c.json(
        users.map(({ memberships, ...user }) => ({
          ...user,
          memberships: memberships.map(({ siteId, role }) => ({ siteId, role })),
        })),
      );
    },
  );

  api.add(
    {
      method: 'post',
      path: '/users',
      summary:
        'Create an account with its roles (network admins); without a password it is entered after a reset',
      tag: 'Accounts',
      body: createUserBody,
      responses: {
        201: { description: 'The new account', schema: userWithMembershipsSchema },
        403: { description: 'Only network admins create accounts', schema: problemSchema },
        422: { description: 'A field is wrong, or the e-mail is taken', schema: problemSchema },
      },
    },
    async (c, { body }) => {
      const { ctx } = c.var;
      if (!allowed(c, 'network.manage', { siteId: '' })) return problem(c, 'forbidden');
      const { memberships, ...input } = body;
      const editions = new Set((await ctx.sites.list()).map((site) => site.id));
      const issues: FieldIssue[] = memberships.flatMap((membership, index) =>
        editions.has(membership.siteId)
          ? []
          : [issue(`memberships.${index}.siteId`, 'issue.unknownEdition')],
      );
      if (issues.length) return problem(c, 'invalid', { issues });
      const result = await ctx.users.createUser(input, memberships);
      if (!result.ok) {
        const failure = result.error;
        switch (failure.type) {
          case 'invalid':
            return problem(c, 'invalid', { issues: failure.issues });
          case 'email-taken':
            return problem(c, 'invalid', { issues: [issue('email', 'issue.emailTaken')] });
          case 'unknown-role':
            return problem(c, 'invalid', { issues: [issue('memberships', 'issue.notAllowed')] });
        }
      }
      const user = result.value;
      const roles = await ctx.users.repository.memberships(user.id);
      return c.json(
        { ...user, memberships: roles.map(({ siteId, role }) => ({ siteId, role })) },
        201,
      );
    },
  );

  api.add(
    {
      method: 'get',
      path: '/sites/:siteId/members',
      summary: 'The staff of an edition: each account with its roles there',
      tag: 'Staff',
      params: siteParams,
      responses: {
        200: { description: 'Members by name', schema: z.array(memberSchema) },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
      },
    },
    async (c, { params }) => {
      const found = await guardedSite(c, params.siteId, 'site.staff');
      if ('denied' in found) return found.denied;
      return c.json(await c.var.ctx.users.repository.siteMembers(found.site.id));
    },
  );

  api.add(
    {
      method: 'put',
      path: '/sites/:siteId/members/:userId',
      summary: 'Set someone’s roles on an edition; an empty list takes them off its staff',
      tag: 'Staff',
      params: memberParams,
      body: z.object({ roles: z.array(z.enum(ROLES)).max(20) }),
      responses: {
        200: { description: 'Their roles now', schema: memberSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition or account', schema: problemSchema },
        422: { description: 'A role is not one of the known ones', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const found = await guardedSite(c, params.siteId, 'site.staff');
      if ('denied' in found) return found.denied;
      const user = await ctx.users.repository.findById(params.userId);
      if (!user) return problem(c, 'not-found');
      const result = await ctx.users.setSiteRoles(user.id, found.site.id, body.roles);
      if (!result.ok)
        return problem(c, 'invalid', { issues: [issue('roles', 'issue.notAllowed')] });
      return c.json({
        user: { id: user.id, name: user.name, email: user.email },
        roles: [...result.value].sort(),
      });
    },
  );

  api.add(
    {
      method: 'post',
      path: '/sites/:siteId/invitations',
      summary:
        'Invite someone to an edition with a role: a new account, or a role for an existing one, and an e-mail',
      tag: 'Staff',
      params: siteParams,
      body: invitationBody,
      responses: {
        201: { description: 'Invited; their roles on the edition now', schema: memberSchema },
        403: { description: 'Not allowed for this role', schema: problemSchema },
        404: { description: 'No such edition', schema: problemSchema },
        422: { description: 'A field is wrong', schema: problemSchema },
      },
    },
    async (c, { params, body }) => {
      const { ctx } = c.var;
      const found = await guardedSite(c, params.siteId, 'site.staff');
      if ('denied' in found) return found.denied;
      const { site } = found;
      const network = await ctx.network.settings();
      const result = await ctx.auth.invite(
        { ...body, siteId: site.id },
        {
          newsroomUrl: `${ctx.config.publicUrl}/newsroom/`,
          network: network.name,
          edition: site.name,
          inviter: c.var.user.name,
        },
      );
      if (!result.ok) return problem(c, 'invalid', { issues: result.error.issues });
      const user = result.value;
      const roles = (await ctx.users.repository.memberships(user.id))
        .filter((membership) => membership.siteId === site.id)
        .map((membership) => membership.role);
      return c.json({ user: { id: user.id, name: user.name, email: user.email }, roles }, 201);
    },
  );
}
