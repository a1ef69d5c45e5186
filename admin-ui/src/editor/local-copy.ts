import type { ArticleFields } from './article-fields.ts';

/*
 * Unsaved work is copied into localStorage as it is typed, so a crash, a closed tab or a lost
 * connection loses nothing: the next visit offers to bring it back. A copy stays until what it
 * holds has been saved (after a conflict: until it has been merged and saved).
 */

export interface LocalCopy {
  fields: ArticleFields;
  /** The revision the changes were made on; null for an article not created yet. */
  baseRevision: number | null;
  /** When the copy was written (ISO). */
  savedAt: string;
}

const PREFIX = 'tribune.editor.';

/** The key of an article's copy; a new article's copy is kept per edition. */
export function copyKey(articleId: string | null, siteId: string): string {
  return articleId ? `${PREFIX}article.${articleId}` : `${PREFIX}new.${siteId}`;
}

export function readCopy(key: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy === 'object' && copy.fields ? copy : null;
  } catch {
    return null;
  }
}

/** Writes the copy; false when the browser refuses (storage full or disabled). */
export function writeCopy(key: string, copy: LocalCopy): boolean {
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function removeCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to do: storage is disabled, so there is no copy either.
  }
}
