import type { Selectable } from 'kysely';
import type { Block } from '../articles/blocks.ts';
import type { Executor } from '../db/database.ts';
import type { PagesTable } from './page.table.ts';
import type { Page } from './page.ts';

function toPage(row: Selectable<PagesTable>): Page {
  let body: Block[] = [];
  try {
    body = JSON.parse(row.body) as Block[];
  } catch {
    body = [];
  }
  return {
    id: row.id,
    siteId: row.site_id,
    slug: row.slug,
    title: row.title,
    description: row.description,
    body,
    published: row.published === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Reads and writes static pages. */
export class PageRepository {
  constructor(private readonly db: Executor) {}

  async insert(page: Page): Promise<void> {
    await this.db
      .insertInto('pages')
      .values({
        id: page.id,
        site_id: page.siteId,
        slug: page.slug,
        title: page.title,
        description: page.description,
        body: JSON.stringify(page.body),
        published: page.published ? 1 : 0,
        created_at: page.createdAt,
        updated_at: page.updatedAt,
      })
      .execute();
  }

  async update(page: Page): Promise<void> {
    await this.db
      .updateTable('pages')
      .set({
        slug: page.slug,
        title: page.title,
        description: page.description,
        body: JSON.stringify(page.body),
        published: page.published ? 1 : 0,
        updated_at: page.updatedAt,
      })
      .where('id', '=', page.id)
      .execute();
  }

  async findById(id: string): Promise<Page | undefined> {
    const row = await this.db
      .selectFrom('pages')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toPage(row);
  }

  async findBySlug(siteId: string, slug: string): Promise<Page | undefined> {
    const row = await this.db
      .selectFrom('pages')
      .selectAll()
      .where('site_id', '=', siteId)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row && toPage(row);
  }

  async list(siteId: string): Promise<Page[]> {
    const rows = await this.db
      .selectFrom('pages')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('title')
      .execute();
    return rows.map(toPage);
  }
}
