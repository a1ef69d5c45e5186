import {
  type Article,
  type ArticleFieldsInput,
  type Credit,
  RESERVED_ARTICLE_SLUGS,
} from '../../articles/article.ts';
import { slugify } from '../../core/slug.ts';
import { isEditionSlugTaken } from '../../sites/edition-slugs.ts';
import { taskRef } from '../translation.events.ts';
import { contributorsOfUsers } from './desk-reads.ts';
import { abort, articleOrAbort, type DeskWrite } from './desk-writer.ts';
import type { TranslationTask } from './translation-task.ts';

/**
 * Publishes a task's translation inside a desk write whose step already moved the task to
 * 'published' (`before` is the task as it was). Refused while blocks drafted by machine
 * translation wait for a person. The credits are made, not typed: the origin pins the source
 * revision translated, and everyone who handed the translation in is credited as translator
 * (credit-lines.ts turns both into the lines readers see). An update's working copy becomes a
 * new revision of the article, which stays online throughout.
 */
export async function publishTranslation(
  write: DeskWrite,
  before: TranslationTask,
  source: Article,
  actorId: string | null,
): Promise<{ task: TranslationTask; article: Article }> {
  if (!before.targetArticleId) return abort({ type: 'invalid-state', status: before.status });
  const target = await write.articles.repository.findById(before.targetArticleId);
  if (!target || target.deletedAt) return abort({ type: 'not-found', what: 'article' });
  const copy = before.workingCopy;
  const unreviewed = unreviewedBlocks(before, target);
  if (unreviewed.length) abort({ type: 'machine-drafted', blockIds: unreviewed });

  const pin = copy?.sourceRevision ?? before.sourceRevision ?? source.revision;
  const translators = await contributorsOfUsers(write.trx, await write.tasks.submitters(before.id));
  const credits = withTranslators(target.credits, translators);
  const changes: Partial<ArticleFieldsInput> = copy ? { ...copy.fields } : {};
  if (JSON.stringify(credits) !== JSON.stringify(target.credits)) changes.credits = credits;
  if (target.origin.type !== 'translation' || target.origin.sourceRevision !== pin) {
    changes.origin = { type: 'translation', sourceArticleId: source.id, sourceRevision: pin };
  }
  const slug = await translatedSlug(write, before, target, changes.headline ?? target.headline);
  if (slug) changes.slug = slug;

  let article = target;
  if (Object.keys(changes).length) {
    article = articleOrAbort(
      await write.articles.updateArticle(target.id, changes, target.revision, { userId: actorId }),
    );
  }
  if (article.status !== 'published') {
    article = articleOrAbort(await write.articles.publishArticle(article.id, { userId: actorId }));
  }
  const published: Partial<TranslationTask> = {
    status: 'published',
    sourceRevision: pin,
    workingCopy: null,
    doneBlocks: [],
    machineBlocks: [],
    publishedAt: write.now,
    updatedAt: write.now,
  };
  await write.tasks.update(before.id, published);
  const task = { ...before, ...published };
  await write.record(task, 'published', actorId, '', {
    articleId: article.id,
    sourceRevision: pin,
  });
  await write.events.emit('translation.published', {
    task: taskRef(task),
    sourceArticle: source,
    targetArticle: article,
  });
  return { task, article };
}

/** Blocks of the translation drafted by machine translation that no person has reviewed yet. */
export function unreviewedBlocks(task: TranslationTask, target: Article): string[] {
  const body = task.workingCopy?.fields.body ?? target.body;
  return task.machineBlocks.filter((id) => body.some((block) => block.id === id));
}

/** The article's credits with every translator credited once, after those already there. */
function withTranslators(credits: Credit[], translatorIds: string[]): Credit[] {
  const credited = new Set(
    credits.filter((credit) => credit.role === 'translator').map((c) => c.contributorId),
  );
  const added = translatorIds
    .filter((id) => !credited.has(id))
    .map((contributorId) => ({ contributorId, role: 'translator' as const }));
  return [...credits, ...added];
}

/**
 * A slug from the translated headline for a first publication, when the article still has the
 * slug the desk gave it from the source's headline (an editor's own choice is kept).
 */
async function translatedSlug(
  write: DeskWrite,
  task: TranslationTask,
  target: Article,
  headline: string,
): Promise<string | null> {
  if (target.publishedAt) return null;
  const started = (await write.tasks.history(task.id)).find((entry) => entry.kind === 'started');
  if (!started || started.data.slug !== target.slug) return null;
  let base = slugify(headline, target.language) || target.slug;
  if (RESERVED_ARTICLE_SLUGS.has(base)) base = `${base}-article`;
  if (base === target.slug) return null;
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (candidate === target.slug) return null;
    const taken = await isEditionSlugTaken(write.trx, target.siteId, candidate, {
      articleId: target.id,
    });
    if (!taken) return candidate;
  }
  return null;
}
