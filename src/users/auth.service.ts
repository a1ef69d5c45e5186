import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { translator } from '../i18n/i18n.ts';
import type { Mailer } from '../mail/mailer.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { RateLimiter } from './rate-limiter.ts';
import type { SessionService } from './session.service.ts';
import { newSecret, secretHash } from './tokens.ts';
import { UserRepository } from './user.repository.ts';
import { PASSWORD_LENGTH, ROLES, type Role, type User } from './user.ts';

/** Sign-in attempts allowed per account and per address, per window. */
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 } as const;
const RESET_HOURS = 1;
const INVITE_DAYS = 7;

export type SignInProblem = { type: 'invalid-credentials' } | { type: 'rate-limited' };
export type TokenProblem = InvalidInput | { type: 'invalid-token' };

const passwordSchema = z
  .string()
  .min(PASSWORD_LENGTH.min, 'issue.passwordLength')
  .max(PASSWORD_LENGTH.max);

export const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().email('issue.email').max(254),
  name: z.string().trim().min(1, 'issue.required').max(200),
  locale: z.enum(['en', 'es', 'pt', 'fr', 'de', 'it']).default('en'),
  siteId: z.string().min(1).max(64),
  role: z.enum(ROLES),
});
export type InviteInput = z.input<typeof inviteSchema>;

/**
 * Signing in and out, resetting a password, inviting someone. A wrong address and a wrong
 * password get the same answer and cost the same time: the password is checked against a
 * stand-in hash when there is no such account.
 */
export class AuthService {
  private readonly users: UserRepository;
  private readonly limiter: RateLimiter;
  private standIn: Promise<string> | null = null;

  constructor(
    private readonly db: Db,
    readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(db);
    this.limiter = new RateLimiter(db, clock);
  }

