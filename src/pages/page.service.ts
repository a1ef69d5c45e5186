import { parseBlocks } from '../articles/blocks.ts';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { slugify } from '../core/slug.ts';
import { fieldIssues, type InvalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { isEditionSlugTaken } from '../sites/edition-slugs.ts';
import { type Page, type PageInput, pageInputSchema } from './page.ts';
import './page.events.ts';
import { PageRepository } from './page.repository.ts';

export type PageProblem =
  | InvalidInput
  | { type: 'slug-taken'; slug: string }
  | { type: 'not-found' };

/** Static pages of an edition, editable by its editors. */
export class PageService {
  readonly repository: PageRepository;

  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.repository = new PageRepository(db);
  }

  async createPage(
    siteId: string,
    language: string,
    input: PageInput,
  ): Promise<Result<Page, PageProblem>> {
    const parsed = pageInputSchema.safeParse(input);
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const body = parseBlocks(parsed.data.body);
    if (!body.ok) return err({ type: 'invalid', issues: body.error });
    const slug = parsed.data.slug ?? (slugify(parsed.data.title, language) || 'page');
    if (await isEditionSlugTaken(this.db, siteId, slug)) return err({ type: 'slug-taken', slug });
    const now = toTimestamp(this.clock.now());
    const page: Page = {
      id: newId(),
      siteId,
      slug,
      title: parsed.data.title,
      description: parsed.data.description,
      body: body.value,
      published: parsed.data.published,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.repository.insert(page);
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug });
      throw error;
    }
    await this.events.emit('page.saved', { page });
    return ok(page);
  }

  async updatePage(id: string, input: Partial<PageInput>): Promise<Result<Page, PageProblem>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found' });
    const parsed = pageInputSchema.safeParse({
      slug: current.slug,
      title: current.title,
      description: current.description,
      body: current.body,
      published: current.published,
      ...input,
    });
    if (!parsed.success) return err({ type: 'invalid', issues: fieldIssues(parsed.error) });
    const body = parseBlocks(parsed.data.body);
    if (!body.ok) return err({ type: 'invalid', issues: body.error });
    const slug = parsed.data.slug ?? current.slug;
    if (
      slug !== current.slug &&
      (await isEditionSlugTaken(this.db, current.siteId, slug, { pageId: id }))
    ) {
      return err({ type: 'slug-taken', slug });
    }
    const page: Page = {
      ...current,
      slug,
      title: parsed.data.title,
      description: parsed.data.description,
      body: body.value,
      published: parsed.data.published,
      updatedAt: toTimestamp(this.clock.now()),
    };
    try {
      await this.repository.update(page);
    } catch (error) {
      // Another page took the slug since the check above: the database decides.
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug });
      throw error;
    }
    await this.events.emit('page.saved', { page });
    return ok(page);
  }
}
