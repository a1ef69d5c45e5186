import type { Executor } from '../db/database.ts';
import type { Membership, Role, User } from './user.ts';

type UserRow = {
  id: string;
  email: string;
  name: string;
  locale: string;
  is_network_admin: number;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
};

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    isNetworkAdmin: row.is_network_admin === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastLoginAt: row.last_login_at,
    disabledAt: row.disabled_at,
  };
}

const USER_COLUMNS = [
  'id',
  'email',
  'name',
  'locale',
  'is_network_admin',
  'created_at',
  'updated_at',
  'last_login_at',
  'disabled_at',
] as const;

/** Reads and writes accounts and memberships. */
export class UserRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): UserRepository {
    return new UserRepository(db);
  }

  async insert(user: User, passwordHash: string | null): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        name: user.name,
        password_hash: passwordHash,
        locale: user.locale,
        is_network_admin: user.isNetworkAdmin ? 1 : 0,
        created_at: user.createdAt,
        updated_at: user.updatedAt,
        last_login_at: user.lastLoginAt,
        disabled_at: user.disabledAt,
      })
      .execute();
  }

  async findByEmail(email: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    return row && toUser(row);
  }

  async findById(id: string): Promise<User | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toUser(row);
  }

  async passwordHash(userId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', userId)
      .executeTakeFirst();
    return row?.password_hash ?? null;
  }

  /** Adds a role on an edition; adding it again changes nothing. */
  async addMembership(membership: Membership, now: string): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({
        user_id: membership.userId,
        site_id: membership.siteId,
        role: membership.role,
        created_at: now,
      })
      .onConflict((oc) => oc.columns(['user_id', 'site_id', 'role']).doNothing())
      .execute();
  }

  async memberships(userId: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .select(['user_id', 'site_id', 'role'])
      .where('user_id', '=', userId)
      .orderBy('site_id')
      .orderBy('role')
      .execute();
    return rows.map((row) => ({
      userId: row.user_id,
      siteId: row.site_id,
      role: row.role as Role,
    }));
  }

  /** Every account, by name. */
  async list(): Promise<User[]> {
    const rows = await this.db
      .selectFrom('users')
      .select(USER_COLUMNS)
      .orderBy('name')
      .orderBy('id')
      .execute();
    return rows.map(toUser);
  }

  /** Every account's memberships, by user id. */
  async allMemberships(): Promise<Map<string, Membership[]>> {
    const rows = await this.db
      .selectFrom('memberships')
      .select(['user_id', 'site_id', 'role'])
      .orderBy('site_id')
      .orderBy('role')
      .execute();
    const byUser = new Map<string, Membership[]>();
    for (const row of rows) {
      const list = byUser.get(row.user_id) ?? [];
      list.push({ userId: row.user_id, siteId: row.site_id, role: row.role as Role });
      byUser.set(row.user_id, list);
    }
    return byUser;
  }

  async updateProfile(
    userId: string,
    changes: { name: string; locale: string },
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ name: changes.name, locale: changes.locale, updated_at: now })
      .where('id', '=', userId)
      .execute();
  }

  async setPasswordHash(userId: string, passwordHash: string, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, updated_at: now })
      .where('id', '=', userId)
      .execute();
  }

  /** Ends a user's sessions but one (the one that changed the password, if any). */
  async deleteSessions(userId: string, except: string | null): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (except) query = query.where('id', '!=', except);
    await query.execute();
  }

  /** The staff of an edition: each account with a role there, with its roles, by name. */
  async siteMembers(
    siteId: string,
  ): Promise<{ user: Pick<User, 'id' | 'name' | 'email'>; roles: Role[] }[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select(['users.id', 'users.name', 'users.email', 'memberships.role'])
      .where('memberships.site_id', '=', siteId)
      .orderBy('users.name')
      .orderBy('users.id')
      .orderBy('memberships.role')
      .execute();
    const members = new Map<string, { user: Pick<User, 'id' | 'name' | 'email'>; roles: Role[] }>();
    for (const row of rows) {
      const member = members.get(row.id) ?? {
        user: { id: row.id, name: row.name, email: row.email },
        roles: [],
      };
      member.roles.push(row.role as Role);
      members.set(row.id, member);
    }
    return [...members.values()];
  }

  /** Replaces a user's roles on one edition (none: they leave its staff); kept roles keep their date. */
  async replaceSiteRoles(
    userId: string,
    siteId: string,
    roles: Role[],
    now: string,
  ): Promise<void> {
    let removal = this.db
      .deleteFrom('memberships')
      .where('user_id', '=', userId)
      .where('site_id', '=', siteId);
    if (roles.length) removal = removal.where('role', 'not in', roles);
    await removal.execute();
    for (const role of roles) await this.addMembership({ userId, siteId, role }, now);
  }
}
