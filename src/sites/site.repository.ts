import type { Selectable } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { SitesTable } from './site.table.ts';
import type { NavigationItem, Site, SocialLink } from './site.ts';
import { siteSettingsSchema } from './site.ts';

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Maps a stored row to an edition. */
export function toSite(row: Selectable<SitesTable>): Site {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    language: row.language,
    country: row.country,
    timezone: row.timezone,
    tagline: row.tagline,
    host: row.host,
    basePath: row.base_path,
    socialLinks: parseJson<SocialLink[]>(row.social_links, []),
    navigation: parseJson<NavigationItem[]>(row.navigation, []),
    settings: siteSettingsSchema.parse(parseJson<unknown>(row.settings, {})),
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Maps an edition to the row that stores it. */
export function toSiteRow(site: Site): Selectable<SitesTable> {
  return {
    id: site.id,
    slug: site.slug,
    name: site.name,
    language: site.language,
    country: site.country,
    timezone: site.timezone,
    tagline: site.tagline,
    host: site.host,
    base_path: site.basePath,
    social_links: JSON.stringify(site.socialLinks),
    navigation: JSON.stringify(site.navigation),
    settings: JSON.stringify(site.settings),
    position: site.position,
    created_at: site.createdAt,
    updated_at: site.updatedAt,
  };
}

/** Reads and writes editions. */
export class SiteRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): SiteRepository {
    return new SiteRepository(db);
  }

  async insert(site: Site): Promise<void> {
    await this.db.insertInto('sites').values(toSiteRow(site)).execute();
  }

  async update(site: Site): Promise<void> {
    const { id, created_at: _created, ...row } = toSiteRow(site);
    await this.db.updateTable('sites').set(row).where('id', '=', id).execute();
  }

  async findById(id: string): Promise<Site | undefined> {
    const row = await this.db
      .selectFrom('sites')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSite(row);
  }

  async findBySlug(slug: string): Promise<Site | undefined> {
    const row = await this.db
      .selectFrom('sites')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toSite(row);
  }

  async findByAddress(host: string, basePath: string): Promise<Site | undefined> {
    const row = await this.db
      .selectFrom('sites')
      .selectAll()
      .where('host', '=', host)
      .where('base_path', '=', basePath)
      .executeTakeFirst();
    return row && toSite(row);
  }

  /** Every edition, in directory order. */
  async list(): Promise<Site[]> {
    const rows = await this.db
      .selectFrom('sites')
      .selectAll()
      .orderBy('position')
      .orderBy('name')
      .execute();
    return rows.map(toSite);
  }

  /** The latest change to any edition, to tell whether a cached list is stale. */
  async lastChange(): Promise<string | null> {
    const row = await this.db
      .selectFrom('sites')
      .select((eb) => [eb.fn.max('updated_at').as('latest'), eb.fn.countAll<number>().as('count')])
      .executeTakeFirst();
    return row?.latest ? `${row.latest}#${row.count}` : null;
  }
}
