import type { ArticleService } from '../../articles/article.service.ts';
import type { Article, CreateArticleInput, Credit } from '../../articles/article.ts';
import { type Block, type ImageBlock, mediaIdsOf, newBlockId } from '../../articles/blocks.ts';
import type { ContributorService } from '../../contributors/contributor.service.ts';
import { shortId } from '../../core/ids.ts';
import { err, ok, type Result } from '../../core/result.ts';
import { slugify } from '../../core/slug.ts';
import type { Db } from '../../db/database.ts';
import { type MediaText, mediaTextFor } from '../../media/media.ts';
import type { UserService } from '../../users/user.service.ts';
import { draftBody, type ImageTexts, realignBody } from './alignment.ts';
import { contributorOfUser, mediaTexts } from './desk-reads.ts';
import type { DeskProblem } from './desk-writer.ts';
import type { TranslationTask, WorkingCopy } from './translation-task.ts';

/** A new translation's article, prepared before the write that creates it. */
export interface DraftPlan {
  input: CreateArticleInput;
  /** The source revision the draft copies: the pin. */
  sourceRevision: number;
}

/** An update's working copy, prepared before the write that re-opens the task. */
export interface UpdatePlan {
  workingCopy: WorkingCopy;
  doneBlocks: string[];
  changed: string[];
  added: string[];
  removed: string[];
}

/**
 * Prepares what the desk writes when work starts: the draft article (a copy of the source,
 * aligned block by block) or an update's working copy (the published translation re-aligned
 * with the source's current revision). Reads happen here, before the desk's transaction, so the
 * transaction itself only writes.
 */
export class TranslationDrafts {
  constructor(
    private readonly db: Db,
    private readonly articles: ArticleService,
    private readonly contributors: ContributorService,
    private readonly users: UserService,
  ) {}

  /** The draft of a new translation, crediting `userId` as its translator. */
  async draftFor(task: TranslationTask, userId: string): Promise<Result<DraftPlan, DeskProblem>> {
    const source = await this.articles.repository.findById(task.sourceArticleId);
    if (!source || source.deletedAt) return err({ type: 'not-found', what: 'article' });
    const translator = await this.ensureContributor(userId);
    const imageTexts = await this.imageTexts(source, task.targetLanguage);
    const credits: Credit[] = source.credits.filter((credit) => credit.role !== 'translator');
    if (translator) credits.push({ contributorId: translator, role: 'translator' });
    return ok({
      sourceRevision: source.revision,
      input: {
        siteId: task.targetSiteId,
        storyId: source.storyId,
        language: task.targetLanguage,
        kicker: source.kicker,
        headline: source.headline,
        dek: source.dek,
        body: draftBody(source.body, newBlockId, imageTexts),
        leadMediaId: source.leadMediaId,
        credits,
        origin: {
          type: 'translation',
          sourceArticleId: source.id,
          sourceRevision: source.revision,
        },
        socialTitle: source.socialTitle,
        socialDescription: source.socialDescription,
      },
    });
  }

  /** The working copy of an update: the published translation aligned with the current source. */
  async updateFor(task: TranslationTask): Promise<Result<UpdatePlan, DeskProblem>> {
    const source = await this.articles.repository.findById(task.sourceArticleId);
    const target = task.targetArticleId
      ? await this.articles.repository.findById(task.targetArticleId)
      : undefined;
    if (!source || !target) return err({ type: 'not-found', what: 'article' });
    const pinned = (await this.articles.repository.revisions(source.id)).find(
      (revision) => revision.number === task.sourceRevision,
    );
    const imageTexts = await this.imageTexts(source, task.targetLanguage);
    const realigned = realignBody(
      target.body,
      pinned?.snapshot.body ?? [],
      source.body,
      newBlockId,
      imageTexts,
    );
    const needsWork = new Set([...realigned.changed, ...realigned.added]);
    return ok({
      workingCopy: {
        sourceRevision: source.revision,
        version: 1,
        outdatedBefore: task.outdated,
        fields: {
          kicker: target.kicker,
          headline: target.headline,
          dek: target.dek,
          body: realigned.body,
          socialTitle: target.socialTitle,
          socialDescription: target.socialDescription,
        },
      },
      doneBlocks: realigned.body.map((block) => block.id).filter((id) => !needsWork.has(id)),
      changed: realigned.changed,
      added: realigned.added,
      removed: realigned.removed,
    });
  }

  /** The contributor a user is credited as; made (and linked) from their account if missing. */
  async ensureContributor(userId: string): Promise<string | null> {
    const existing = await contributorOfUser(this.db, userId);
    if (existing) return existing;
    const user = await this.users.repository.findById(userId);
    if (!user) return null;
    for (const slug of [undefined, `${slugify(user.name) || 'translator'}-${shortId(6)}`]) {
      const made = await this.contributors.createContributor({
        kind: 'person',
        name: user.name,
        userId: user.id,
        ...(slug ? { slug } : {}),
      });
      if (made.ok) return made.value.id;
    }
    return null;
  }

  /**
   * Image texts of a new or re-aligned block: none of its own where the media has texts in the
   * target language (the page shows those), else the source's, to be translated.
   */
  private async imageTexts(source: Article, targetLanguage: string): Promise<ImageTexts> {
    const texts = await mediaTexts(this.db, mediaIdsOf(source.body));
    return (block: ImageBlock) => {
      const own = texts.get(block.mediaId) ?? {};
      if (hasLanguage(own, targetLanguage)) return { caption: null, alt: null };
      const fallback = mediaTextFor({ texts: own }, source.language);
      return {
        caption: block.caption ?? (fallback.caption || null),
        alt: block.alt ?? (fallback.alt || null),
      };
    };
  }
}

function hasLanguage(texts: Record<string, MediaText>, language: string): boolean {
  const base = language.split('-')[0] ?? language;
  return texts[language] !== undefined || texts[base] !== undefined;
}

/** Body blocks by id, for finding the blocks marks and comments name. */
export function blockIdsOf(body: Block[]): Set<string> {
  return new Set(body.map((block) => block.id));
}
