import type { Clock } from '../core/clock.ts';
import { toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import { type Site, type SiteInput, siteInputSchema, siteSettingsSchema } from './site.ts';
import './site.events.ts';
import '../taxonomy/taxonomy.events.ts';
import { SiteRepository } from './site.repository.ts';

export type SiteProblem =
  | InvalidInput
  | { type: 'slug-taken'; slug: string }
  | { type: 'address-taken'; host: string; basePath: string };

/** Creating and changing editions. */
export class SiteService {
  private readonly sites: SiteRepository;

  constructor(
    db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.sites = new SiteRepository(db);
    // A deleted section leaves the navigation too, so no menu entry points at nothing.
    events.on('section.deleted', ({ siteId, sectionId }) =>
      this.dropSectionFromNavigation(siteId, sectionId),
    );
  }

  private async dropSectionFromNavigation(siteId: string, sectionId: string): Promise<void> {
    const site = await this.sites.findById(siteId);
    if (!site) return;
    const navigation = site.navigation.filter(
      (item) => !(item.kind === 'section' && item.sectionId === sectionId),
    );
    if (navigation.length !== site.navigation.length) await this.setNavigation(siteId, navigation);
  }

  /** Creates an edition; its slug and its address (host + base path) must be free. */
  async createSite(input: SiteInput): Promise<Result<Site, SiteProblem>> {
    const parsed = siteInputSchema.safeParse(input);
    if (!parsed.success) {
      return err(invalidInput(parsed.error));
    }
    const data = parsed.data;
    if (await this.sites.findBySlug(data.slug)) return err({ type: 'slug-taken', slug: data.slug });
    if (await this.sites.findByAddress(data.host, data.basePath)) {
      return err({ type: 'address-taken', host: data.host, basePath: data.basePath });
    }
    const now = toTimestamp(this.clock.now());
    const site: Site = {
      id: newId(),
      ...data,
      settings: siteSettingsSchema.parse(data.settings),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.sites.insert(site);
    } catch (error) {
      // Two creations racing past the checks above: the database decides.
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug: data.slug });
      throw error;
    }
    await this.events.emit('site.created', { site });
    return ok(site);
  }

  /** Changes an edition's fields; settings are merged with the current ones. */
  async updateSite(
    id: string,
    changes: Partial<SiteInput>,
  ): Promise<Result<Site, SiteProblem | { type: 'not-found' }>> {
    const current = await this.sites.findById(id);
    if (!current) return err({ type: 'not-found' });
    const parsed = siteInputSchema.safeParse({
      slug: current.slug,
      name: current.name,
      language: current.language,
      country: current.country,
      timezone: current.timezone,
      tagline: current.tagline,
      host: current.host,
      basePath: current.basePath,
      socialLinks: current.socialLinks,
      navigation: current.navigation,
      position: current.position,
      ...changes,
      settings: { ...current.settings, ...(changes.settings ?? {}) },
    });
    if (!parsed.success) return err(invalidInput(parsed.error));
    const data = parsed.data;
    const bySlug = await this.sites.findBySlug(data.slug);
    if (bySlug && bySlug.id !== id) return err({ type: 'slug-taken', slug: data.slug });
    const byAddress = await this.sites.findByAddress(data.host, data.basePath);
    if (byAddress && byAddress.id !== id) {
      return err({ type: 'address-taken', host: data.host, basePath: data.basePath });
    }
    const site: Site = {
      ...current,
      ...data,
      settings: siteSettingsSchema.parse(data.settings),
      updatedAt: toTimestamp(this.clock.now()),
    };
    try {
      await this.sites.update(site);
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug: data.slug });
      throw error;
    }
    await this.events.emit('site.updated', { site });
    return ok(site);
  }

  /** Replaces an edition's navigation (after its sections exist). */
  async setNavigation(siteId: string, navigation: Site['navigation']): Promise<Site | undefined> {
    const site = await this.sites.findById(siteId);
    if (!site) return undefined;
    const updated: Site = { ...site, navigation, updatedAt: toTimestamp(this.clock.now()) };
    await this.sites.update(updated);
    await this.events.emit('site.updated', { site: updated });
    return updated;
  }

  list(): Promise<Site[]> {
    return this.sites.list();
  }

  findBySlug(slug: string): Promise<Site | undefined> {
    return this.sites.findBySlug(slug);
  }

  findById(id: string): Promise<Site | undefined> {
    return this.sites.findById(id);
  }
}
