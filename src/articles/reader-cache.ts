import type { Clock } from '../core/clock.ts';
import type { EventBus } from '../core/events.ts';
import type { Executor } from '../db/database.ts';
import type { MediaRowWithTexts } from '../media/image-ref.ts';
import type { Section, Series } from '../taxonomy/taxonomy.ts';
import '../contributors/contributor.events.ts';
import '../media/media.events.ts';
import '../taxonomy/taxonomy.events.ts';

/** A contributor as reader pages show them: byline, author box, JSON-LD. */
export interface ReaderContributor {
  id: string;
  slug: string;
  kind: 'person' | 'organisation';
  name: string;
  links: { label: string; url: string }[];
  photoMediaId: string | null;
  /** Every profile by language, in the order of the language tags. */
  profiles: Record<string, { name: string | null; title: string; bio: string }>;
}

/** The sections and series of one edition, in the order pages list them. */
export interface EditionTaxonomy {
  /** By position, then name. */
  sections: Section[];
  /** By title. */
  series: Series[];
}

/** Every edition's sections and series by id. */
export interface TaxonomyIndex {
  sections: Map<string, Section>;
  series: Map<string, Series>;
}

const EMPTY_TAXONOMY: EditionTaxonomy = { sections: [], series: [] };

/** The most contributors or images kept; past it the map starts again (it refills on demand). */
const MAX_ENTRIES = 20_000;

export interface ReaderCacheOptions {
  /** How old the last look at other processes' changes may be before a page uses the data. */
  maxAgeMs?: number;
  clock?: Clock;
}

/**
 * What reader pages read on every request and editors seldom change, kept in memory: each
 * edition's sections and series, the contributors credited (names, profiles, links, photo) and
 * images (size, credit, texts in every language).
 *
 * A change made in this process drops what it changed at once, through the domain event that
 * follows it. A change made by another process (`tribune serve --workers`, a second server,
 * the CLI) cannot reach it: before the data is used, when the last look is older than
 * `maxAgeMs` (1 s), one query reads each table's latest `updated_at` and row count, and what
 * moved is dropped. So another process's change shows on pages within a second.
 *
 * Made without an event bus, it is a cache for one view's reads (tests, one-off callers).
 */
export class ReaderCache {
  private taxonomyLoaded: LoadedTaxonomy | null = null;
  private taxonomyLoading: Promise<LoadedTaxonomy> | null = null;
  private readonly contributorsById = new Map<string, ReaderContributor>();
  private readonly mediaById = new Map<string, MediaRowWithTexts>();
  /** Bumped by every drop: a read that started before a drop does not store what it read. */
  private generation = 0;
  private versions: Versions | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | null = null;
  private readonly watching: boolean;
  private readonly maxAgeMs: number;
  private readonly clock: Clock | null;

  constructor(
    private readonly db: Executor,
    events?: EventBus,
    options: ReaderCacheOptions = {},
  ) {
    this.watching = events !== undefined;
    this.maxAgeMs = options.maxAgeMs ?? 1000;
    this.clock = options.clock ?? null;
    events?.on('taxonomy.changed', () => this.dropTaxonomy());
    events?.on('section.deleted', () => this.dropTaxonomy());
    events?.on('contributor.updated', ({ contributor }) => {
      this.generation++;
      this.contributorsById.delete(contributor.id);
    });
    events?.on('media.updated', ({ media }) => {
      this.generation++;
      this.mediaById.delete(media.id);
    });
  }

  /** The sections and series of an edition. */
  async taxonomy(siteId: string): Promise<EditionTaxonomy> {
    return (await this.allTaxonomy()).byEdition.get(siteId) ?? EMPTY_TAXONOMY;
  }

  /** Every edition's sections and series by id, to name an article's. */
  async taxonomyIndex(): Promise<TaxonomyIndex> {
    return (await this.allTaxonomy()).index;
  }

