import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import { type FieldErrors, fieldErrorsOf } from '../editor/article-api.ts';
import { type LocalCopy, readCopy, removeCopy, writeCopy } from '../editor/local-copy.ts';
import { AUTOSAVE_DELAY_MS } from '../editor/use-article-editor.ts';
import {
  asArticleFields,
  fromArticleFields,
  NO_FIELDS,
  payloadOf,
  sameTranslation,
  translationOf,
} from './fields.ts';
import type { Task, TaskDetail, TaskWithArticle, TranslationFields } from './types.ts';

/*
 * One translation task in the editor: the task as the server has it, the translation as the
 * translator sees it, and everything between, as the article editor does it: saving with
 * conflict detection, autosave a moment after the last change, a copy of unsaved work in this
 * browser, and, when someone else saved first, their version kept beside this one to merge.
 */

/** How long to wait before trying again when the server could not be reached. */
const RETRY_DELAY_MS = 15_000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'invalid'; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'offline' }
  | { kind: 'conflict' };

/** Someone else's save that came in between: their translation and its revision. */
export interface TranslationConflict {
  theirs: TranslationFields;
  revision: number;
  base: TranslationFields;
}

const copyKey = (taskId: string) => `tribune.translation.${taskId}`;

export function useTranslationTask(
  taskId: string,
  options: {
    /** Whether the text may be changed (and saves itself) with the task as it stands. */
    editableIf(detail: TaskDetail): boolean;
  },
) {
  const [detail, setDetailState] = useState<TaskDetail | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<Error | null>(null);
  const [fields, setFieldsState] = useState<TranslationFields>(NO_FIELDS);
  const [sent, setSentState] = useState<TranslationFields>(NO_FIELDS);
  const [status, setStatus] = useState<SaveState>({ kind: 'idle' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [conflict, setConflictState] = useState<TranslationConflict | null>(null);
  const [offeredCopy, setOfferedCopy] = useState<LocalCopy | null>(null);

  const fieldsRef = useRef(fields);
  const sentRef = useRef(sent);
  const revision = useRef<number | null>(null);
  const conflictRef = useRef(conflict);
  const chain = useRef<Promise<boolean>>(Promise.resolve(true));
  /** The body last sent, to tell which block a refused save's `body.3` was. */
  const lastSentBody = useRef(NO_FIELDS.body);

  const setFields = useCallback((next: TranslationFields) => {
    fieldsRef.current = next;
    setFieldsState(next);
  }, []);
  const setSent = useCallback((next: TranslationFields) => {
    sentRef.current = next;
    setSentState(next);
  }, []);
  const setConflict = useCallback((next: TranslationConflict | null) => {
    conflictRef.current = next;
    setConflictState(next);
  }, []);
  /** The task as a step or a save answered it, in the detail. */
  const adoptTask = useCallback((task: Task) => {
    setDetailState((current) =>
      current ? { ...current, task: { ...current.task, ...task } } : current,
    );
  }, []);

  /** Takes the server's translation as the text on screen. */
  const adoptText = useCallback(
    (found: TaskDetail) => {
      const text = translationOf(found);
      revision.current = found.translationRevision;
      setFields(text);
      setSent(text);
    },
    [setFields, setSent],
  );

  /**
   * Reads the task again. The text on screen is replaced by the server's unless it holds
   * unsaved work, which is kept (a save then tells whether someone else saved meanwhile).
   */
  const refresh = useCallback(async (): Promise<TaskDetail> => {
    const found = await api<TaskDetail>('GET', `/translation-tasks/${taskId}`);
    setDetailState(found);
    if (sameTranslation(fieldsRef.current, sentRef.current) && !conflictRef.current) {
      adoptText(found);
    }
    return found;
  }, [taskId, adoptText]);

  const [loadCount, setLoadCount] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: loadCount asks for a new load.
  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setLoadError(null);
    api<TaskDetail>('GET', `/translation-tasks/${taskId}`).then(
      (found) => {
        if (cancelled) return;
        setDetailState(found);
        adoptText(found);
        setLoading(false);
        const copy = readCopy(copyKey(taskId));
        if (copy && !sameTranslation(fromArticleFields(copy.fields), translationOf(found))) {
          setOfferedCopy(copy);
        } else if (copy) removeCopy(copyKey(taskId));
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
  }, [taskId, loadCount]);

  /** Saves what is on screen, after any save under way; true when it is saved. */
  const save = useCallback((): Promise<boolean> => {
    const run = async (): Promise<boolean> => {
      if (conflictRef.current) return false;
      const snapshot = fieldsRef.current;
      if (sameTranslation(snapshot, sentRef.current)) return true;
      if (revision.current === null) return false;
      const payload = payloadOf(snapshot);
      lastSentBody.current = payload.body;
      setStatus({ kind: 'saving' });
      try {
        const saved = await api<TaskWithArticle>(
          'PUT',
          `/translation-tasks/${taskId}/translation`,
          {
            expectedRevision: revision.current,
            ...payload,
          },
        );
        revision.current = saved.task.workingCopy?.version ?? saved.article?.revision ?? null;
        adoptTask(saved.task);
        setSent(snapshot);
        setFieldErrors({});
        setStatus({ kind: 'saved', at: new Date() });
        return true;
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          // Their version, to merge with mine; mine stays on screen and in this browser.
          const found = await api<TaskDetail>('GET', `/translation-tasks/${taskId}`).catch(
            () => null,
          );
          if (found) {
            setDetailState(found);
            setConflict({
              theirs: translationOf(found),
              revision: found.translationRevision ?? 0,
              base: sentRef.current,
            });
          }
          setStatus({ kind: 'conflict' });
        } else if (error instanceof ApiError && error.status === 422) {
          setFieldErrors(fieldErrorsOf(error));
          setStatus({ kind: 'invalid', message: error.message });
        } else if (error instanceof ApiError) {
          setStatus({ kind: 'failed', message: error.message });
        } else {
          setStatus({ kind: 'offline' });
        }
        return false;
      }
    };
    const next = chain.current.then(run, run);
    chain.current = next.catch(() => false);
    return next;
  }, [taskId, adoptTask, setSent, setConflict]);

  const dirty = !sameTranslation(fields, sent);
  const editable = detail ? options.editableIf(detail) : false;

  // Autosave: a moment after the last change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the fields restarts the wait.
  useEffect(() => {
    if (!editable || !dirty || conflict || loading || offeredCopy) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [fields, editable, dirty, conflict, loading, offeredCopy, save]);

  // Try again later when the server could not be reached.
  useEffect(() => {
    if (status.kind !== 'offline' || !editable) return;
    const timer = window.setTimeout(() => void save(), RETRY_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [status, editable, save]);

  // The copy of unsaved work in this browser; left alone while one is offered for restoring.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the fields restarts the wait.
  useEffect(() => {
    if (loading || offeredCopy) return;
    const key = copyKey(taskId);
    if (!dirty) {
      removeCopy(key);
      return;
    }
    const timer = window.setTimeout(() => {
      writeCopy(key, {
        fields: asArticleFields(fieldsRef.current, null),
        baseRevision: revision.current,
        savedAt: new Date().toISOString(),
      });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [taskId, fields, dirty, loading, offeredCopy]);

  /** Brings back the offered copy; a save then tells whether the text moved on meanwhile. */
  const restoreCopy = useCallback(async () => {
    if (!offeredCopy) return;
    setOfferedCopy(null);
    setFields(fromArticleFields(offeredCopy.fields));
  }, [offeredCopy, setFields]);

  const discardCopy = useCallback(() => {
    removeCopy(copyKey(taskId));
    setOfferedCopy(null);
  }, [taskId]);

  /** Saves the merged version on top of theirs. */
  const resolveConflict = useCallback(
    (merged: TranslationFields): Promise<boolean> => {
      const found = conflictRef.current;
      if (!found) return Promise.resolve(false);
      setConflict(null);
      revision.current = found.revision;
      setSent(found.theirs);
      setFields(merged);
      return save();
    },
    [save, setConflict, setFields, setSent],
  );

  /** Marks blocks done or not, machine-drafted or reviewed, once the text is saved. */
  const mark = useCallback(
    async (blockIds: string[], marks: { done?: boolean; machine?: 'drafted' | 'reviewed' }) => {
      if (!(await save())) return false;
      const task = await api<Task>('POST', `/translation-tasks/${taskId}/blocks`, {
        blockIds,
        ...marks,
      });
      adoptTask(task);
      return true;
    },
    [taskId, save, adoptTask],
  );

  /** Which block a refused save's issue path (`body.3.html`) is about. */
  const blockOfPath = useCallback((path: string): string | null => {
    const index = Number(path.split('.')[1]);
    return path.startsWith('body.') && Number.isInteger(index)
      ? (lastSentBody.current[index]?.id ?? null)
      : null;
  }, []);

  return {
    detail,
    editable,
    loading,
    loadError,
    reload: () => setLoadCount((count) => count + 1),
    refresh,
    fields,
    setFields,
    setField: <K extends keyof TranslationFields>(name: K, value: TranslationFields[K]) =>
      setFields({ ...fieldsRef.current, [name]: value }),
    current: () => fieldsRef.current,
    dirty,
    status,
    fieldErrors,
    blockOfPath,
    save,
    conflict,
    resolveConflict,
    offeredCopy,
    restoreCopy,
    discardCopy,
    mark,
    adoptTask,
  };
}

export type TranslationModel = ReturnType<typeof useTranslationTask>;
