import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import { newId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { newSecret, secretHash } from './tokens.ts';
import { UserRepository } from './user.repository.ts';
import type { User } from './user.ts';

/** An API token as its owner sees it: never the secret, which is shown once. */
export interface ApiToken {
  id: string;
  name: string;
  hint: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const TOKEN_PREFIX = 'trb_';
const nameSchema = z.string().trim().min(1, 'issue.required').max(100);

/** Tokens for scripts: they act as their user, with that user's rights; stored hashed. */
export class ApiTokenService {
  private readonly users: UserRepository;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.users = new UserRepository(db);
  }

  /** Creates a token; the secret is in the result and nowhere else. */
  async create(
    userId: string,
    name: string,
  ): Promise<Result<{ token: string; record: ApiToken }, InvalidInput>> {
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const token = newSecret(TOKEN_PREFIX);
    const record: ApiToken = {
      id: newId(),
      name: parsed.data,
      hint: token.slice(-4),
      createdAt: toTimestamp(this.clock.now()),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.db
      .insertInto('api_tokens')
      .values({
        id: record.id,
        user_id: userId,
        name: record.name,
        token_hash: secretHash(token),
        hint: record.hint,
        created_at: record.createdAt,
        last_used_at: null,
        expires_at: null,
        revoked_at: null,
      })
      .execute();
    return ok({ token, record });
  }

  async list(userId: string): Promise<ApiToken[]> {
    const rows = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      hint: row.hint,
      createdAt: row.created_at,
      lastUsedAt: row.last_used_at,
      revokedAt: row.revoked_at,
    }));
  }

  /** Revokes one of a user's tokens; false when they have no such token. */
  async revoke(userId: string, tokenId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: toTimestamp(this.clock.now()) })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** The user a Bearer token acts as, or null for an unknown, revoked or expired token. */
  async resolve(token: string): Promise<User | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = await this.db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'revoked_at', 'expires_at', 'last_used_at'])
      .where('token_hash', '=', secretHash(token))
      .executeTakeFirst();
    const now = this.clock.now();
    if (!row || row.revoked_at) return null;
    if (row.expires_at && Date.parse(row.expires_at) <= now.getTime()) return null;
    const user = await this.users.findById(row.user_id);
    if (!user || user.disabledAt) return null;
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
      await this.db
        .updateTable('api_tokens')
        .set({ last_used_at: toTimestamp(now) })
        .where('id', '=', row.id)
        .execute();
    }
    return user;
  }
}