  private async allTaxonomy(): Promise<LoadedTaxonomy> {
    await this.checkOtherProcesses();
    if (this.taxonomyLoaded) return this.taxonomyLoaded;
    if (!this.taxonomyLoading) {
      const loading = this.loadTaxonomy();
      this.taxonomyLoading = loading;
      // A failed read is tried again by the next page, not kept.
      loading.catch(() => {
        if (this.taxonomyLoading === loading) this.taxonomyLoading = null;
      });
    }
    return this.taxonomyLoading;
  }

  /** The contributors among `ids` (those that exist). */
  async contributors(ids: Iterable<string>): Promise<Map<string, ReaderContributor>> {
    await this.checkOtherProcesses();
    return this.fill(this.contributorsById, ids, (missing) => this.loadContributors(missing));
  }

  /** The images among `ids`, with their texts in every language. */
  async media(ids: Iterable<string | null | undefined>): Promise<Map<string, MediaRowWithTexts>> {
    await this.checkOtherProcesses();
    const wanted = [...ids].filter((id): id is string => !!id);
    return this.fill(this.mediaById, wanted, (missing) => this.loadMedia(missing));
  }

  private dropTaxonomy(): void {
    this.generation++;
    this.taxonomyLoaded = null;
    this.taxonomyLoading = null;
  }

  /** The entries of `ids` from `cache`, reading the missing ones in one go. */
  private async fill<T>(
    cache: Map<string, T>,
    ids: Iterable<string>,
    load: (ids: string[]) => Promise<Map<string, T>>,
  ): Promise<Map<string, T>> {
    const found = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      if (found.has(id)) continue;
      const entry = cache.get(id);
      if (entry) found.set(id, entry);
      else if (!missing.includes(id)) missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = this.generation;
    const loaded = await load(missing);
    const keep = generation === this.generation;
    if (keep && cache.size + loaded.size > MAX_ENTRIES) cache.clear();
    for (const [id, entry] of loaded) {
      found.set(id, entry);
      if (keep) cache.set(id, entry);
    }
    return found;
  }

  private async loadTaxonomy(): Promise<LoadedTaxonomy> {
    const generation = this.generation;
    const [sections, series] = await Promise.all([
      this.db
        .selectFrom('sections')
        .select(['id', 'site_id', 'slug', 'name', 'description', 'position'])
        .orderBy('position')
        .orderBy('name')
        .execute(),
      this.db
        .selectFrom('series')
        .select(['id', 'site_id', 'slug', 'title', 'description'])
        .orderBy('title')
        .orderBy('id')
        .execute(),
    ]);
    const all = new Map<string, EditionTaxonomy>();
    const index: TaxonomyIndex = { sections: new Map(), series: new Map() };
    const of = (siteId: string) => {
      let entry = all.get(siteId);
      if (!entry) {
        entry = { sections: [], series: [] };
        all.set(siteId, entry);
      }
      return entry;
    };
    for (const row of sections) {
      const section: Section = {
        id: row.id,
        siteId: row.site_id,
        slug: row.slug,
        name: row.name,
        description: row.description,
        position: row.position,
      };
      of(row.site_id).sections.push(section);
      index.sections.set(section.id, section);
    }
    for (const row of series) {
      const entry: Series = {
        id: row.id,
        siteId: row.site_id,
        slug: row.slug,
        title: row.title,
        description: row.description,
      };
      of(row.site_id).series.push(entry);
      index.series.set(entry.id, entry);
    }
    const loaded = { byEdition: all, index };
    if (generation === this.generation) this.taxonomyLoaded = loaded;
    return loaded;
  }

  private async loadContributors(ids: string[]): Promise<Map<string, ReaderContributor>> {
    const [rows, profiles] = await Promise.all([
      this.db
        .selectFrom('contributors')
        .select(['id', 'slug', 'kind', 'name', 'links', 'photo_media_id'])
        .where('id', 'in', ids)
        .execute(),
      this.db
        .selectFrom('contributor_profiles')
        .select(['contributor_id', 'language', 'name', 'title', 'bio'])
        .where('contributor_id', 'in', ids)
        .orderBy('contributor_id')
        .orderBy('language')
        .execute(),
    ]);
    const loaded = new Map<string, ReaderContributor>();
    for (const row of rows) {
      let links: { label: string; url: string }[] = [];
      try {
        links = JSON.parse(row.links);
      } catch {
        links = [];
      }
      loaded.set(row.id, {
        id: row.id,
        slug: row.slug,
        kind: row.kind === 'organisation' ? 'organisation' : 'person',
        name: row.name,
        links,
        photoMediaId: row.photo_media_id,
        profiles: {},
      });
    }
    for (const profile of profiles) {
      const contributor = loaded.get(profile.contributor_id);
      if (contributor)
        contributor.profiles[profile.language] = {
          name: profile.name,
          title: profile.title,
          bio: profile.bio,
        };
    }
    return loaded;
  }

