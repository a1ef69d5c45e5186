import type { Executor } from '../../db/database.ts';

/** How far one story has come on one edition (in one language). */
export type VersionState =
  | 'original'
  | 'translation'
  | 'republication'
  | 'outdated'
  | 'task-open'
  | 'task-claimed'
  | 'task-in_review'
  | 'task-approved'
  /** An article exists but is not published, and no task follows it. */
  | 'draft'
  | 'none';

export interface EditionState {
  siteId: string;
  language: string;
  state: VersionState;
  articleId: string | null;
  taskId: string | null;
}

export interface StoryCoverage {
  storyId: string;
  original: {
    articleId: string;
    siteId: string;
    language: string;
    headline: string;
    publishedAt: string;
  };
  /** Every edition in its own language, then any other (edition, language) the story reached. */
  editions: EditionState[];
  /** How many editions have it published (the original included). */
  publishedCount: number;
}

/**
 * The network view for translation managers: for each story first published in the last days,
 * which editions have it (original, translation, republication, a task in some status, an
 * outdated translation) and which do not.
 */
export class NetworkView {
  constructor(private readonly db: Executor) {}

  async recentStories(options: {
    since: string;
    limit: number;
    /** Only this story, however long ago it was published. */
    storyId?: string;
  }): Promise<StoryCoverage[]> {
    let query = this.db
      .selectFrom('articles')
      .select(['id', 'story_id', 'site_id', 'language', 'headline', 'published_at'])
      .where('origin_type', '=', 'original')
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null);
    query = options.storyId
      ? query.where('story_id', '=', options.storyId)
      : query.where('published_at', '>=', options.since);
    const originals = await query.orderBy('published_at', 'desc').limit(options.limit).execute();
    if (originals.length === 0) return [];
    const storyIds = [...new Set(originals.map((row) => row.story_id))];
    const [articles, tasks, sites] = await Promise.all([
      this.db
        .selectFrom('articles')
        .select(['id', 'story_id', 'site_id', 'language', 'status', 'origin_type'])
        .where('story_id', 'in', storyIds)
        .where('deleted_at', 'is', null)
        .execute(),
      this.db
        .selectFrom('translation_tasks')
        .select(['id', 'story_id', 'target_site_id', 'target_language', 'status', 'outdated'])
        .where('story_id', 'in', storyIds)
        .where('status', '<>', 'declined')
        .execute(),
      this.db.selectFrom('sites').select(['id', 'language']).orderBy('position').execute(),
    ]);

    const seenStories = new Set<string>();
    const coverage: StoryCoverage[] = [];
    for (const original of originals) {
      if (seenStories.has(original.story_id)) continue;
      seenStories.add(original.story_id);
      const key = (siteId: string, language: string) => `${siteId}\u0000${language}`;
      const pairs = new Map(sites.map((site) => [key(site.id, site.language), site]));
      const ofStory = articles.filter((row) => row.story_id === original.story_id);
      const tasksOfStory = tasks.filter((row) => row.story_id === original.story_id);
      const extra = [
        ...ofStory.map((row) => ({ siteId: row.site_id, language: row.language })),
        ...tasksOfStory.map((row) => ({
          siteId: row.target_site_id,
          language: row.target_language,
        })),
      ].filter((pair) => !pairs.has(key(pair.siteId, pair.language)));
      const targets = [
        ...sites.map((site) => ({ siteId: site.id, language: site.language })),
        ...new Map(extra.map((pair) => [key(pair.siteId, pair.language), pair])).values(),
      ];
      const editions = targets.map(({ siteId, language }): EditionState => {
        const article = ofStory.find((row) => row.site_id === siteId && row.language === language);
        const task = tasksOfStory.find(
          (row) => row.target_site_id === siteId && row.target_language === language,
        );
        return {
          siteId,
          language,
          articleId: article?.id ?? null,
          taskId: task?.id ?? null,
          state: stateOf(article, task),
        };
      });
      coverage.push({
        storyId: original.story_id,
        original: {
          articleId: original.id,
          siteId: original.site_id,
          language: original.language,
          headline: original.headline,
          publishedAt: original.published_at ?? '',
        },
        editions,
        publishedCount: ofStory.filter((row) => row.status === 'published').length,
      });
    }
    return coverage;
  }
}

function stateOf(
  article: { status: string; origin_type: string } | undefined,
  task: { status: string; outdated: number } | undefined,
): VersionState {
  // A published version counts as such even while an update of it is in work.
  if (article?.status === 'published') {
    if (article.origin_type === 'original') return 'original';
    if (article.origin_type === 'republication') return 'republication';
    return task?.outdated === 1 && task.status === 'published' ? 'outdated' : 'translation';
  }
  if (task && task.status !== 'published') return `task-${task.status}` as VersionState;
  if (article) return 'draft';
  return 'none';
}
