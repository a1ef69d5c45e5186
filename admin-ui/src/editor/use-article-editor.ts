import type { JSONContent } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { Article } from '../api/types.ts';
import { navigate } from '../router.tsx';
import { type FieldErrors, fieldErrorsOf, isArticle, revisionFields } from './article-api.ts';
import {
  type ArticleFields,
  EMPTY_FIELDS,
  fieldsOf,
  payloadOf,
  sameFields,
} from './article-fields.ts';
import { dropHandoff, type HandoffState, offerHandoff, peekHandoff } from './editor-handoff.ts';
import { copyKey, type LocalCopy, readCopy, removeCopy, writeCopy } from './local-copy.ts';

/*
 * The state of one article in the editor: what the server has (the article and the fields last
 * saved), what the user sees (the fields), and everything between: saving, autosave, the local
 * copy of unsaved work, and what happens when someone else saved first.
 */

/** How long after the last change a draft saves itself. */
export const AUTOSAVE_DELAY_MS = 2500;
/** How long to wait before trying again when the server could not be reached. */
const RETRY_DELAY_MS = 15_000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'needs-headline' }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'offline' }
  | { kind: 'conflict' };

export interface Conflict {
  /** The other person's saved version. */
  theirs: Article;
  /** The version both started from, when known: it tells who changed what. */
  base: ArticleFields | null;
}

/** The body editor as it stands: its document, and the caret when it has the focus. */
export interface BodySnapshot {
  doc: JSONContent;
  selection: { from: number; to: number } | null;
}

/**
 * What a save of a published article says it is: an ordinary edit, a typo fix (nobody is
 * alerted) or a correction with a note for readers. Chosen in the editor, sent with the next
 * save, then back to an ordinary edit.
 */
export interface SaveKind {
  changeKind: 'edit' | 'typo' | 'correction';
  correctionNote: string;
}
export const ORDINARY_EDIT: SaveKind = { changeKind: 'edit', correctionNote: '' };

