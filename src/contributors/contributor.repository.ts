import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Contributor, ContributorLink, ContributorProfile } from './contributor.ts';

type Row = {
  id: string;
  kind: string;
  slug: string;
  name: string;
  email: string | null;
  photo_media_id: string | null;
  links: string;
  user_id: string | null;
  created_at: string;
  updated_at: string;
};

/** LIKE wildcards in a search text are searched for, not used. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Reads and writes contributors with their profiles. */
export class ContributorRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): ContributorRepository {
    return new ContributorRepository(db);
  }

  async insert(contributor: Contributor): Promise<void> {
    await this.db
      .insertInto('contributors')
      .values({
        id: contributor.id,
        kind: contributor.kind,
        slug: contributor.slug,
        name: contributor.name,
        email: contributor.email,
        photo_media_id: contributor.photoMediaId,
        links: JSON.stringify(contributor.links),
        user_id: contributor.userId,
        created_at: contributor.createdAt,
        updated_at: contributor.updatedAt,
      })
      .execute();
    await this.replaceProfiles(contributor.id, contributor.profiles);
  }

  async replaceProfiles(
    contributorId: string,
    profiles: Record<string, ContributorProfile>,
  ): Promise<void> {
    await this.db
      .deleteFrom('contributor_profiles')
      .where('contributor_id', '=', contributorId)
      .execute();
    const rows = Object.entries(profiles).map(([language, profile]) => ({
      contributor_id: contributorId,
      language,
      name: profile.name,
      title: profile.title,
      bio: profile.bio,
    }));
    if (rows.length) await this.db.insertInto('contributor_profiles').values(rows).execute();
  }

  /** Writes a contributor's own fields (not its profiles: see replaceProfiles). */
  async update(contributor: Contributor): Promise<void> {
    await this.db
      .updateTable('contributors')
      .set({
        kind: contributor.kind,
        slug: contributor.slug,
        name: contributor.name,
        email: contributor.email,
        photo_media_id: contributor.photoMediaId,
        links: JSON.stringify(contributor.links),
        user_id: contributor.userId,
        updated_at: contributor.updatedAt,
      })
      .where('id', '=', contributor.id)
      .execute();
  }

  async setPhoto(contributorId: string, mediaId: string | null, now: string): Promise<void> {
    await this.db
      .updateTable('contributors')
      .set({ photo_media_id: mediaId, updated_at: now })
      .where('id', '=', contributorId)
      .execute();
  }

  async findById(id: string): Promise<Contributor | undefined> {
    return (await this.load([id]))[0];
  }

  async findBySlug(slug: string): Promise<Contributor | undefined> {
    const row = await this.db
      .selectFrom('contributors')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? this.findById(row.id) : undefined;
  }

  /** Contributors by id, in the order asked, with their profiles; unknown ids are skipped. */
  async load(ids: string[]): Promise<Contributor[]> {
    if (ids.length === 0) return [];
    const [rows, profiles] = await Promise.all([
      this.db.selectFrom('contributors').selectAll().where('id', 'in', ids).execute(),
      this.db
        .selectFrom('contributor_profiles')
        .selectAll()
        .where('contributor_id', 'in', ids)
        .execute(),
    ]);
    const byId = new Map(rows.map((row) => [row.id, toContributor(row)]));
    for (const profile of profiles) {
      const contributor = byId.get(profile.contributor_id);
      if (contributor) {
        contributor.profiles[profile.language] = {
          name: profile.name,
          title: profile.title,
          bio: profile.bio,
        };
      }
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async list(): Promise<Contributor[]> {
    const ids = await this.db.selectFrom('contributors').select('id').orderBy('name').execute();
    return this.load(ids.map((row) => row.id));
  }

  /**
   * One page of contributors by name, optionally only those whose name, slug or e-mail
   * contains `text`, with how many there are in all.
   */
  async search(query: {
    text?: string;
    limit: number;
    offset: number;
  }): Promise<{ items: Contributor[]; total: number }> {
    let select = this.db.selectFrom('contributors');
    const text = query.text?.trim();
    if (text) {
      const pattern = likePattern(text);
      select = select.where((eb) =>
        eb.or([
          eb(sql`lower(name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(slug)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(coalesce(email, ''))`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    const [total, rows] = await Promise.all([
      select.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      select
        .select('id')
        .orderBy('name')
        .orderBy('id')
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
    ]);
    return { items: await this.load(rows.map((row) => row.id)), total: Number(total.n) };
  }
}

function toContributor(row: Row): Contributor {
  let links: ContributorLink[] = [];
  try {
    links = JSON.parse(row.links) as ContributorLink[];
  } catch {
    links = [];
  }
  return {
    id: row.id,
    kind: row.kind === 'organisation' ? 'organisation' : 'person',
    slug: row.slug,
    name: row.name,
    email: row.email,
    photoMediaId: row.photo_media_id,
    links,
    userId: row.user_id,
    profiles: {},
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
