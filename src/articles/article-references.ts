import { type FieldIssue, issue } from '../core/validation.ts';
import type { Executor } from '../db/database.ts';

/** The references of an article to check before it is written. */
export interface ArticleReferences {
  siteId: string;
  sectionId: string | null;
  seriesId: string | null;
  tagIds: string[];
  leadMediaId: string | null;
  mediaIds: string[];
  contributorIds: string[];
}

/**
 * Checks that an article's section, series and tags belong to its edition and that its media
 * and contributors exist. A read across features' tables, like a view: it only reads.
 */
export async function checkArticleReferences(
  db: Executor,
  refs: ArticleReferences,
): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const [section, series, tags, media, contributors] = await Promise.all([
    refs.sectionId
      ? db
          .selectFrom('sections')
          .select('id')
          .where('id', '=', refs.sectionId)
          .where('site_id', '=', refs.siteId)
          .executeTakeFirst()
      : undefined,
    refs.seriesId
      ? db
          .selectFrom('series')
          .select('id')
          .where('id', '=', refs.seriesId)
          .where('site_id', '=', refs.siteId)
          .executeTakeFirst()
      : undefined,
    refs.tagIds.length
      ? db
          .selectFrom('tags')
          .select('id')
          .where('id', 'in', refs.tagIds)
          .where('site_id', '=', refs.siteId)
          .execute()
      : [],
    refs.mediaIds.length || refs.leadMediaId
      ? db
          .selectFrom('media')
          .select('id')
          .where('id', 'in', [...refs.mediaIds, ...(refs.leadMediaId ? [refs.leadMediaId] : [])])
          .execute()
      : [],
    refs.contributorIds.length
      ? db.selectFrom('contributors').select('id').where('id', 'in', refs.contributorIds).execute()
      : [],
  ]);
  if (refs.sectionId && !section) {
    issues.push(issue('sectionId', 'issue.notSectionOfEdition'));
  }
  if (refs.seriesId && !series) {
    issues.push(issue('seriesId', 'issue.notSeriesOfEdition'));
  }
  const tagSet = new Set(tags.map((row) => row.id));
  refs.tagIds.forEach((id, index) => {
    if (!tagSet.has(id)) issues.push(issue(`tagIds.${index}`, 'issue.notTagOfEdition'));
  });
  const mediaSet = new Set(media.map((row) => row.id));
  if (refs.leadMediaId && !mediaSet.has(refs.leadMediaId)) {
    issues.push(issue('leadMediaId', 'issue.notInMediaLibrary'));
  }
  for (const id of refs.mediaIds) {
    if (!mediaSet.has(id)) issues.push(issue('body', 'issue.missingMedia', { id }));
  }
  const contributorSet = new Set(contributors.map((row) => row.id));
  refs.contributorIds.forEach((id, index) => {
    if (!contributorSet.has(id)) {
      issues.push(issue(`credits.${index}.contributorId`, 'issue.notContributor'));
    }
  });
  return issues;
}
