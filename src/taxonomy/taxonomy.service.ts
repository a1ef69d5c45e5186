import { z } from 'zod';
import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { isSlug, slugify } from '../core/slug.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import './taxonomy.events.ts';
import { TaxonomyRepository } from './taxonomy.repository.ts';
import type { Section, Series, Tag } from './taxonomy.ts';

export type TaxonomyProblem = InvalidInput | { type: 'slug-taken'; slug: string };
export type TaxonomyChangeProblem = TaxonomyProblem | { type: 'not-found' };

const optionalSlug = z.string().trim().toLowerCase().refine(isSlug, 'issue.slug').optional();

export const sectionInput = z.object({
  name: z.string().trim().min(1, 'issue.required').max(120),
  slug: optionalSlug,
  description: z.string().trim().max(500).default(''),
  position: z.number().int().min(0).max(10_000).default(0),
});

export const seriesInput = z.object({
  title: z.string().trim().min(1, 'issue.required').max(200),
  slug: optionalSlug,
  description: z.string().trim().max(2000).default(''),
});

export const tagName = z.string().trim().min(1, 'issue.required').max(120);

export type SectionInput = z.input<typeof sectionInput>;
export type SeriesInput = z.input<typeof seriesInput>;

/** Sections, tags and series of an edition. */
export class TaxonomyService {
  readonly repository: TaxonomyRepository;

  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.repository = new TaxonomyRepository(db);
  }

  async createSection(
    siteId: string,
    language: string,
    input: z.input<typeof sectionInput>,
  ): Promise<Result<Section, TaxonomyProblem>> {
    const parsed = sectionInput.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const { name, description, position } = parsed.data;
    const slug = parsed.data.slug ?? (slugify(name, language) || 'section');
    const section: Section = { id: newId(), siteId, slug, name, description, position };
    const inserted = await this.insertUnique(slug, () =>
      this.repository.insertSection(section, toTimestamp(this.clock.now())),
    );
    if (!inserted.ok) return inserted;
    await this.events.emit('taxonomy.changed', { siteId });
    return ok(section);
  }

  /** Changes a section's name, slug, description or position; fields left out stay. */
  async updateSection(
    id: string,
    changes: Partial<SectionInput>,
  ): Promise<Result<Section, TaxonomyChangeProblem>> {
    const current = await this.repository.findSectionById(id);
    if (!current) return err({ type: 'not-found' });
    const parsed = sectionInput.safeParse({
      name: current.name,
      slug: current.slug,
      description: current.description,
      position: current.position,
      ...changes,
    });
    if (!parsed.success) return err(invalidInput(parsed.error));
    const section: Section = { ...current, ...parsed.data, slug: parsed.data.slug ?? current.slug };
    const updated = await this.insertUnique(section.slug, () =>
      this.db
        .transaction()
        .execute((trx) =>
          this.repository.with(trx).updateSection(section, toTimestamp(this.clock.now())),
        ),
    );
    if (!updated.ok) return updated;
    await this.events.emit('taxonomy.changed', { siteId: section.siteId });
    return ok(section);
  }

  /** Deletes a section; its articles stay, without a section. */
  async deleteSection(id: string): Promise<Result<Section, { type: 'not-found' }>> {
    const current = await this.repository.findSectionById(id);
    if (!current) return err({ type: 'not-found' });
    await this.db
      .transaction()
      .execute((trx) => this.repository.with(trx).deleteSection(current.id));
    await this.events.emit('section.deleted', { siteId: current.siteId, sectionId: current.id });
    await this.events.emit('taxonomy.changed', { siteId: current.siteId });
    return ok(current);
  }

  async createSeries(
    siteId: string,
    language: string,
    input: z.input<typeof seriesInput>,
  ): Promise<Result<Series, TaxonomyProblem>> {
    const parsed = seriesInput.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const { title, description } = parsed.data;
    const slug = parsed.data.slug ?? (slugify(title, language) || 'series');
    const series: Series = { id: newId(), siteId, slug, title, description };
    const inserted = await this.insertUnique(slug, () =>
      this.repository.insertSeries(series, toTimestamp(this.clock.now())),
    );
    if (!inserted.ok) return inserted;
    await this.events.emit('taxonomy.changed', { siteId });
    return ok(series);
  }

  /** Changes a series' title, slug or description; fields left out stay. */
  async updateSeries(
    id: string,
    changes: Partial<SeriesInput>,
  ): Promise<Result<Series, TaxonomyChangeProblem>> {
    const current = await this.repository.findSeriesById(id);
    if (!current) return err({ type: 'not-found' });
    const parsed = seriesInput.safeParse({
      title: current.title,
      slug: current.slug,
      description: current.description,
      ...changes,
    });
    if (!parsed.success) return err(invalidInput(parsed.error));
    const series: Series = { ...current, ...parsed.data, slug: parsed.data.slug ?? current.slug };
    const updated = await this.insertUnique(series.slug, () =>
      this.db
        .transaction()
        .execute((trx) =>
          this.repository.with(trx).updateSeries(series, toTimestamp(this.clock.now())),
        ),
    );
    if (!updated.ok) return updated;
    await this.events.emit('taxonomy.changed', { siteId: series.siteId });
    return ok(series);
  }

  /** The edition's tag with this name's slug, created if it does not exist yet. */
  async ensureTag(
    siteId: string,
    language: string,
    name: string,
  ): Promise<Result<Tag, TaxonomyProblem>> {
    const found = await this.findOrCreateTag(siteId, language, name);
    return found.ok ? ok(found.value.tag) : found;
  }

  /** Like ensureTag, and says whether the tag is new. */
  async findOrCreateTag(
    siteId: string,
    language: string,
    name: string,
  ): Promise<Result<{ tag: Tag; created: boolean }, TaxonomyProblem>> {
    const parsed = tagName.safeParse(name);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const slug = slugify(parsed.data, language) || `tag-${newId().slice(-8)}`;
    const existing = await this.repository.findTag(siteId, slug);
    if (existing) return ok({ tag: existing, created: false });
    const tag: Tag = { id: newId(), siteId, slug, name: parsed.data, description: '' };
    const inserted = await this.insertUnique(slug, () =>
      this.repository.insertTag(tag, toTimestamp(this.clock.now())),
    );
    if (inserted.ok) return ok({ tag, created: true });
    // Created by someone else in the meantime: theirs is as good as ours.
    const raced = await this.repository.findTag(siteId, slug);
    return raced ? ok({ tag: raced, created: false }) : inserted;
  }

  private async insertUnique(
    slug: string,
    insert: () => Promise<void>,
  ): Promise<Result<true, TaxonomyProblem>> {
    try {
      await insert();
      return ok(true);
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug });
      throw error;
    }
  }
}
