import type { Article } from '../articles/article.ts';
import type { HistoryKind, TranslationTask } from './desk/translation-task.ts';

/**
 * A translation task as its events name it: which article is translated, for which edition and
 * language, and the translation once it exists. The translation desk emits these; webhooks
 * and notifications subscribe.
 */
export interface TranslationTaskRef {
  id: string;
  sourceArticleId: string;
  /** The edition that publishes the translation. */
  targetSiteId: string;
  /** BCP 47 */
  targetLanguage: string;
  /** Null until the translation's article is created. */
  targetArticleId: string | null;
}

declare module '../core/events.ts' {
  interface TribuneEvents {
    /** Someone asked for an article to be translated for an edition. */
    'translation.requested': { task: TranslationTaskRef; sourceArticle: Article };
    /** The translation was published on its edition. */
    'translation.published': {
      task: TranslationTaskRef;
      sourceArticle: Article;
      targetArticle: Article;
    };
    /** The source changed after the revision the published translation was made from. */
    'translation.outdated': {
      task: TranslationTaskRef;
      sourceArticle: Article;
      targetArticle: Article;
      /** The source's revision the translation was made from, and its current one. */
      translatedRevision: number;
      currentRevision: number;
    };
    /**
     * A step of a task on the translation desk (its history entry), after it committed: what
     * notifications follow. `task` is as the step left it.
     */
    'translation.task.changed': {
      task: TranslationTask;
      kind: HistoryKind;
      actorId: string | null;
      note: string;
    };
  }
}

/** The reference events carry for a task. */
export function taskRef(task: TranslationTaskRef): TranslationTaskRef {
  return {
    id: task.id,
    sourceArticleId: task.sourceArticleId,
    targetSiteId: task.targetSiteId,
    targetLanguage: task.targetLanguage,
    targetArticleId: task.targetArticleId,
  };
}