  async signIn(input: {
    email: string;
    password: string;
    ip: string;
    userAgent: string;
  }): Promise<
    Result<{ user: User; token: string; csrfToken: string; expiresAt: string }, SignInProblem>
  > {
    const email = input.email.trim().toLowerCase().slice(0, 254);
    const accountKey = `sign-in:account:${email}`;
    const addressKey = `sign-in:address:${input.ip}`;
    const addressAllowed = await this.limiter.hit(
      addressKey,
      SIGN_IN_LIMITS.perAddress,
      SIGN_IN_LIMITS.windowMs,
    );
    const accountLeft = await this.limiter.remaining(
      accountKey,
      SIGN_IN_LIMITS.perAccount,
      SIGN_IN_LIMITS.windowMs,
    );
    if (!addressAllowed || accountLeft === 0) return err({ type: 'rate-limited' });

    const user = await this.users.findByEmail(email);
    const hash = user && !user.disabledAt ? await this.users.passwordHash(user.id) : null;
    const valid = await verifyPassword(
      hash ?? (await this.standInHash()),
      input.password.slice(0, PASSWORD_LENGTH.max),
    );
    if (!user || !hash || !valid) {
      await this.limiter.hit(accountKey, SIGN_IN_LIMITS.perAccount, SIGN_IN_LIMITS.windowMs);
      return err({ type: 'invalid-credentials' });
    }
    await this.limiter.reset(accountKey);
    await this.db
      .updateTable('users')
      .set({ last_login_at: toTimestamp(this.clock.now()) })
      .where('id', '=', user.id)
      .execute();
    const session = await this.sessions.create(user.id, {
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return ok({ user, ...session });
  }

  /** A hash of nothing anyone knows, checked when there is no account: the same work either way. */
  private standInHash(): Promise<string> {
    this.standIn ??= hashPassword(newSecret());
    return this.standIn;
  }

  /**
   * Sends a reset link when the address belongs to an account; says nothing either way, so
   * the answer does not tell who has an account.
   */
  async requestPasswordReset(
    email: string,
    context: { newsroomUrl: string; network: string },
  ): Promise<void> {
    const user = await this.users.findByEmail(email.trim().toLowerCase().slice(0, 254));
    if (!user || user.disabledAt) return;
    const key = `reset:${user.id}`;
    if (!(await this.limiter.hit(key, 5, 60 * 60_000))) return;
    const token = await this.issueToken(user.id, 'reset', RESET_HOURS * 3_600_000);
    const t = translator(user.locale);
    await this.mailer.send({
      to: { address: user.email, name: user.name },
      subject: t('mail.reset.subject', { network: context.network }),
      text: t('mail.reset.text', {
        name: user.name,
        link: `${context.newsroomUrl}#/reset/${token}`,
      }),
    });
  }

  /**
   * Invites someone to an edition: their account (new, without a password) and role in one
   * transaction, then the invitation by e-mail. An existing account just gains the role.
   */
  async invite(
    input: InviteInput,
    context: { newsroomUrl: string; network: string; edition: string; inviter: string },
  ): Promise<Result<User, InvalidInput>> {
    const parsed = inviteSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const data = parsed.data;
    const now = toTimestamp(this.clock.now());
    const existing = await this.users.findByEmail(data.email);
    const user: User = existing ?? {
      id: newId(),
      email: data.email,
      name: data.name,
      locale: data.locale,
      isNetworkAdmin: false,
      createdAt: now,
      updatedAt: now,
      lastLoginAt: null,
      disabledAt: null,
    };
    const token = newSecret();
    await this.db.transaction().execute(async (trx) => {
      const users = this.users.with(trx);
      if (!existing) await users.insert(user, null);
      await users.addMembership(
        { userId: user.id, siteId: data.siteId, role: data.role as Role },
        now,
      );
      await trx
        .insertInto('account_tokens')
        .values({
          id: secretHash(token),
          user_id: user.id,
          purpose: 'invite',
          created_at: now,
          expires_at: toTimestamp(new Date(this.clock.now().getTime() + INVITE_DAYS * 86_400_000)),
          used_at: null,
        })
        .execute();
    });
    const t = translator(user.locale);
    await this.mailer.send({
      to: { address: user.email, name: user.name },
      subject: t('mail.invite.subject', { network: context.network }),
      text: t('mail.invite.text', {
        name: user.name,
        inviter: context.inviter,
        edition: context.edition,
        network: context.network,
        link: `${context.newsroomUrl}#/welcome/${token}`,
      }),
    });
    return ok(user);
  }

  /**
   * Sets the password of the account an e-mailed link names (reset or invitation); the link
   * then no longer works, and every other session of the account ends.
   */
  async setPasswordWithToken(token: string, password: string): Promise<Result<User, TokenProblem>> {
    const parsed = passwordSchema.safeParse(password);
    if (!parsed.success) {
      return err({
        type: 'invalid',
        issues: invalidInput(parsed.error).issues.map((i) => ({ ...i, path: 'password' })),
      });
    }
    const now = this.clock.now();
    const row = await this.db
      .selectFrom('account_tokens')
      .selectAll()
      .where('id', '=', secretHash(token))
      .executeTakeFirst();
    if (!row || row.used_at || Date.parse(row.expires_at) <= now.getTime())
      return err({ type: 'invalid-token' });
    const user = await this.users.findById(row.user_id);
    if (!user || user.disabledAt) return err({ type: 'invalid-token' });
    const hash = await hashPassword(parsed.data);
    const used = await this.db.transaction().execute(async (trx) => {
      const claimed = await trx
        .updateTable('account_tokens')
        .set({ used_at: toTimestamp(now) })
        .where('id', '=', row.id)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return false;
      await trx
        .updateTable('users')
        .set({ password_hash: hash, updated_at: toTimestamp(now) })
        .where('id', '=', user.id)
        .execute();
      await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
      return true;
    });
    return used ? ok(user) : err({ type: 'invalid-token' });
  }

  private async issueToken(
    userId: string,
    purpose: 'reset' | 'invite',
    lifetimeMs: number,
  ): Promise<string> {
    const token = newSecret();
    const now = this.clock.now();
    await this.db
      .insertInto('account_tokens')
      .values({
        id: secretHash(token),
        user_id: userId,
        purpose,
        created_at: toTimestamp(now),
        expires_at: toTimestamp(new Date(now.getTime() + lifetimeMs)),
        used_at: null,
      })
      .execute();
    return token;
  }
}
