import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { UI_LANGUAGES } from '../core/locale.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput, issue } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { UserRepository } from './user.repository.ts';
import {
  type Membership,
  PASSWORD_LENGTH,
  ROLES,
  type Role,
  type User,
  type UserInput,
  userInputSchema,
} from './user.ts';

export type UserProblem =
  | InvalidInput
  | { type: 'email-taken'; email: string }
  | { type: 'unknown-role'; role: string };

/** What someone may change of their own account; a new password needs the current one. */
export const profileChangesSchema = z.object({
  name: z.string().trim().min(1, 'issue.required').max(200).optional(),
  locale: z.enum(UI_LANGUAGES).optional(),
  currentPassword: z.string().max(PASSWORD_LENGTH.max).optional(),
  newPassword: z
    .string()
    .min(PASSWORD_LENGTH.min, 'issue.passwordLength')
    .max(PASSWORD_LENGTH.max)
    .optional(),
});
export type ProfileChanges = z.input<typeof profileChangesSchema>;

/** Newsroom accounts and their roles on editions. */
export class UserService {
  readonly repository: UserRepository;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.repository = new UserRepository(db);
  }

  /**
   * Creates an account with its roles on editions, in one transaction. Without a password it
   * can only be entered after a reset.
   */
  async createUser(
    input: UserInput,
    memberships: { siteId: string; role: string }[] = [],
  ): Promise<Result<User, UserProblem>> {
    const parsed = userInputSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const unknownRole = memberships.find((m) => !(ROLES as readonly string[]).includes(m.role));
    if (unknownRole) return err({ type: 'unknown-role', role: unknownRole.role });
    const data = parsed.data;
    if (await this.repository.findByEmail(data.email)) {
      return err({ type: 'email-taken', email: data.email });
    }
    const now = toTimestamp(this.clock.now());
    const user: User = {
      id: newId(),
      email: data.email,
      name: data.name,
      locale: data.locale,
      isNetworkAdmin: data.isNetworkAdmin,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
      disabledAt: null,
    };
    const passwordHash = data.password === null ? null : await hashPassword(data.password);
    try {
      await this.db.transaction().execute(async (trx) => {
        const users = this.repository.with(trx);
        await users.insert(user, passwordHash);
        for (const membership of memberships) {
          await users.addMembership(
            { userId: user.id, siteId: membership.siteId, role: membership.role as Role },
            now,
          );
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'email-taken', email: data.email });
      throw error;
    }
    return ok(user);
  }

  /** Gives a user a role on an edition. */
  async addMembership(
    userId: string,
    siteId: string,
    role: string,
  ): Promise<Result<true, UserProblem>> {
    if (!(ROLES as readonly string[]).includes(role)) return err({ type: 'unknown-role', role });
    await this.repository.addMembership(
      { userId, siteId, role: role as Role },
      toTimestamp(this.clock.now()),
    );
    return ok(true);
  }

  /**
   * Changes one's own name, interface language or password (checked against the current one).
   * A new password ends the account's other sessions; `keepSessionId` is the caller's own.
   */
  async updateProfile(
    userId: string,
    changes: ProfileChanges,
    options: { keepSessionId?: string | null } = {},
  ): Promise<Result<User, InvalidInput | { type: 'not-found' }>> {
    const parsed = profileChangesSchema.safeParse(changes);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const data = parsed.data;
    const current = await this.repository.findById(userId);
    if (!current) return err({ type: 'not-found' });
    let passwordHash: string | null = null;
    if (data.newPassword !== undefined) {
      if (!data.currentPassword) {
        return err({ type: 'invalid', issues: [issue('currentPassword', 'issue.required')] });
      }
      const stored = await this.repository.passwordHash(userId);
      if (!stored || !(await verifyPassword(stored, data.currentPassword))) {
        return err({ type: 'invalid', issues: [issue('currentPassword', 'issue.wrongPassword')] });
      }
      passwordHash = await hashPassword(data.newPassword);
    }
    const now = toTimestamp(this.clock.now());
    const user: User = {
      ...current,
      name: data.name ?? current.name,
      locale: data.locale ?? current.locale,
      updatedAt: now,
    };
    await this.db.transaction().execute(async (trx) => {
      const users = this.repository.with(trx);
      await users.updateProfile(userId, { name: user.name, locale: user.locale }, now);
      if (passwordHash) {
        await users.setPasswordHash(userId, passwordHash, now);
        await users.deleteSessions(userId, options.keepSessionId ?? null);
      }
    });
    return ok(user);
  }

  /** Every account with its roles on editions. */
  async listUsers(): Promise<(User & { memberships: Membership[] })[]> {
    const [users, memberships] = await Promise.all([
      this.repository.list(),
      this.repository.allMemberships(),
    ]);
    return users.map((user) => ({ ...user, memberships: memberships.get(user.id) ?? [] }));
  }

  /** Replaces a user's roles on an edition, in one transaction; an empty list removes them. */
  async setSiteRoles(
    userId: string,
    siteId: string,
    roles: string[],
  ): Promise<Result<Role[], UserProblem>> {
    const unknownRole = roles.find((role) => !(ROLES as readonly string[]).includes(role));
    if (unknownRole) return err({ type: 'unknown-role', role: unknownRole });
    const wanted = [...new Set(roles as Role[])];
    const now = toTimestamp(this.clock.now());
    await this.db
      .transaction()
      .execute((trx) => this.repository.with(trx).replaceSiteRoles(userId, siteId, wanted, now));
    return ok(wanted);
  }
}
