import { type Clock, toTimestamp } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import { newId } from '../core/ids.ts';
import { canonicalLanguageTag } from '../core/locale.ts';
import { err, ok, type Result } from '../core/result.ts';
import { slugify } from '../core/slug.ts';
import { type InvalidInput, invalidInput } from '../core/validation.ts';
import type { Db } from '../db/database.ts';
import { isUniqueViolation } from '../db/dialect.ts';
import './contributor.events.ts';
import { ContributorRepository } from './contributor.repository.ts';
import { type Contributor, type ContributorInput, contributorInputSchema } from './contributor.ts';

export type ContributorProblem = InvalidInput | { type: 'slug-taken'; slug: string };

/** Profiles keyed by canonical language tags ('es-pe' → 'es-PE'). */
function canonicalProfiles(profiles: Contributor['profiles']): Contributor['profiles'] {
  const canonical: Contributor['profiles'] = {};
  for (const [language, profile] of Object.entries(profiles)) {
    canonical[canonicalLanguageTag(language) ?? language] = profile;
  }
  return canonical;
}

/** The network's shared roster of people and organisations who are credited. */
export class ContributorService {
  readonly repository: ContributorRepository;

  constructor(
    private readonly db: Db,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {
    this.repository = new ContributorRepository(db);
  }

  async createContributor(
    input: ContributorInput,
  ): Promise<Result<Contributor, ContributorProblem>> {
    const parsed = contributorInputSchema.safeParse(input);
    if (!parsed.success) return err(invalidInput(parsed.error));
    const data = parsed.data;
    const slug = data.slug ?? (slugify(data.name) || `contributor-${newId().slice(-8)}`);
    const now = toTimestamp(this.clock.now());
    const profiles = canonicalProfiles(data.profiles);
    const contributor: Contributor = {
      id: newId(),
      kind: data.kind,
      slug,
      name: data.name,
      email: data.email,
      photoMediaId: data.photoMediaId,
      links: data.links,
      userId: data.userId,
      profiles,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.db.transaction().execute((trx) => this.repository.with(trx).insert(contributor));
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug });
      throw error;
    }
    return ok(contributor);
  }

  /**
   * Changes a contributor: fields left out stay as they are; `profiles`, when given, replaces
   * every profile. One transaction for the row and its profiles.
   */
  async updateContributor(
    id: string,
    changes: Partial<ContributorInput>,
  ): Promise<Result<Contributor, ContributorProblem | { type: 'not-found' }>> {
    const current = await this.repository.findById(id);
    if (!current) return err({ type: 'not-found' });
    const parsed = contributorInputSchema.safeParse({
      kind: current.kind,
      name: current.name,
      slug: current.slug,
      email: current.email,
      photoMediaId: current.photoMediaId,
      links: current.links,
      userId: current.userId,
      profiles: current.profiles,
      ...changes,
    });
    if (!parsed.success) return err(invalidInput(parsed.error));
    const data = parsed.data;
    const contributor: Contributor = {
      ...current,
      kind: data.kind,
      slug: data.slug ?? current.slug,
      name: data.name,
      email: data.email,
      photoMediaId: data.photoMediaId,
      links: data.links,
      userId: data.userId,
      profiles: canonicalProfiles(data.profiles),
      updatedAt: toTimestamp(this.clock.now()),
    };
    try {
      await this.db.transaction().execute(async (trx) => {
        const contributors = this.repository.with(trx);
        await contributors.update(contributor);
        await contributors.replaceProfiles(contributor.id, contributor.profiles);
      });
    } catch (error) {
      if (isUniqueViolation(error)) return err({ type: 'slug-taken', slug: contributor.slug });
      throw error;
    }
    await this.events.emit('contributor.updated', { contributor });
    return ok(contributor);
  }

  async setPhoto(contributorId: string, mediaId: string | null): Promise<void> {
    await this.repository.setPhoto(contributorId, mediaId, toTimestamp(this.clock.now()));
  }
}
