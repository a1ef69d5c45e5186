/*
 * The Admin API's answers for republication, source updates, the glossary and machine
 * translation (see /api/admin/v1/openapi.json, tags Republication, Glossary, Machine translation).
 */
import type { ArticleStatus, RevisionDiff } from '../api/types.ts';

/** What kind of change a save of a published article is (src/articles/change-kind.ts). */
export type ChangeKind = 'edit' | 'typo' | 'correction';

/** A text first published outside the network, republished with permission. */
export interface OutsideSource {
  kind: 'outside';
  publication: string;
  url: string;
  language: string;
  /** 'YYYY-MM-DD' */
  publishedOn: string;
  permission: string;
}

/** A copy of a sister article: what it was made from. */
export interface ArticleSource {
  kind: 'article';
  articleId: string;
  sourceRevision: number;
}

/** A copy of an article on another edition (`GET /articles/:id/copies`). */
export interface ArticleCopy {
  id: string;
  siteId: string;
  slug: string;
  status: ArticleStatus;
  headline: string;
  sourceRevision: number;
}

/** How a copy stands against its original (`GET /sites/:siteId/source-updates`). */
export interface SourceUpdate {
  articleId: string;
  siteId: string;
  headline: string;
  source: { id: string; siteId: string; slug: string; headline: string; status: ArticleStatus };
  state: 'up-to-date' | 'available' | 'dismissed';
  pinnedRevision: number;
  currentRevision: number;
  dismissedRevision: number | null;
  changeKind: ChangeKind;
  /** Only typo fixes since the copy was made: worth applying, not worth an alert. */
  minor: boolean;
  revisions: { number: number; changeKind: ChangeKind; createdAt: string }[];
  corrections: { note: string; language: string; createdAt: string }[];
}

/** One copy's update with what applying it would change (`GET /articles/:id/source-update`). */
export interface SourceUpdateDetail extends SourceUpdate {
  diff: Omit<RevisionDiff, 'from' | 'to'>;
  /** The copy's editors changed its text since it was taken: applying undoes their changes. */
  overwritesLocalEdits: boolean;
}

/** An agreed translation of a term between two languages, for the whole network. */
export interface GlossaryTerm {
  id: string;
  sourceLanguage: string;
  targetLanguage: string;
  sourceTerm: string;
  targetTerm: string;
  note: string;
  caseSensitive: boolean;
  doNotTranslate: boolean;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Whether machine translation is on (`GET /machine-translation`). */
export interface MachineTranslationStatus {
  enabled: boolean;
  provider?: string;
  /** Null when the service could not say which (see languagesError). */
  languages?: { code: string; name: string }[] | null;
  languagesError?: string;
}
