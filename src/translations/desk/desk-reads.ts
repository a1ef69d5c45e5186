import type { Executor } from '../../db/database.ts';
import type { MediaText } from '../../media/media.ts';

/*
 * Small reads across features' tables that the desk needs before or during a write: like a
 * view, they only read.
 */

/** The contributor a newsroom account is credited as, if it has one. */
export async function contributorOfUser(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('contributors')
    .select('id')
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** The contributors of several accounts, in the accounts' order (accounts without one left out). */
export async function contributorsOfUsers(db: Executor, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('contributors')
    .select(['id', 'user_id'])
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .execute();
  const byUser = new Map<string, string>();
  for (const row of rows)
    if (row.user_id && !byUser.has(row.user_id)) byUser.set(row.user_id, row.id);
  return userIds.flatMap((id) => {
    const contributor = byUser.get(id);
    return contributor ? [contributor] : [];
  });
}

/** The texts (alt, caption) of media items by language. */
export async function mediaTexts(
  db: Executor,
  mediaIds: string[],
): Promise<Map<string, Record<string, MediaText>>> {
  const texts = new Map<string, Record<string, MediaText>>();
  if (mediaIds.length === 0) return texts;
  const rows = await db
    .selectFrom('media_texts')
    .select(['media_id', 'language', 'alt', 'caption'])
    .where('media_id', 'in', mediaIds)
    .execute();
  for (const row of rows) {
    const own = texts.get(row.media_id) ?? {};
    own[row.language] = { alt: row.alt, caption: row.caption };
    texts.set(row.media_id, own);
  }
  return texts;
}

/** Whether the story has an article (not in the trash) on the edition in the language. */
export async function versionExists(
  db: Executor,
  storyId: string,
  siteId: string,
  language: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where('story_id', '=', storyId)
    .where('site_id', '=', siteId)
    .where('language', '=', language)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The accounts that hold `role` on the edition (not disabled). */
export async function staffWithRole(db: Executor, siteId: string, role: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('users.id')
    .where('memberships.site_id', '=', siteId)
    .where('memberships.role', '=', role)
    .where('users.disabled_at', 'is', null)
    .orderBy('users.name')
    .execute();
  return [...new Set(rows.map((row) => row.id))];
}
