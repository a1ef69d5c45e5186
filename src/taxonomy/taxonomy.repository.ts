import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { Section, Series, Tag } from './taxonomy.ts';

/** LIKE wildcards in a search text are searched for, not used. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

const SECTION_COLUMNS = ['id', 'site_id', 'slug', 'name', 'description', 'position'] as const;
const TAG_COLUMNS = ['id', 'site_id', 'slug', 'name', 'description'] as const;
const SERIES_COLUMNS = ['id', 'site_id', 'slug', 'title', 'description'] as const;

type Row<K extends string, V> = Record<K, V>;

function toSection(
  row: Row<'id' | 'site_id' | 'slug' | 'name' | 'description', string> & { position: number },
): Section {
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
  };
}

function toTag(row: Row<'id' | 'site_id' | 'slug' | 'name' | 'description', string>): Tag {
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    name: row.name,
    description: row.description,
  };
}

function toSeries(row: Row<'id' | 'site_id' | 'slug' | 'title' | 'description', string>): Series {
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    title: row.title,
    description: row.description,
  };
}

/** Reads and writes sections, tags and series. */
export class TaxonomyRepository {
  constructor(private readonly db: Executor) {}

  with(db: Executor): TaxonomyRepository {
    return new TaxonomyRepository(db);
  }

  async insertSection(section: Section, now: string): Promise<void> {
    await this.db
      .insertInto('sections')
      .values({
        id: section.id,
        site_id: section.siteId,
        slug: section.slug,
        name: section.name,
        description: section.description,
        position: section.position,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  async insertTag(tag: Tag, now: string): Promise<void> {
    await this.db
      .insertInto('tags')
      .values({
        id: tag.id,
        site_id: tag.siteId,
        slug: tag.slug,
        name: tag.name,
        description: tag.description,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  async insertSeries(series: Series, now: string): Promise<void> {
    await this.db
      .insertInto('series')
      .values({
        id: series.id,
        site_id: series.siteId,
        slug: series.slug,
        title: series.title,
        description: series.description,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }

  async sections(siteId: string): Promise<Section[]> {
    const rows = await this.db
      .selectFrom('sections')
      .select(SECTION_COLUMNS)
      .where('site_id', '=', siteId)
      .orderBy('position')
      .orderBy('name')
      .execute();
    return rows.map(toSection);
  }

  async findSection(siteId: string, slug: string): Promise<Section | undefined> {
    return (await this.sections(siteId)).find((section) => section.slug === slug);
  }

  async findTag(siteId: string, slug: string): Promise<Tag | undefined> {
    const row = await this.db
      .selectFrom('tags')
      .select(TAG_COLUMNS)
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toTag(row);
  }

  async findSeries(siteId: string, slug: string): Promise<Series | undefined> {
    const row = await this.db
      .selectFrom('series')
      .select(SERIES_COLUMNS)
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toSeries(row);
  }

  async findSectionById(id: string): Promise<Section | undefined> {
    const row = await this.db
      .selectFrom('sections')
      .select(SECTION_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSection(row);
  }

  async updateSection(section: Section, now: string): Promise<void> {
    await this.db
      .updateTable('sections')
      .set({
        slug: section.slug,
        name: section.name,
        description: section.description,
        position: section.position,
        updated_at: now,
      })
      .where('id', '=', section.id)
      .execute();
  }

  /** Deletes a section; its articles keep no section (the foreign key sets theirs to null). */
  async deleteSection(id: string): Promise<void> {
    await this.db.deleteFrom('sections').where('id', '=', id).execute();
  }

  /** The edition's tags by name, optionally only those whose name or slug contains `text`. */
  async tags(siteId: string, options: { text?: string; limit?: number } = {}): Promise<Tag[]> {
    let select = this.db.selectFrom('tags').select(TAG_COLUMNS).where('site_id', '=', siteId);
    const text = options.text?.trim();
    if (text) {
      const pattern = likePattern(text);
      select = select.where((eb) =>
        eb.or([
          eb(sql`lower(name)`, 'like', sql`${pattern} escape '\\'`),
          eb(sql`lower(slug)`, 'like', sql`${pattern} escape '\\'`),
        ]),
      );
    }
    const rows = await select
      .orderBy('name')
      .orderBy('id')
      .limit(options.limit ?? 100)
      .execute();
    return rows.map(toTag);
  }

  async seriesList(siteId: string): Promise<Series[]> {
    const rows = await this.db
      .selectFrom('series')
      .select(SERIES_COLUMNS)
      .where('site_id', '=', siteId)
      .orderBy('title')
      .orderBy('id')
      .execute();
    return rows.map(toSeries);
  }

  async findSeriesById(id: string): Promise<Series | undefined> {
    const row = await this.db
      .selectFrom('series')
      .select(SERIES_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toSeries(row);
  }

  async updateSeries(series: Series, now: string): Promise<void> {
    await this.db
      .updateTable('series')
      .set({
        slug: series.slug,
        title: series.title,
        description: series.description,
        updated_at: now,
      })
      .where('id', '=', series.id)
      .execute();
  }
}
