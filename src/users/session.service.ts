import { type Clock, toTimestamp } from '../core/clock.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from './permissions.ts';
import { newSecret, secretHash } from './tokens.ts';
import { UserRepository } from './user.repository.ts';
import type { Role, User } from './user.ts';

export const SESSION_DAYS = 30;

export interface OpenSession {
  user: User;
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

/** Newsroom sessions: a random token in an HttpOnly cookie, stored hashed. */
export class SessionService {
  private readonly users: UserRepository;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(db);
  }

  /** Opens a session; the token goes in the cookie and is never stored. */
  async create(
    userId: string,
    client: { ip: string; userAgent: string },
  ): Promise<{ token: string; csrfToken: string; expiresAt: string }> {
    const token = newSecret();
    const csrfToken = newSecret();
    const now = this.clock.now();
    const expiresAt = toTimestamp(new Date(now.getTime() + SESSION_DAYS * 86_400_000));
    await this.db
      .insertInto('sessions')
      .values({
        id: secretHash(token),
        user_id: userId,
        created_at: toTimestamp(now),
        expires_at: expiresAt,
        last_seen_at: toTimestamp(now),
        ip: client.ip.slice(0, 64),
        user_agent: client.userAgent.slice(0, 300),
        csrf_token: csrfToken,
      })
      .execute();
    return { token, csrfToken, expiresAt };
  }

  /** The session a cookie token opens, or null when it is unknown, expired or its user disabled. */
  async resolve(token: string): Promise<OpenSession | null> {
    if (!token || token.length > 200) return null;
    const row = await this.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'expires_at', 'csrf_token', 'last_seen_at'])
      .where('id', '=', secretHash(token))
      .executeTakeFirst();
    const now = this.clock.now();
    if (!row || Date.parse(row.expires_at) <= now.getTime()) return null;
    const user = await this.users.findById(row.user_id);
    if (!user || user.disabledAt) return null;
    // "Last seen" to the minute is enough, and spares a write on every request.
    if (now.getTime() - Date.parse(row.last_seen_at) > 60_000) {
      await this.db
        .updateTable('sessions')
        .set({ last_seen_at: toTimestamp(now) })
        .where('id', '=', row.id)
        .execute();
    }
    return { user, sessionId: row.id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  async destroy(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', secretHash(token)).execute();
  }

  /** Ends every session of a user (a new password, a disabled account). */
  async destroyAllOf(userId: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  /** The actor a user is: their flag and roles per edition. */
  async actorFor(user: User): Promise<Actor> {
    const roles = new Map<string, Set<Role>>();
    for (const membership of await this.users.memberships(user.id)) {
      const set = roles.get(membership.siteId) ?? new Set<Role>();
      set.add(membership.role);
      roles.set(membership.siteId, set);
    }
    return { userId: user.id, isNetworkAdmin: user.isNetworkAdmin, roles };
  }
}