export function useArticleEditor(options: {
  articleId: string | null;
  siteId: string;
  /** Where the caret is, for handing over to the editor of a just-created article. */
  body: () => BodySnapshot | null;
}) {
  const { articleId, siteId } = options;
  const handoff = useMemo(() => peekHandoff(articleId), [articleId]);
  const [article, setArticle] = useState<Article | null>(handoff?.article ?? null);
  const [fields, setFieldsState] = useState<ArticleFields>(handoff?.fields ?? EMPTY_FIELDS);
  const [sent, setSent] = useState<ArticleFields>(handoff?.sent ?? EMPTY_FIELDS);
  const [loading, setLoading] = useState(articleId !== null && handoff === null);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [status, setStatus] = useState<SaveState>(
    handoff?.savedAt ? { kind: 'saved', at: handoff.savedAt } : { kind: 'idle' },
  );
  const [savedAt, setSavedAt] = useState<Date | null>(handoff?.savedAt ?? null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflictState] = useState<Conflict | null>(null);
  const [saveKind, setSaveKindState] = useState<SaveKind>(ORDINARY_EDIT);
  const [offeredCopy, setOfferedCopy] = useState<LocalCopy | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  // The local copy is neither written nor removed before it has been looked at (and offered).
  const [copyChecked, setCopyChecked] = useState(false);

  // The latest values, for saves and timers that outlive a render.
  const fieldsRef = useRef(fields);
  const sentRef = useRef(sent);
  const articleRef = useRef(article);
  const baseRevision = useRef<number | null>(handoff?.article.revision ?? null);
  const conflictRef = useRef<Conflict | null>(null);
  const keyRef = useRef(copyKey(articleId, siteId));
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  const savingCount = useRef(0);
  const savedAtRef = useRef(savedAt);
  const offeredRef = useRef(offeredCopy);
  offeredRef.current = offeredCopy;
  const bodyRef = useRef(options.body);
  bodyRef.current = options.body;
  const saveKindRef = useRef(saveKind);

  const setFields = useCallback((next: ArticleFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);
  const setSentFields = useCallback((next: ArticleFields) => {
    sentRef.current = next;
    setSent(next);
  }, []);
  const setSaveKind = useCallback((next: SaveKind) => {
    saveKindRef.current = next;
    setSaveKindState(next);
  }, []);
  const setConflict = useCallback((next: Conflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);
  const adopt = useCallback((next: Article) => {
    articleRef.current = next;
    baseRevision.current = next.revision;
    setArticle(next);
  }, []);

  /** Changes one field, as the user typed it. */
  const setField = useCallback(
    <K extends keyof ArticleFields>(name: K, value: ArticleFields[K]) => {
      setFields({ ...fieldsRef.current, [name]: value });
    },
    [setFields],
  );

  /** Replaces everything with a saved version (after restoring a revision, say). */
  const replaceWith = useCallback(
    (next: Article) => {
      adopt(next);
      setFields(fieldsOf(next));
      setSentFields(fieldsOf(next));
    },
    [adopt, setFields, setSentFields],
  );

  // Load the article (unless it was handed over), then offer any unsaved copy of it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloadCount asks for a new load.
  useEffect(() => {
    let cancelled = false;
    const offer = (saved: ArticleFields) => {
      const copy = readCopy(keyRef.current);
      if (copy && !sameFields(copy.fields, saved)) setOfferedCopy(copy);
      setCopyChecked(true);
    };
    if (articleId === null) {
      offer(EMPTY_FIELDS);
      return;
    }
    if (handoff) {
      dropHandoff(articleId);
      offer(handoff.fields);
      return;
    }
    setLoading(true);
    setLoadError(null);
    api<Article>('GET', `/articles/${articleId}`).then(
      (loaded) => {
        if (cancelled) return;
        replaceWith(loaded);
        setLoading(false);
        offer(fieldsOf(loaded));
      },
      (error: unknown) => {
        if (cancelled) return;
        setLoadError(error instanceof Error ? error : new Error(String(error)));
        setLoading(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [articleId, reloadCount]);

  /** Saves what is on screen, after any save already under way; true when it is saved. */
  const save = useCallback((): Promise<boolean> => {
    const run = async (): Promise<boolean> => {
      if (conflictRef.current) return false;
      const snapshot = fieldsRef.current;
      const current = articleRef.current;
      // Only a published article's save has a kind; a correction note is worth a save alone.
      const kind = current?.status === 'published' ? saveKindRef.current : ORDINARY_EDIT;
      const noted = kind.changeKind === 'correction' && kind.correctionNote.trim() !== '';
      if (current && sameFields(snapshot, sentRef.current) && !noted) return true;
      if (!current && !snapshot.headline.trim()) {
        setStatus({ kind: 'needs-headline' });
        return false;
      }
      savingCount.current++;
      setStatus({ kind: 'saving' });
      try {
        const saved = current
          ? await api<Article>('PUT', `/articles/${current.id}`, {
              expectedRevision: baseRevision.current ?? current.revision,
              ...payloadOf(snapshot),
              ...(kind.changeKind === 'edit' ? {} : { changeKind: kind.changeKind }),
              ...(noted ? { correctionNote: kind.correctionNote.trim() } : {}),
            })
          : await api<Article>('POST', `/sites/${siteId}/articles`, payloadOf(snapshot));
        adopt(saved);
        if (saveKindRef.current === kind) setSaveKind(ORDINARY_EDIT);
        let savedFields = snapshot;
        // The server makes a slug from the headline when none was given: show it.
        if (!snapshot.slug.trim()) {
          savedFields = { ...snapshot, slug: saved.slug };
          if (fieldsRef.current.slug === snapshot.slug) {
            setFields({ ...fieldsRef.current, slug: saved.slug });
          }
        }
        setSentFields(savedFields);
        setFieldErrors({});
        const at = new Date();
        savedAtRef.current = at;
        setSavedAt(at);
        setStatus({ kind: 'saved', at });
        if (!current) {
          // Created: from now on this is that article, at its own address.
          removeCopy(keyRef.current);
          keyRef.current = copyKey(saved.id, siteId);
          offerHandoff(saved.id, (): HandoffState => {
            const focused = document.activeElement;
            return {
              article: articleRef.current ?? saved,
              fields: fieldsRef.current,
              sent: sentRef.current,
              savedAt: savedAtRef.current,
              focusId: focused instanceof HTMLElement && focused.id ? focused.id : null,
              selection: bodyRef.current()?.selection ?? null,
              doc: bodyRef.current()?.doc ?? null,
            };
          });
          navigate(`/sites/${siteId}/articles/${saved.id}`, { replace: true });
        }
        return true;
      } catch (error) {
        if (error instanceof ApiError) {
          const theirs = error.details.current;
          if (error.status === 409 && isArticle(theirs)) {
            setConflict({ theirs, base: sentRef.current });
            setStatus({ kind: 'conflict' });
          } else if (error.status === 422) {
            setFieldErrors(fieldErrorsOf(error));
            setStatus({ kind: 'invalid', message: error.message });
          } else {
            setStatus({ kind: 'failed', message: error.message });
          }
        } else {
          // No answer at all: the connection. The local copy keeps the work meanwhile.
          setStatus({ kind: 'offline' });
        }
        return false;
      } finally {
        savingCount.current--;
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next.catch(() => false);
    return next;
  }, [siteId, adopt, setFields, setSentFields, setConflict, setSaveKind]);

  const dirty = !sameFields(fields, sent);
  const trashed = Boolean(article?.deletedAt);
  const status_ = article?.status ?? 'draft';
  /** Drafts save themselves; a published (or scheduled) article changes only on "Update". */
  const autosaves = !trashed && (status_ === 'draft' || status_ === 'pending');

  // Autosave: a moment after the last change.
  useEffect(() => {
    if (!autosaves || !dirty || conflict || loading || offeredCopy) return;
    if (article === null && !fields.headline.trim()) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [fields, autosaves, dirty, conflict, loading, offeredCopy, article, save]);

  // Try again later when the server could not be reached.
  useEffect(() => {
    if (status.kind !== 'offline' || !autosaves) return;
    const timer = window.setTimeout(() => void save(), RETRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [status, autosaves, save]);

  // The local copy of unsaved work; left alone while one is offered for restoring.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the fields restarts the wait.
  useEffect(() => {
    if (!copyChecked || loading || offeredCopy) return;
    const key = keyRef.current;
    if (!dirty) {
      removeCopy(key);
      return;
    }
    const timer = window.setTimeout(() => {
      writeCopy(key, {
        fields: fieldsRef.current,
        baseRevision: baseRevision.current,
        savedAt: new Date().toISOString(),
      });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [fields, dirty, copyChecked, loading, offeredCopy]);

  // Closing the tab or leaving the editor with unsaved work: copy it now, and ask the browser
  // to warn before the tab goes.
  useEffect(() => {
    const flush = () => {
      // An offered copy waits for the user's decision; it is not overwritten meanwhile.
      if (offeredRef.current) return;
      if (!sameFields(fieldsRef.current, sentRef.current)) {
        writeCopy(keyRef.current, {
          fields: fieldsRef.current,
          baseRevision: baseRevision.current,
          savedAt: new Date().toISOString(),
        });
      }
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      if (!sameFields(fieldsRef.current, sentRef.current) || savingCount.current > 0) {
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      flush();
    };
  }, []);

  /** Brings back the offered local copy; if the article moved on since, opens the merge. */
  const restoreCopy = useCallback(async () => {
    const copy = offeredCopy;
    if (!copy) return;
    setOfferedCopy(null);
    setFields(copy.fields);
    const current = articleRef.current;
    if (current && copy.baseRevision !== null && copy.baseRevision !== current.revision) {
      const base = await revisionFields(current.id, copy.baseRevision);
      setConflict({ theirs: current, base });
      setStatus({ kind: 'conflict' });
    }
  }, [offeredCopy, setFields, setConflict]);

  const discardCopy = useCallback(() => {
    removeCopy(keyRef.current);
    setOfferedCopy(null);
  }, []);

  /**
   * Saves the merged version on top of theirs. Unless the article is live, my version as it
   * was is saved first, so the history holds both people's work, whatever the merge kept.
   */
  const resolveConflict = useCallback(
    async (merged: ArticleFields): Promise<boolean> => {
      const found = conflictRef.current;
      if (!found) return false;
      const mine = fieldsRef.current;
      setConflict(null);
      adopt(found.theirs);
      setSentFields(fieldsOf(found.theirs));
      if (!sameFields(merged, mine) && found.theirs.status !== 'published') {
        if (!(await save())) return false;
      }
      setFields(merged);
      return save();
    },
    [adopt, save, setConflict, setFields, setSentFields],
  );

  return {
    loading,
    loadError,
    reload: () => setReloadCount((count) => count + 1),
    article,
    fields,
    setField,
    dirty,
    autosaves,
    status,
    savedAt,
    fieldErrors,
    save,
    saveKind,
    setSaveKind,
    conflict,
    openConflict: setConflict,
    resolveConflict,
    offeredCopy,
    restoreCopy,
    discardCopy,
    adopt,
    replaceWith,
    setStatus,
    baseRevision: () => baseRevision.current,
    /** The article as last saved, even before the screen has re-rendered. */
    currentArticle: () => articleRef.current,
    handedOver: handoff,
  };
}

export type ArticleEditorModel = ReturnType<typeof useArticleEditor>;
