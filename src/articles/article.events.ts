import type { Article } from './article.ts';
import type { ChangeKind } from './change-kind.ts';
import type { Correction } from './correction.repository.ts';

/** What kind of change a save of a published article is (see change-kind.ts). */
export type { ChangeKind };

declare module '../core/events.ts' {
  interface TribuneEvents {
    'article.created': { article: Article };
    'article.updated': { article: Article; previousRevision: number; changeKind: ChangeKind };
    /** After 'article.updated' of a correction; the note readers see, if one was written. */
    'article.corrected': { article: Article; correction: Correction | null };
    'article.published': { article: Article };
    'article.scheduled': { article: Article };
    'article.unpublished': { article: Article };
    'article.submitted': { article: Article };
    'article.trashed': { article: Article };
    'article.restored': { article: Article };
  }
}