  private async loadMedia(ids: string[]): Promise<Map<string, MediaRowWithTexts>> {
    const [rows, texts] = await Promise.all([
      this.db
        .selectFrom('media')
        .select(['id', 'width', 'height', 'mime_type', 'credit'])
        .where('id', 'in', ids)
        .execute(),
      this.db
        .selectFrom('media_texts')
        .select(['media_id', 'language', 'alt', 'caption'])
        .where('media_id', 'in', ids)
        .orderBy('media_id')
        .orderBy('language')
        .execute(),
    ]);
    const loaded = new Map<string, MediaRowWithTexts>(
      rows.map((row) => [row.id, { ...row, texts: {} }]),
    );
    for (const text of texts) {
      const media = loaded.get(text.media_id);
      if (media) media.texts[text.language] = { alt: text.alt, caption: text.caption };
    }
    return loaded;
  }

  /** Drops what another process changed, when the last look is older than `maxAgeMs`. */
  private async checkOtherProcesses(): Promise<void> {
    // Without events it serves one view's reads and is then dropped: nothing to look for.
    if (!this.watching) return;
    const now = this.clock ? this.clock.now().getTime() : Date.now();
    if (now - this.checkedAt < this.maxAgeMs) return;
    this.checking ??= this.readVersions()
      .then((versions) => {
        const before = this.versions;
        if (before && versions.taxonomy !== before.taxonomy) this.dropTaxonomy();
        if (before && versions.contributors !== before.contributors) {
          this.generation++;
          this.contributorsById.clear();
        }
        if (before && versions.media !== before.media) {
          this.generation++;
          this.mediaById.clear();
        }
        this.versions = versions;
        this.checkedAt = now;
      })
      .finally(() => {
        this.checking = null;
      });
    await this.checking;
  }

  /** Each table's latest change and size: any write, insert or delete moves one of them. */
  private async readVersions(): Promise<Versions> {
    const row = await this.db
      .selectNoFrom((eb) => [
        eb
          .selectFrom('sections')
          .select((t) => t.fn.max('updated_at').as('v'))
          .as('sections_at'),
        eb
          .selectFrom('sections')
          .select((t) => t.fn.countAll().as('v'))
          .as('sections_count'),
        eb
          .selectFrom('series')
          .select((t) => t.fn.max('updated_at').as('v'))
          .as('series_at'),
        eb
          .selectFrom('series')
          .select((t) => t.fn.countAll().as('v'))
          .as('series_count'),
        eb
          .selectFrom('contributors')
          .select((t) => t.fn.max('updated_at').as('v'))
          .as('contributors_at'),
        eb
          .selectFrom('contributors')
          .select((t) => t.fn.countAll().as('v'))
          .as('contributors_count'),
        eb
          .selectFrom('media')
          .select((t) => t.fn.max('updated_at').as('v'))
          .as('media_at'),
        eb
          .selectFrom('media')
          .select((t) => t.fn.countAll().as('v'))
          .as('media_count'),
      ])
      .executeTakeFirstOrThrow();
    return {
      taxonomy: `${row.sections_at}#${row.sections_count}|${row.series_at}#${row.series_count}`,
      contributors: `${row.contributors_at}#${row.contributors_count}`,
      media: `${row.media_at}#${row.media_count}`,
    };
  }
}

interface LoadedTaxonomy {
  byEdition: Map<string, EditionTaxonomy>;
  index: TaxonomyIndex;
}

interface Versions {
  taxonomy: string;
  contributors: string;
  media: string;
}
