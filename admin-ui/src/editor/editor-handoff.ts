import type { JSONContent } from '@tiptap/core';
import type { Article } from '../api/types.ts';
import type { ArticleFields } from './article-fields.ts';

/*
 * A new article's first save creates it, and its address becomes #/sites/…/articles/<id>. The
 * editor on screen stays (app.tsx keeps it mounted, undo history and all, while a handoff is
 * pending for the address). Should a fresh editor open the article all the same, the old one
 * hands its state over here, so the writer goes on typing where they were: same text, same
 * unsaved changes, same focus.
 */

export interface HandoffState {
  article: Article;
  fields: ArticleFields;
  sent: ArticleFields;
  savedAt: Date | null;
  /** The id of the element that had focus, and where the caret was in it. */
  focusId: string | null;
  selection: { from: number; to: number } | null;
  /**
   * The body editor's document as it was, empty paragraphs and all, so the caret position
   * means the same in the new editor.
   */
  doc: JSONContent | null;
}

const handoffs = new Map<string, () => HandoffState>();

/** Offers the state of a just-created article to the editor that will open it. */
export function offerHandoff(articleId: string, read: () => HandoffState): void {
  handoffs.set(articleId, read);
}

/** The handed-over state for an article, read now (the old editor may still be on screen). */
export function peekHandoff(articleId: string | null): HandoffState | null {
  const read = articleId ? handoffs.get(articleId) : undefined;
  return read ? read() : null;
}

/** True while the editor that has just created this article has not yet moved to its address. */
export function isHandingOver(articleId: string): boolean {
  return handoffs.has(articleId);
}

export function dropHandoff(articleId: string): void {
  handoffs.delete(articleId);
}
